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
