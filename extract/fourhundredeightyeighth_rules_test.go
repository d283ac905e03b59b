package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-eighty-eighth round: an untargeted batch
// (p2960-p2965: US-Soviet and US-Russian arms control talks, 1969-2020 —
// an American broadsheet on the opening of strategic arms talks in
// Helsinki, a wire on two days of foreign ministers' talks in Geneva, a
// Russian agency on a treaty signed in the Kremlin, a Russian agency on a
// first round of treaty talks in Rome, a German broadcaster on envoys'
// talks in Vienna, a French wire on a treaty signed in Prague); each rule
// with sentences of its own.

// "The special envoy for the region, A, and Deputy Minister B met": the
// ", and" after the name set in apposition to the post that opens the
// clause joins two subjects, not two clauses, so A stays at the meeting
// B's verb tells (describedSubjectPair; p2964, p1498). The negative case:
// a verb before the ", and" ("A, said nothing, and B met C") leaves two
// clauses, and A out of B's meeting.
func TestDescribedNameThenAndJoinsTheSubject(t *testing.T) {
	for _, c := range []struct{ line, a, b string }{
		{"The special envoy for the region, Tomas Berg, and Deputy Foreign Minister Ola Nowak met in Lima on Monday.", "Tomas Berg", "Ola Nowak"},
		{"The government's chief negotiator, Jan Kowal, and Ana Ruiz held talks in Quito on Monday.", "Jan Kowal", "Ana Ruiz"},
		{"The Prime Minister, Mr. Jan Kowal, and Senator Ana Ruiz met in Quito on Monday.", "Jan Kowal", "Ana Ruiz"},
	} {
		rec := corefRecord(t, "Envoys confer\n"+c.line)
		if !heldAll(rec, c.a, c.b) {
			t.Errorf("%q: want the %s-%s meeting: %s", c.line, c.a, c.b, dump(rec))
		}
	}
	line := "The envoy's aide, Tomas Berg, said nothing, and Ola Nowak met President Jan Kowal in Lima."
	rec := corefRecord(t, "Envoys confer\n"+line)
	if heldAll(rec, "Tomas Berg", "Ola Nowak") {
		t.Errorf("%q: the aide who said nothing joined the meeting: %s", line, dump(rec))
	}
}
