package extract

import "testing"

// Issue 14's five-hundred-and-seventeenth round: a targeted batch
// (p3134-p3139: agencies, wires and a regional paper on talks told with a
// hyphenated sponsor — Japan-hosted, Norwegian-facilitated, U.N.-sponsored,
// African Union-led, U.N.-backed — and on held talks that collapsed or
// broke down, 1994-2015); each rule with sentences of its own.

// "UN-backed talks between A and B ended in P": the participle of a
// hyphenated sponsor modifier is no verb of the clause, so the "and"
// between the two sides joins names, not two clauses, and both sides stay
// in the talks (hyphenParticiple in frame.Conjunct; p3051, p3101). The
// negative case: "re-opened", a verb after a lower-case prefix, still
// closes the clause at "and".
func TestHyphenSponsorTalksKeepBothSides(t *testing.T) {
	for _, line := range []string{
		"UN-backed talks between Foreign Minister Tomas Berg and Interior Minister Jan Kowal ended in Lisbon on Thursday.",
		"Norwegian-facilitated talks between Foreign Minister Tomas Berg and Interior Minister Jan Kowal opened in Lisbon on Thursday.",
		"The African Union-led talks between Foreign Minister Tomas Berg and Interior Minister Jan Kowal resumed in Lisbon on Thursday.",
	} {
		rec := corefRecord(t, "Talks\nLISBON, May 6 (Wire) - "+line)
		if !heldAll(rec, "Tomas Berg", "Jan Kowal") {
			t.Errorf("%q: want Berg and Kowal met: %s", line, dump(rec))
		}
	}
	// A hyphenated verb after a lower-case prefix ("re-opened") is still a
	// verb: the "and" after its object opens a new clause.
	line := "Foreign Minister Tomas Berg re-opened the embassy and Interior Minister Jan Kowal held talks with Senator Ana Ruiz in Lisbon on Thursday."
	rec := corefRecord(t, "Talks\nLISBON, May 6 (Wire) - "+line)
	if !heldAll(rec, "Jan Kowal", "Ana Ruiz") || heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("%q: want Kowal with Ruiz, not Berg: %s", line, dump(rec))
	}
}
