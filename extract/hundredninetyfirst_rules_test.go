package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-ninety-first round: places (p1178-p1183: a
// summit at a resort the dateline's town lies near, a meeting in a
// border town after a crossing opened elsewhere, a dateline town, talks
// told "there" after the arrival city, a second meeting in a village
// the two leaders flew on to, a day of talks in one city and an evening
// meeting in another); each rule with sentences of its own.

// hundredninetyfirstParts is the participants of the held meeting at
// place, nil when there is none.
func hundredninetyfirstParts(rec graph.Record, place string) []string {
	for _, m := range rec.Meetings {
		if m.Place == place && m.Status == graph.Held {
			return m.Participants
		}
	}
	return nil
}

// "The two leaders then flew on to X, where they continued their talks
// together with A and B": the "they" of the "where" clause is the main
// clause's "the two leaders", the people of the meeting just told, not
// only the two named beside them (whereTheyAt, meeting/meetings.go;
// p1181). The negative case: a description whose count is not that of
// the meeting just told ("the three leaders" after a meeting of two)
// adds nobody.
func TestWhereTheyTakesUpTheTwoLeaders(t *testing.T) {
	text := "Leaders meet\nBONN, May 5 - Chancellor Arno Vask arrived in Lisbon on Saturday. He and President Tomas Rell held talks there on Sunday. The two leaders then flew on to Porto, where they continued their talks on Monday together with Foreign Minister Jan Kell and Foreign Minister Piet Morr."
	rec := corefRecord(t, text)
	got := hundredninetyfirstParts(rec, "Porto")
	for _, want := range []string{"Arno Vask", "Tomas Rell", "Jan Kell", "Piet Morr"} {
		if !slices.Contains(got, want) {
			t.Errorf("the talks in Porto lack %s: %v", want, got)
		}
	}
	text = "Leaders meet\nBONN, May 5 - Chancellor Arno Vask arrived in Lisbon on Saturday. He and President Tomas Rell held talks there on Sunday. The three leaders then flew on to Porto, where they continued their talks on Monday together with Foreign Minister Jan Kell and Foreign Minister Piet Morr."
	rec = corefRecord(t, text)
	got = hundredninetyfirstParts(rec, "Porto")
	if slices.Contains(got, "Arno Vask") || slices.Contains(got, "Tomas Rell") {
		t.Errorf("a count unlike the meeting's took up its people: %v", got)
	}
}
