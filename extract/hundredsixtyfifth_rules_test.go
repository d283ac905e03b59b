package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-sixty-fifth round: parties missed where no
// negotiation is read (p1022-p1027: a premier's visit whose dispute over a
// dam comes in the sentence after the meeting, border consultations opened
// by two deputy ministers, a strategic dialogue of two cabinets, a first
// round of normalisation talks between two envoys, trade talks on a
// tariff deadline, and two heads of government ending talks on a
// territory); each rule with sentences of its own.

// "The two sides" as the subject of a review verb whose object is a
// dispute ("discussed the fishing dispute") take up what divides them:
// the sides of the story's meetings are the parties (disputeTaken,
// roles/bordertaken.go; p1022). The negative cases: a war named there
// may be another land's, and a dispute between others named by "between"
// is theirs, not the two who met.
func TestTwoSidesDiscussedTheirDispute(t *testing.T) {
	lead := "President Tomas Varga of Hungary received Prime Minister Jan Novak of Slovakia in Budapest on Monday. "
	got, _ := rolesIn(t, lead+"The two sides discussed the long-running dam dispute on the river, an aide said.")
	if !slices.Equal(got, []string{"Hungary", "Slovakia"}) {
		t.Errorf("want the parties Hungary and Slovakia, got %v", got)
	}
	got, _ = rolesIn(t, lead+"The two sides discussed the war in Yemen, an aide said.")
	if len(got) > 0 {
		t.Errorf("another land's war read as the two sides' dispute: %v", got)
	}
	got, _ = rolesIn(t, lead+"The two sides discussed the dispute between Chile and Peru over fishing rights, an aide said.")
	if slices.Contains(got, "Hungary") || slices.Contains(got, "Slovakia") {
		t.Errorf("others' dispute made the two who met parties: %v", got)
	}
}
