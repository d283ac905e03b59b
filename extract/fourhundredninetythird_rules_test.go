package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-ninety-third round: a targeted batch
// (p2990-p2995: telephone and video calls told indirectly — a leader who
// said he had spoken by phone, a first telephone conversation, a virtual
// summit, calls returned, a call in which one side invited the other to
// visit); each rule with sentences of its own.

// "A and B agreed Thursday to strengthen X (amid Y), in their first
// telephone talks since ...": "their" points back to the clause's two
// subjects, who held that call on the clause's day (theirCall; p2991,
// p892). The negative case: a call still to come ("will discuss ... in
// their first phone talks next week") is no call held.
func TestInTheirTelephoneTalksTheSubjectsCalled(t *testing.T) {
	for _, line := range []string{
		"Prime Minister Tomas Berg and President Ana Ruiz agreed on Thursday to widen trade ties amid rising grain prices, in their first telephone conversation since the election.",
		"Prime Minister Tomas Berg and President Ana Ruiz agreed on Thursday to widen trade ties in their first telephone talks since the election in the north.",
	} {
		rec := corefRecord(t, "Leaders talk trade\nOSLO - "+line)
		m, ok := heldMeeting(rec, "Tomas Berg", "Ana Ruiz")
		if !ok || m.Mode != graph.Call {
			t.Errorf("%q: want a held call of Berg and Ruiz: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Leaders to talk trade\nOSLO - Prime Minister Tomas Berg and President Ana Ruiz will discuss trade ties in their first telephone talks next week.")
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("a call to come is no call held: %s", dump(rec))
	}
}

// "A and U.S. President-elect B agreed ... in their first telephone
// talks": the hyphened post ("-elect", "-designate") is still the title
// before B, and the state before it says whose post it is — no subject
// that ends the list of callers (possessorBeforePost, titleSuffixes;
// p892). The negative case: a state named as a subject of its own with no
// post after it ("A and Norway") is still no caller.
func TestPresidentElectStaysInTheCallersList(t *testing.T) {
	rec := corefRecord(t, "Leaders talk trade\nOSLO - Prime Minister Tomas Berg and U.S. President-elect Ana Ruiz agreed on Thursday to widen trade ties in their first telephone talks since the election.\nRuiz said the talks were warm.")
	if m, ok := heldMeeting(rec, "Tomas Berg", "Ana Ruiz"); !ok || m.Mode != graph.Call {
		t.Errorf("want a held call of Berg and Ruiz: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders talk trade\nOSLO - Prime Minister Tomas Berg and Norway agreed on Thursday to widen trade ties in their first telephone talks since the election.\nBerg said the talks were warm.")
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && len(m.Participants) > 1 {
			t.Errorf("a state with no post after it is no caller here: %s", dump(rec))
		}
	}
}

// "During the call, A invited B to visit P": the call is where the
// invitation was made; the visit to come is in person, at P
// (callSetsInvitation; p2991, p2994). The negative case: "During the
// call, A asked B to call him again" is still a call to come.
func TestVisitInvitedDuringACallIsInPerson(t *testing.T) {
	rec := corefRecord(t, "Leaders talk trade\nOSLO - Prime Minister Tomas Berg held a telephone conversation with President Ana Ruiz on Thursday.\n"+
		"During the call, Ruiz invited Berg to visit Lima, and Berg accepted.")
	found := false
	for _, m := range rec.Meetings {
		if m.Status == graph.Planned {
			found = true
			if m.Mode != graph.InPerson || m.Place != "Lima" {
				t.Errorf("want the visit to come in person in Lima: %s", dump(rec))
			}
		}
	}
	if !found {
		t.Errorf("want the visit to come: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders talk trade\nOSLO - Prime Minister Tomas Berg held a telephone conversation with President Ana Ruiz on Thursday.\n"+
		"During the call, Ruiz asked Berg to call her again next week.")
	for _, m := range rec.Meetings {
		if m.Status == graph.Planned && m.Mode != graph.Call {
			t.Errorf("a call to come stays a call: %s", dump(rec))
		}
	}
}
