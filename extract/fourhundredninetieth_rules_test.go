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
