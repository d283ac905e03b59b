package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-forty-ninth round: met-pairs of leaders
// told as heads of their delegations (p2126-p2131: an agency on boundary
// talks, an agency on a first round of government-opposition talks, an
// agency on high-level talks at a truce village, a wire on ministers'
// talks at a treasury, a wire on a peace accord signed, a broadsheet on a
// conference's opening sitting); each rule with sentences of its own.

// "A and B led their respective delegations at the talks": each leader
// at the head of his own side's team, the teams at one table, so the
// people of the subject meet, though the sentence names no time or venue
// (meeting/owndelegations.go; p2129, p205, p2068, p2089). One team ("led
// their delegation") or another object ("led their parties to victory")
// is no encounter.
func TestLedOwnDelegationsMeet(t *testing.T) {
	pub := time.Date(2011, 5, 3, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"Foreign ministers Karel Vostrak of Arland and Pieter Molenveld of Bergonia led their respective delegations at the talks.",
		"Karel Vostrak and Pieter Molenveld headed their countries' delegations at the conference.",
		"Envoys Karel Vostrak and Pieter Molenveld head their two negotiating teams in the second round.",
	} {
		rec := recordAt(t, "Talks resume\n\n"+s+"\n", pub)
		if meetingWith(rec, "Karel Vostrak", "Pieter Molenveld") == nil {
			t.Errorf("%q: want the meeting of Vostrak and Molenveld: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Party leaders Karel Vostrak and Pieter Molenveld led their parties to victory in the provinces.",
		"Ministers Karel Vostrak and Pieter Molenveld led their delegation to the fair.",
	} {
		rec := recordAt(t, "Results\n\n"+s+"\n", pub)
		if meetingWith(rec, "Karel Vostrak", "Pieter Molenveld") != nil {
			t.Errorf("%q: no encounter: %s", s, dump(rec))
		}
	}
}
