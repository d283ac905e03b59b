package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-seventh round: parties whose role was not read,
// each shape with sentences of its own.

// "the Civic Alliance for Justice and Democracy": a coalition named for
// two causes after a modifier before its head (modifiedCauseGroup,
// mention/classify.go; p674). The run was split into title words and a
// person's name, and the second cause was left as a person
// ("Democracy"). The negative case: a title word before the head keeps
// the run to the title-and-name reading.
func TestModifiedCauseGroup(t *testing.T) {
	for text, name := range map[string]string{
		"Talks\nLIMA, March 3 - Envoys of the Rural Alliance for Peace and Justice met the minister on Monday.":          "Rural Alliance for Peace and Justice",
		"Talks\nLIMA, March 3 - The Patriotic Front for Peace and Reconstruction said the talks would resume on Friday.": "Patriotic Front for Peace and Reconstruction",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		mustActor(t, rec, name, graph.Group)
		for _, n := range personNames(rec) {
			if n == "Justice" || n == "Reconstruction" {
				t.Errorf("%q: a cause taken for a person: %s", text, dump(rec))
			}
		}
	}
	rec, err := Extract(Article{ID: "t", Text: "Talks\nLIMA, March 3 - President Alliance for Peace leader Ruben Ostos met the minister on Monday.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if a := actorNamed(rec, "President Alliance for Peace"); a != nil && a.Kind == graph.Group {
		t.Errorf("a title word opened a group's name: %s", dump(rec))
	}
}
