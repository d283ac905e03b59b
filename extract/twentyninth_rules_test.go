package extract

import (
	"testing"
)

// Issue 14's twenty-ninth round: stories that tell several occasions
// between the same people (a call, then a visit; a first round in one city
// and a second in another; "last met"), the constructions the twenty-ninth
// probe batch (p206-p211) showed, each with sentences of its own.

// A call and an in-person meeting of the same two people, or two meetings
// of theirs on different days, are two occasions with dates of their own
// (p107's call and its earlier visit, p200's call between rounds, p79's
// call beside the planned summit, p33's and p77's talks on two days):
// meetings merge on their participants only when nothing sets them apart.
func TestCallAndVisitAreTwoOccasions(t *testing.T) {
	text := "Border talks\nPresident Ana Soto met President Luis Vera in Quito on Monday. Soto and Vera spoke by telephone on April 28 to agree the agenda."
	ms := heldAt(t, text, corefPub)
	var call, visit bool
	for _, m := range ms {
		if len(m.Participants) != 2 || m.Participants[0] != "Ana Soto" || m.Participants[1] != "Luis Vera" {
			continue
		}
		switch {
		case m.Mode == "call" && m.Date == "2025-04-28" && m.Place == "":
			call = true
		case m.Mode == "in-person" && m.Date == "2025-05-05" && m.Place == "Quito":
			visit = true
		}
	}
	if !call || !visit {
		t.Errorf("%q: want the call of April 28 and the Quito meeting of Monday apart, got %v", text, ms)
	}
	// Two in-person meetings on different days stay two.
	text = "Border talks\nPresident Ana Soto met President Luis Vera in Quito on Monday. Soto had met Vera in Quito on April 2 as well."
	if ms := heldAt(t, text, corefPub); len(ms) != 2 {
		t.Errorf("%q: want two meetings, got %v", text, ms)
	}
	// Minimal pair: the same meeting told again without a date of its own
	// is one meeting.
	text = "Border talks\nPresident Ana Soto met President Luis Vera in Quito on Monday. Soto met Vera at the presidential palace."
	if ms := heldAt(t, text, corefPub); len(ms) != 1 {
		t.Errorf("%q: want one meeting, got %v", text, ms)
	}
}
