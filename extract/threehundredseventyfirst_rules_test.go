package extract

import (
	"testing"
)

// Issue 14's three-hundred-and-seventy-first round: mediators told by
// what they do (p2258-p2263: an American wire on Algerian diplomats
// carrying proposals between Washington and Tehran, 1981; a Kenyan paper
// on Sudanese talks under an envoy's chairmanship, 2002; a British wire
// on an American official chairing talks between three states, 1988; a
// Sri Lankan paper on a Norwegian envoy acting as go-between, 2002; an
// Algerian agency on an envoy shuttling between two delegations, 2000; an
// Indian paper on a Soviet premier shuttling between two leaders, 1966);
// each rule with sentences of its own.

// "X, who chairs the sessions on behalf of B": the body a mediator brokers
// for brokers too (roles/onbehalf.go; p1856, p1925, p876, p575, p1809,
// p1823). The negative cases: one who is no mediator acting "on behalf
// of" a body ("signed on behalf of") makes none, and a person on whose
// behalf a mediator acts is only whose envoy the mediator is.
func TestOnBehalfOfBodyMakesItMediator(t *testing.T) {
	lead := "Estonia and Latvia resume border talks\n"
	body := "GENEVA, May 4 - Talks between Estonia and Latvia on their maritime border resumed on Monday. "
	rec := corefRecord(t, lead+body+"Hans Keller, a retired Swiss judge who chairs the sessions on behalf of the Council of Europe, said the delegations would meet again in June.")
	if !hasMediator(rec, "Hans Keller") || !hasMediator(rec, "Council of Europe") {
		t.Errorf("chairs the sessions on behalf of: want Keller and the Council mediators: %s", dump(rec))
	}
	rec = corefRecord(t, lead+body+"Jaan Tamm, the Estonian negotiator, signed the minutes on behalf of the Council of Europe.")
	if hasMediator(rec, "Council of Europe") {
		t.Errorf("no mediator acting: want the Council no mediator: %s", dump(rec))
	}
	rec = corefRecord(t, lead+body+"Hans Keller, a retired Swiss judge who chairs the sessions on behalf of Secretary-General Maria Lund, said the delegations would meet again in June.")
	if hasMediator(rec, "Maria Lund") {
		t.Errorf("person principal: want Lund no mediator: %s", dump(rec))
	}
}
