package extract

import (
	"testing"
)

// Issue 14's five-hundred-and-first round: an untargeted batch
// (p3038-p3043: Caribbean papers and agencies on CARICOM summits, the
// Guyana-Venezuela border controversy and Haiti mediation, 1981-2023 — a
// Jamaican daily on a heads' summit, a regional agency on foreign
// ministers' talks in Caracas, a Guyanese daily on a UN good officer's
// meetings in New York, a Trinidadian daily on heads' talks with a
// Haitian president, a Guyanese daily on a state visit, a regional agency
// on a mediation mission); each rule with sentences of its own.

// "X was also received at the palace by President Y": an adverb of
// addition or sequence between the auxiliary and the participle does not
// undo the passive reception whose agent stands past a place phrase
// (passivePerson; p3039, p972). The negative case: a reception by a thing
// ("was also received at the palace by cheering crowds") meets no one.
func TestAdverbedPassiveReceptionPastAPlace(t *testing.T) {
	for _, line := range []string{
		"Foreign Minister Piotr Zielinski was also received yesterday at Belgrano Palace by President Tomas Berg, who assured him of support.",
		"Foreign Minister Piotr Zielinski was later received in Quito by President Tomas Berg.",
	} {
		rec := corefRecord(t, "Ministers confer\nLIMA, May 4 - Foreign Minister Piotr Zielinski held talks with Senator Ana Ruiz on Monday.\n"+line)
		if !heldAll(rec, "Piotr Zielinski", "Tomas Berg") {
			t.Errorf("%q: want Zielinski received by Berg: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Ministers confer\nLIMA, May 4 - Foreign Minister Piotr Zielinski held talks with Senator Ana Ruiz on Monday.\nFather Tomas Berg said Foreign Minister Piotr Zielinski was also received at the palace by cheering crowds.")
	if heldAll(rec, "Piotr Zielinski", "Tomas Berg") {
		t.Errorf("a crowd's reception made a meeting with the speaker: %s", dump(rec))
	}
}

// "A met B on Monday and on Tuesday held talks with C": a day's phrase
// between "and" and the second verb still leaves that verb the first
// one's subject, so A meets C too, on the second day (Conjunct; p3043,
// p513). The negative case: "and on Tuesday C met D" keeps its own
// subject.
func TestTimedSecondPredicateSharesTheSubject(t *testing.T) {
	for _, line := range []string{
		"Prime Minister Jan Kowal met President Tomas Berg on Monday and on Tuesday held talks with Senator Ana Ruiz.",
		"Prime Minister Jan Kowal met President Tomas Berg on Monday at the palace and on Tuesday met Senator Ana Ruiz.",
	} {
		rec := corefRecord(t, "Ministers confer\nLIMA, May 7 - "+line)
		if m, ok := heldMeeting(rec, "Jan Kowal", "Ana Ruiz"); !ok || m.Date != "2025-05-06" {
			t.Errorf("%q: want Kowal with Ruiz on Tuesday, got %q: %s", line, m.Date, dump(rec))
		}
	}
	line := "Prime Minister Jan Kowal met President Tomas Berg on Monday and on Tuesday Senator Ana Ruiz met Governor Emil Sorensen."
	rec := corefRecord(t, "Ministers confer\nLIMA, May 7 - "+line)
	if heldAll(rec, "Jan Kowal", "Ana Ruiz") {
		t.Errorf("%q: Kowal met Ruiz: %s", line, dump(rec))
	}
}
