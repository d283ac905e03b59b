package extract

import (
	"slices"
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

// "A, B open peace talks": a headline joins two sides with a comma where
// a sentence says "and" (headlinePair, roles/headlinepair.go; p678). A
// one-word group named in the headline stands for the one group of the
// body whose name it opens (fullGroup; p679's "Ogaden" rebels). Two
// states are sides only when the headline says what is negotiated (p488
// "sign accord", p506 "without deal", p441 "talks on border ..."). The
// negative cases: two states that "hold talks" as partners (p117, p120,
// p150 fell in the first harm run without that check), a headline that
// lists three names, and a comma in a body sentence join no sides.
func TestHeadlineCommaPair(t *testing.T) {
	body := "\nLIMA, March 3 - Delegates of the Tupac Liberation Front sat down with a government envoy in the cathedral on Monday."
	got := partiesOf(t, "Peru, Tupac rebels open peace talks in cathedral"+body)
	if !slices.Contains(got, "Peru") || !slices.Contains(got, "Tupac Liberation Front") || slices.Contains(got, "Tupac") {
		t.Errorf("headline pair: parties %v, want Peru and Tupac Liberation Front", got)
	}
	for _, text := range []string{
		"Peru, Chile hold talks in Lima on trade and ports" + body,
		"Peru, Chile, Bolivia hold talks on trade rules" + body,
		"Rebel talks open\nLIMA, March 3 - In Lima, Tupac rebels opened peace talks in the cathedral on Monday.",
	} {
		if got := partiesOf(t, text); slices.Contains(got, "Peru") && slices.Contains(got, "Chile") || slices.Contains(got, "Lima") {
			t.Errorf("%q: parties %v", text, got)
		}
	}
}

// "the United X-ian Opposition": a coalition whose name carries a
// demonym after one modifier and before a movement's head
// (demonymInsideMovements, mention/mentions.go; p677, p166, p521). The
// demonym cut the name, the state took its place and the coalition was no
// actor, so "A's government and the coalition" joined no sides. The
// negative cases: a state's army named so ("the Royal X-ian Army") stays
// the state's, and a title before the demonym is no part of a name.
func TestDemonymInsideMovement(t *testing.T) {
	text := "Talks\nLIMA, March 3 - Peru's government and the United Peruvian Opposition resumed peace negotiations in Quito on Monday."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	mustActor(t, rec, "United Peruvian Opposition", graph.Group)
	if p, _ := roleNames(rec); !slices.Contains(p, "United Peruvian Opposition") || !slices.Contains(p, "Peru") {
		t.Errorf("parties %v, want Peru and the United Peruvian Opposition: %s", p, dump(rec))
	}
	for _, text := range []string{
		"Talks\nLIMA, March 3 - Officers of the Royal Peruvian Army met Chilean envoys in Quito on Monday.",
		"Talks\nLIMA, March 3 - President Peruvian Front leader Ana Ostos met Chilean envoys in Quito on Monday.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range rec.Actors {
			if a.Kind == graph.Group && (a.Name == "Royal Peruvian Army" || a.Name == "President Peruvian Front") {
				t.Errorf("%q: group %q: %s", text, a.Name, dump(rec))
			}
		}
	}
}
