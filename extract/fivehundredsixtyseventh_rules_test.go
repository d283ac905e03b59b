package extract

import "testing"

// Issue 14's five-hundred-and-sixty-seventh round: a batch targeted on
// states as parties (p3434-p3439: wires, agencies and a daily on border
// and territorial disputes, 1996-2010 — a border regime treaty signed with
// the shelf left to talks, a crisis over islets defused by an envoy's
// calls, a delimitation agreement of two presidents, two presidents'
// agreement on a lake border at a third president's invitation, an
// emir's mediation of a border row, a supplementary border treaty); each
// rule with sentences of its own.

// A host named only outside the agreement's sentence is no side of it:
// "A and B signed an agreement on their disputed border ... The two
// leaders met ... at the invitation of C's President Z, who hosted the
// meeting" makes parties of A's and B's states only (signersWithoutHost;
// p3437, p2108). The negative case: a president the agreement's own
// sentence names among its signers is a side of it, host or not.
func TestHostNamedApartIsNoSide(t *testing.T) {
	text := "Leaders agree on border\nZambian President Mwila Banda and his Malawian counterpart Peter Chisale on Saturday signed an agreement to mark their disputed border along the river.\nThe two leaders met for three hours at a lodge outside Gaborone at the invitation of Botswana's President Kagiso Molefe, who hosted the meeting."
	rec := corefRecord(t, text)
	if !partyNamed(rec, "Zambia") || !partyNamed(rec, "Malawi") {
		t.Errorf("want the two signers' states as parties, got %s", dump(rec))
	}
	if partyNamed(rec, "Botswana") {
		t.Errorf("the host's state made a party, got %s", dump(rec))
	}
	text = "Leaders agree on border\nPresident Mwila Banda of Zambia, President Peter Chisale of Malawi and President Kagiso Molefe of Botswana on Saturday signed an agreement to mark their disputed common border.\nMolefe, who hosted the meeting, said the three countries had chosen dialogue."
	rec = corefRecord(t, text)
	if !partyNamed(rec, "Botswana") {
		t.Errorf("a signer who hosted lost its side, got %s", dump(rec))
	}
}

// "The two governments" of a mediated story are the sides met less the
// broker's: "A's President X and B's President Y met under the
// chairmanship of C's President Z, who has mediated between the two
// neighbours ... The two governments agreed to refer the dispute" makes A
// and B parties, though the meeting brought three sides together
// (unbrokeredSides; p1158, p481). The negative case: a side that never sat
// with the broker (it met only a private person) is not one of the two.
func TestTwoSidesLessTheBroker(t *testing.T) {
	text := "Leaders refer island dispute to court\nLUSAKA, March 4 - President Tavo Kalenga of Angola and President Simo Rethabile of Lesotho met in Lusaka on Friday under the chairmanship of Zambia's President Mwila Banda, who has mediated between the two neighbours since last year.\nThe two governments agreed to refer the dispute over the river island to the International Court of Justice."
	rec := corefRecord(t, text)
	if !partyNamed(rec, "Angola") || !partyNamed(rec, "Lesotho") || partyNamed(rec, "Zambia") {
		t.Errorf("want the two neighbours as parties, got %s", dump(rec))
	}
	text = "Border row goes to court\nLUSAKA, March 4 - Zambia's President Mwila Banda, who has mediated between the two neighbours since last year, met President Tavo Kalenga of Angola in Lusaka on Friday.\nPresident Simo Rethabile of Lesotho met the businessman Mark Tolley in Maseru on Saturday.\nThe two governments agreed to refer the dispute over the river island to the International Court of Justice."
	rec = corefRecord(t, text)
	if partyNamed(rec, "Lesotho") {
		t.Errorf("a side that never met the broker made a party, got %s", dump(rec))
	}
}

// "had prepared the accord in talks in X" tells talks held: the perfect
// "had prepared" with an object is a past act, not readiness, and "talks"
// after "in" is no object of the intent verb (perfectPrepared in
// meeting/when.go, adjunctPreps in frame/modality.go; p3437, p3439,
// p2847). The negative case: "have prepared for talks ... next month"
// keeps the talks planned.
func TestHadPreparedInTalksIsHeld(t *testing.T) {
	lead := "Leaders sign accord\nLISBON, March 4 - Prime Minister Artur Valente met his Spanish counterpart Dario Lomba in Lisbon on Friday.\n"
	rec := corefRecord(t, lead+"The two foreign ministers, Ines Moura and Pablo Ferrer, had prepared the accord in talks in Madrid earlier this month.")
	if !heldAll(rec, "Ines Moura", "Pablo Ferrer") {
		t.Errorf("want the ministers' talks held, got %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The two foreign ministers, Ines Moura and Pablo Ferrer, have prepared for talks in Madrid next month.")
	if heldAll(rec, "Ines Moura", "Pablo Ferrer") {
		t.Errorf("talks prepared for read as held, got %s", dump(rec))
	}
}
