package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-forty-second round: negotiations read from
// agreements (p1484-p1489: a border supplement signed in a capital, a
// three-way memorandum signed on a summit's eve, a 1963 boundary pact,
// a joint declaration on a dam's energy, two protocols signed before
// foreign ministers, a maritime border deal of a royal visit); each rule
// with sentences of its own.

// "The presidents of A, X, and B, Y, signed a joint declaration", "The
// foreign ministers of A and B signed two protocols on opening their
// border", "A, B and C signed a trilateral memorandum after talks": the
// signatories joined in the subject of a signing verb are the parties of
// the negotiated instrument, persons by the side their post serves
// (signedDocumentSides, roles/signeddocument.go; lexicon sections
// "signedDocumentVerbs", "signedDocumentNouns", "negotiatedCues"; p1485,
// p1487, p1488). The negative cases: a memorandum on tourism of a visit
// with no negotiation told, and one side's two leaders signing; the
// wire's name in brackets before the dateline's dash is no side.
func TestSignedInstrumentSubjectSides(t *testing.T) {
	wantSides(t, "The presidents of Chile, Tomas Vell, and Peru, Ana Pruzek, signed on Saturday at the palace a joint declaration of 20 points on the dam.\n\nThe negotiation of the declaration took a year.",
		[]string{"Chile", "Peru"})
	wantSides(t, "Quito, May 3 (Wire) - The foreign ministers of Chile and Peru signed two protocols on opening their common border on Saturday evening.",
		[]string{"Chile", "Peru"})
	wantSides(t, "The way opened in Quito, where Chile, Peru and Bolivia signed a trilateral memorandum after four hours of talks.",
		[]string{"Bolivia", "Chile", "Peru"})
	// Negative: no negotiation told, one side's two leaders, a place
	// after a preposition and a name modifying a noun ("met at the B
	// embassy in C and signed", p230, p858 in the harm check), an
	// infinitive ("waited for A to sign", p1189).
	wantSides(t, "The two ministers of Chile met at the Peruvian embassy in Bolivia and signed a declaration after the talks.",
		nil)
	wantSides(t, "The envoy waited in Bolivia for Chile to sign the declaration after the talks.",
		nil)
	wantSides(t, "Chilean President Tomas Vell and Peruvian Prime Minister Ana Pruzek signed a memorandum on tourism during the visit.",
		nil)
	wantSides(t, "Chilean President Tomas Vell and Chilean Prime Minister Ana Pruzek signed the declaration after talks with the unions.",
		nil)
}

// "X shuttled by telephone between the two ministers": a means of travel
// or speech between the shuttle move and its "between" leaves X the
// go-between, a mediator (afterShuttleMeans, roles/shuttlemeans.go;
// lexicon section "shuttleMeans"; p1488). The negative case: "moved by
// the talks between the two ministers" names no means, and no one goes
// between them.
func TestShuttleByMeansMediates(t *testing.T) {
	lead := "Chile and Peru sign protocols\n\nThe foreign ministers of Chile and Peru, Jorge Vell and Ana Pruzek, signed two protocols on their border on Saturday.\n\n"
	rec := corefRecord(t, lead+"US Secretary of State Laura Kent shuttled by telephone between the two ministers until a compromise was found.")
	if !hasMediator(rec, "Laura Kent") {
		t.Errorf("want Laura Kent a mediator: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"US Secretary of State Laura Kent, moved by the talks between the two ministers, praised them.")
	if hasMediator(rec, "Laura Kent") {
		t.Errorf("want Laura Kent no mediator: %s", dump(rec))
	}
}
