package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-seventy-fourth round: parties missed where no
// negotiation is read, a negotiation told only by its outcome or by a
// process word (p1076-p1081: a declaration signed on a bus diplomacy
// visit, a river treaty brokered by a bank, an EU-facilitated dialogue,
// a peace accord signed in a Nordic capital, a declaration ending a
// state of war, a border treaty signed before its guarantors); each rule
// with sentences of its own.

// "The declaration, signed at the palace, says A and B will ..." in a
// story that calls it "the accord" (signedInstrumentSides, roles.go;
// p1076): the two states named beside the signed instrument are its
// parties, though no talks noun and no meeting of their people tells a
// negotiation. The negative cases: a declaration the story never calls an
// accord or a treaty (a visit's declaration on trade), and a signed
// instrument beside three states.
func TestSignedInstrumentSides(t *testing.T) {
	lead := "Leaders sign declaration\nKUMASI, May 4: Prime Minister Kwame Boateng and his visiting counterpart Koffi Agbeko on Sunday signed the Kumasi Declaration at a ceremony in the city.\n"
	text := lead + "The declaration, signed at the regional hall, says Ghana and Togo will settle all outstanding questions through bilateral means.\nOfficials said the accord was only a first step.\n"
	if got := partiesOf(t, text); !slices.Equal(got, []string{"Ghana", "Togo"}) {
		t.Errorf("parties %v, want Ghana and Togo", got)
	}
	text = lead + "The declaration, signed at the regional hall, says Ghana and Togo will double their trade in cocoa and textiles.\nOfficials said more visits would follow.\n"
	if got := partiesOf(t, text); len(got) != 0 {
		t.Errorf("a declaration on trade: parties %v, want none", got)
	}
	text = lead + "The declaration, signed at the regional hall, says Ghana, Togo and Benin will settle all outstanding questions.\nOfficials said the accord was only a first step.\n"
	if got := partiesOf(t, text); len(got) != 0 {
		t.Errorf("three states beside the instrument: parties %v, want none", got)
	}
}

// "A, B, C and D are the guarantors of the protocol": a plural mediator
// noun after a plural copula whose subject is a list makes each item a
// mediator (pluralCopulaMediators, roles.go; p1081). Before, only a
// singular post after a copula ("X is the mediator") was read. The
// negative cases: a single subject ("The neighbours are the
// guarantors") names no one, and "were never the guarantors" denies the
// post.
func TestPluralCopulaMediators(t *testing.T) {
	lead := "Laos and Vietnam signed a border treaty in Hanoi on Friday, ending their long dispute over the river frontier. "
	_, meds := rolesIn(t, lead+"Japan, Australia and Thailand are the guarantors of the 1977 river compact, and it was they who drew the final line.")
	if !slices.Equal(meds, []string{"Australia", "Japan", "Thailand"}) {
		t.Errorf("mediators %v, want Australia, Japan and Thailand", meds)
	}
	_, meds = rolesIn(t, lead+"Japan, Australia and Thailand were never the guarantors of the 1977 river compact.")
	if len(meds) != 0 {
		t.Errorf("a denied post: mediators %v, want none", meds)
	}
	_, meds = rolesIn(t, lead+"Japan spoke for the donors. The neighbours are the guarantors of the 1977 river compact.")
	if slices.Contains(meds, "Japan") {
		t.Errorf("a single subject named no one: mediators %v", meds)
	}
}
