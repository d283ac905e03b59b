package extract

import (
	"slices"
	"testing"
)

// Issue 14's five-hundred-and-twenty-sixth round: a batch targeted on
// negotiations told by their outcome rather than by "talks" (p3188-p3193:
// a Malaysian agency on a special agreement to take two islands to the
// World Court, a Russian agency on a Dniester accord signed with its
// guarantors, a wire on a Himalayan boundary treaty, a wire on an agenda
// initialled in Washington, a wire on a power-sharing treaty signed in the
// Kremlin, a Scottish daily on a refinery deal); each rule with sentences
// of its own.

// "A and B signed an agreement to refer their rival claims to the court":
// the court is what the signed instrument commits the sides to, and the
// instrument itself was negotiated, dispute word or not, so A and B are
// its parties
// (instrumentToAdjudicate; p3188, p3062, p1202, p1546). The negative case:
// "A and B took their dispute to the court" signs nothing, and the two
// stay litigants, no parties.
func TestSignedAgreementToAdjudicate(t *testing.T) {
	text := "Islands pact\nOSLO, June 3 -- Norway and Sweden today signed a special agreement to refer their rival claims over a fishing bank to the International Court of Justice."
	rec := corefRecord(t, text)
	parties, _ := roleNames(rec)
	if !slices.Contains(parties, "Norway") || !slices.Contains(parties, "Sweden") {
		t.Errorf("want Norway and Sweden as parties, got %s", dump(rec))
	}
	text = "Islands case\nOSLO, June 3 -- Norway and Sweden today took their dispute over a fishing bank to the International Court of Justice."
	rec = corefRecord(t, text)
	if parties, _ := roleNames(rec); len(parties) > 0 {
		t.Errorf("litigants read as parties, got %s", dump(rec))
	}
}

// "X and Y, whose countries are guarantors of the accord": the plural
// "whose countries" (or "governments") stands for the state of each
// person listed before it, and the clause makes each of those states a
// broker, as "X, whose government has served as facilitator" does for
// one (ownStatesNouns, whoseGovernmentBroker; p3189, p2291, p2323, p2922). The
// negative case: "X and Y, whose countries fought a war" tells no broker.
func TestWhoseCountriesGuarantors(t *testing.T) {
	text := "Accord signed\nBERN, June 3 -- Premier Ivo Sandrek and rebel commander Tomas Ardell signed a peace accord on Friday to end the war in the south.\nNorwegian Prime Minister Lars Vedum and Austrian Chancellor Anna Keller, whose countries are guarantors of the accord, also put their signatures to the document."
	rec := corefRecord(t, text)
	_, meds := roleNames(rec)
	if !slices.Contains(meds, "Norway") || !slices.Contains(meds, "Austria") {
		t.Errorf("want Norway and Austria as brokers, got %s", dump(rec))
	}
	text = "Leaders meet\nBERN, June 3 -- Norwegian Prime Minister Lars Vedum and Austrian Chancellor Anna Keller, whose countries fought a war over fishing rights, held talks on Friday."
	rec = corefRecord(t, text)
	if _, meds := roleNames(rec); len(meds) > 0 {
		t.Errorf("states of a past war read as brokers, got %s", dump(rec))
	}
}

// "The text was initialed ... by the heads of the two negotiating teams,
// A of X and B of Y": the plural of posts after the passive's "by" is the
// signers' description and their names follow it in apposition, so A and
// B met at the initialling (signedByApposedSigners, apposedSigners;
// p3191, p2572, p1362). The negative case: "by the heads of the two
// delegations, according to A" names no signer after the comma.
func TestInitialedByApposedHeads(t *testing.T) {
	text := "Agenda agreed\nLISBON, June 3 -- Norway and Austria on Friday initialed an agenda for talks on their fishing dispute.\nThe text was initialed at the Foreign Ministry by the heads of the two delegations, Lars Vedum of Norway and Anna Keller of Austria."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Lars Vedum", "Anna Keller") {
		t.Errorf("want the two heads at the initialling, got %s", dump(rec))
	}
	text = "Agenda agreed\nLISBON, June 3 -- Ministers Ivo Sandrek and Tomas Ardell met in Lisbon on Friday.\nThe text was initialed at the Foreign Ministry by the heads of the two delegations, according to Lars Vedum."
	rec = corefRecord(t, text)
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Lars Vedum") {
			t.Errorf("a source read as a signer, got %s", dump(rec))
		}
	}
}
