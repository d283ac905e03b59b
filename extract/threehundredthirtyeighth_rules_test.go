package extract

import (
	"testing"
)

// Issue 14's three-hundred-and-thirty-eighth round: mediators told by
// what they did at the table (p2060-p2065: a Ghanaian agency on Liberian
// talks chaired by a West African envoy, a humanitarian wire on a Kenyan
// general chairing a Sudanese session, a 1994 wire on a protocol whose
// observer states signed as witnesses, a Mozambican agency on a Rome
// accord signed by its mediators, a Philippine agency on a pact a foreign
// minister signed as witness, a Spanish agency on a peace the guarantor
// presidents signed as witnesses); each rule with sentences of its own.

// "A and B signed as witnesses on behalf of the co-sponsors": witnesses the
// sentence ties to the guarantors or co-sponsors sign for third parties,
// and the states they serve broker the talks (roles/witnessguarantors.go;
// p2044, p2062, p2065). The negative cases: witnesses with no guarantor
// named broker nothing by it, and a state named inside a relative clause
// of the subject ("states which act as guarantors of the Estonian
// settlement") is no signer.
func TestWitnessesForGuarantorsMakeTheirStatesMediators(t *testing.T) {
	lead := "Estonia and Latvia sign border protocol\n"
	body := "GENEVA, May 4 - Estonia and Latvia signed a border protocol on Monday after two years of talks between Estonia and Latvia. "
	rec := corefRecord(t, lead+body+"Lena Holm, the Swedish Foreign Minister, and Karl Weiss, the Austrian Foreign Minister, signed the protocol as witnesses on behalf of the co-sponsors.")
	if !hasMediator(rec, "Sweden") || !hasMediator(rec, "Austria") {
		t.Errorf("witnesses on behalf of the co-sponsors: want Sweden and Austria mediators: %s", dump(rec))
	}
	rec = corefRecord(t, lead+body+"Envoys of Sweden and Austria, states which act as guarantors of the Estonian settlement, signed the text as witnesses.")
	if !hasMediator(rec, "Sweden") || !hasMediator(rec, "Austria") {
		t.Errorf("guarantors in apposition: want Sweden and Austria mediators: %s", dump(rec))
	}
	if hasMediator(rec, "Estonia") {
		t.Errorf("relative clause: want Estonia no mediator: %s", dump(rec))
	}
	rec = corefRecord(t, lead+body+"Lena Holm, the Swedish Foreign Minister, and Karl Weiss, the Austrian Foreign Minister, signed the protocol as witnesses.")
	if hasMediator(rec, "Sweden") || hasMediator(rec, "Austria") {
		t.Errorf("plain witnesses: want no mediator: %s", dump(rec))
	}
}

// "X, who presided over the negotiations": "presided over" is read as
// "chaired" is, active and passive, over talks (roles/presidedover.go;
// p1745, p2062). The negative case: a sitting ("presided over a session
// of the Federal Assembly") makes no mediator.
func TestPresidedOverTalksIsChair(t *testing.T) {
	lead := "Estonia and Latvia end border talks\n"
	body := "GENEVA, May 4 - Talks between Estonia and Latvia on their maritime border ended on Monday without a text. "
	rec := corefRecord(t, lead+body+"Hans Keller, a retired Swiss judge who presided over the negotiations, said the delegations would meet again in June.")
	if !hasMediator(rec, "Hans Keller") {
		t.Errorf("presided over the negotiations: want Keller mediator: %s", dump(rec))
	}
	rec = corefRecord(t, lead+body+"The talks were presided over by Hans Keller, a retired Swiss judge, and the delegations will meet again in June.")
	if !hasMediator(rec, "Hans Keller") {
		t.Errorf("talks presided over by: want Keller mediator: %s", dump(rec))
	}
	rec = corefRecord(t, lead+body+"In Bern, Hans Keller presided over a session of the Federal Assembly that approved the budget.")
	if hasMediator(rec, "Hans Keller") {
		t.Errorf("a sitting: want Keller no mediator: %s", dump(rec))
	}
}
