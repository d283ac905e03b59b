package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-sixth round: earlier meetings recalled in
// a story about a later one (p2468-p2473); each rule with sentences of
// its own.

// "met X's predecessor Y" (lexicon officeRelationNouns): Y is the one
// met, X is named only to tell who Y is and sits at no table of that
// meeting (p2471).
func TestPossessorOfPredecessorNotMet(t *testing.T) {
	rec := corefRecord(t, "Ministers meet\n\nVALMORE, May 3 (Wire) - Foreign Minister Tarvo Kelling met Foreign Minister Anse Ruud on Friday in Valmore. It was their first meeting.\nTarvo Kelling had met Ruud's predecessor Mr. Odo Vorbeck in Lisbon in March.")
	found := false
	for _, m := range rec.Meetings {
		if !slices.Contains(m.Participants, "Odo Vorbeck") {
			continue
		}
		found = true
		if slices.Contains(m.Participants, "Anse Ruud") {
			t.Errorf("want no Anse Ruud at the meeting with his predecessor: %s", dump(rec))
		}
	}
	if !found {
		t.Errorf("want the recalled meeting with Odo Vorbeck: %s", dump(rec))
	}
}
