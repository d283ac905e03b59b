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

// "A and B sat with C across the table", "X sat with Colonel Y for four
// hours": "sat with" and a person named or titled is an encounter, as
// "sat down with" is (sitTogether; p2937, p1419, p1187, p1969, p1040).
// The negative case: "sat with reporters" meets no one.
func TestSatWithANamedPersonMetHim(t *testing.T) {
	for line, names := range map[string][]string{
		"Trade Minister Piotr Zielinski and Senator Ana Ruiz sat with President Tomas Berg for about an hour in Lima on Monday.": {"Piotr Zielinski", "Ana Ruiz", "Tomas Berg"},
		"Foreign Minister Ola Nowak sat with Colonel Tomas Berg for nearly four hours at the palace in Lima on Monday.":          {"Ola Nowak", "Tomas Berg"},
	} {
		rec := corefRecord(t, "Ministers confer\n"+line)
		if !heldAll(rec, names...) {
			t.Errorf("%q: want %v met: %s", line, names, dump(rec))
		}
	}
	rec := corefRecord(t, "Ministers confer\nForeign Minister Ola Nowak sat with reporters for about an hour in Lima on Monday.")
	if len(rec.Meetings) > 0 {
		t.Errorf("sitting with reporters is no meeting: %s", dump(rec))
	}
}
