package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-eighty-fourth round: a targeted batch
// (p2936-p2941: meetings told through delegations — inter-Korean
// ministerial talks, a cross-strait agreement signed by two semi-official
// bodies, a carmaker's bargaining with its union, a sports league's talks
// with its players' union, a Catholic-Orthodox theological commission,
// Israeli-Syrian talks under an American chair); each rule with sentences
// of its own.

// "The union team was led by A, and the company's team by B. The two
// delegations met for nine hours in P": the heads of two teams named by
// common nouns, the second's verb left out, are the sitting told right
// after them (sittingAfterHeads; p2938, p2939). The negative case: one
// team's head and member ("was led by A and included B") are not the two
// sides of the sitting after them.
func TestHeadsListedBeforeTheSittingJoinIt(t *testing.T) {
	for _, lines := range []string{
		"The union team was led by Harold Benning, the union's vice president, and the company's team by Carl Ostrow, its director of labour relations.\nThe two delegations met for six hours in a Cleveland hotel on Monday.",
		"The league's delegation was headed by commissioner Harold Benning and the union delegation by executive director Carl Ostrow.\nThe two sides met for three hours in a Cleveland hotel on Monday.",
	} {
		rec := corefRecord(t, "Bargaining resumes\nCLEVELAND - Negotiators went back to the bargaining table on Monday.\n"+lines)
		if m, ok := heldMeeting(rec, "Harold Benning", "Carl Ostrow"); !ok || m.Place != "Cleveland" {
			t.Errorf("%q: want Benning and Ostrow met in Cleveland: %s", lines, dump(rec))
		}
	}
	rec := corefRecord(t, "Bargaining resumes\nCLEVELAND - Negotiators went back to the bargaining table on Monday.\n"+
		"The union team was led by Harold Benning and included Carl Ostrow, its treasurer.\nThe two teams met for six hours in a Cleveland hotel on Monday.")
	if heldAll(rec, "Harold Benning", "Carl Ostrow") {
		t.Errorf("one team's head and member are not the two sides: %s", dump(rec))
	}
}

// "... headed by A and the union delegation by B. B was accompanied by
// D, while A was joined by C. The two sides met for two hours in
// P": those who came with the heads, listed between the heads and the
// sitting, sit with them (sittingAfterHeads, escortedAt; p2939).
func TestCompanionsBetweenHeadsAndSittingJoinIt(t *testing.T) {
	rec := corefRecord(t, "Bargaining resumes\nCLEVELAND - Negotiators went back to the bargaining table on Monday.\n"+
		"The league's delegation was headed by commissioner Harold Benning and the union delegation by executive director Carl Ostrow.\n"+
		"Ostrow was accompanied by the union's counsel Piotr Zielinski, while Benning was joined by deputy commissioner Lena Marsh.\n"+
		"The two sides met for three hours in a Cleveland hotel on Monday.")
	if !heldAll(rec, "Harold Benning", "Carl Ostrow", "Lena Marsh", "Piotr Zielinski") {
		t.Errorf("want the companions at the heads' sitting: %s", dump(rec))
	}
}
