package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-ninetieth round: a targeted batch
// (p2972-p2977: meetings told in adjuncts and by comparison — "after
// holding talks with X", "as his predecessor X did", "In P, X also met
// Y", a later courtesy call after a place-and-day opener; Japanese,
// Portuguese, Indian, Mongolian, Argentine and Indonesian outlets,
// 2011-2015); each rule with sentences of its own.

// "as his predecessor X did": X is named for a comparison of what the
// subject did with what X did once; X takes no part in the subject's
// meetings of the story (args.ComparedPredecessor; p2933,
// p2973). The negative case: a predecessor received by name is met.
func TestComparedPredecessorIsNoParticipant(t *testing.T) {
	for _, line := range []string{
		"The prime minister travelled with a delegation of bankers, as his predecessor Emil Sorensen did on his visits to the Peruvian capital.",
		"Kowal travelled with a delegation of bankers, as his predecessor, Emil Sorensen, did on his visits to the Peruvian capital.",
		"Kowal chose Lima for his first visit, as his predecessor Emil Sorensen did in 2016. In Lima, the two prime ministers discussed trade.",
	} {
		rec := corefRecord(t, "Leaders confer\nPrime Minister Jan Kowal met President Tomas Berg in Lima on Monday.\n"+line)
		if heldAll(rec, "Jan Kowal", "Emil Sorensen") || heldAll(rec, "Tomas Berg", "Emil Sorensen") {
			t.Errorf("%q: the predecessor of the comparison met: %s", line, dump(rec))
		}
		if !heldAll(rec, "Jan Kowal", "Tomas Berg") {
			t.Errorf("%q: want the Kowal-Berg meeting kept: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Leaders confer\nPrime Minister Jan Kowal met his predecessor Emil Sorensen in Lima on Monday.")
	if !heldAll(rec, "Jan Kowal", "Emil Sorensen") {
		t.Errorf("want the predecessor met by name kept: %s", dump(rec))
	}
}

// "X left P on Tuesday after holding talks with Y", "arrived in P after
// holding summit talks with Y in Q": the talks a gerund holds after
// "after" are the subject's encounter with Y, as "after meeting Y" is,
// and a state's possessive before the subject's title ("Peru's Prime
// Minister X") leaves X the subject (heldTalksGerund, leadSubjects;
// p2973, p1191). The negative case: talks held with no one named ("with
// the press") are no meeting, and the place the subject arrived at is
// not that of talks held elsewhere.
func TestAfterHoldingTalksIsTheSubjectsEncounter(t *testing.T) {
	for _, line := range []string{
		"Prime Minister Jan Kowal left Lima on Tuesday after holding talks with President Tomas Berg.",
		"Peru's Prime Minister Jan Kowal left Lima on Tuesday after holding talks with President Tomas Berg.",
		"Prime Minister Jan Kowal arrived in Quito on Tuesday evening for a state visit, after holding summit talks with President Tomas Berg in Lima on Tuesday morning.",
	} {
		rec := corefRecord(t, "Leaders confer\n"+line)
		if !heldAll(rec, "Jan Kowal", "Tomas Berg") {
			t.Errorf("%q: want the Kowal-Berg talks: %s", line, dump(rec))
		}
		if m, ok := heldMeeting(rec, "Jan Kowal", "Tomas Berg"); ok && m.Place == "Quito" {
			t.Errorf("%q: the talks placed where he arrived: %s", line, dump(rec))
		}
	}
	line := "Prime Minister Jan Kowal left Lima on Tuesday after holding talks with the press."
	if rec := corefRecord(t, "Leaders confer\n"+line); len(rec.Meetings) > 0 {
		t.Errorf("%q: no one named met: %s", line, dump(rec))
	}
}
