package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-sixty-seventh round: roles in bilateral
// negotiations told without the word "dispute" (p1634-p1639: a wire on
// two prime ministers' fishing-limits talks, an agency on a leader's
// visit over a river dam, a wire on a bases treaty, an agency on a
// trade deal struck before sanctions, a wire on two presidents signing
// oil and security deals, an agency on a friendship treaty and a fleet's
// bases); each rule with sentences of its own.

// "The foreign ministers of A and B signed the accords ... after weeks of
// talks": plural instruments signed in a sentence that tells the talks
// make the signatories' states parties (pluralSignedAtTalks, roles
// signeddocument.go; p859, p1002). A batch of papers signed on a visit,
// with no talks told in the sentence, makes none.
func TestPluralInstrumentsSignedAtTalks(t *testing.T) {
	for _, text := range []string{
		"Accords signed\nVIENNA, May 4 - The foreign ministers of Slovakia and Hungary signed the accords on Friday after eleven weeks of talks at the chancellery.",
		"Accords signed\nVIENNA, May 4 - The foreign ministers of Slovakia and Hungary today signed three treaties, ending a negotiation that had lasted two years.",
	} {
		if got := partiesOf(t, text); !slices.Equal(got, []string{"Hungary", "Slovakia"}) {
			t.Errorf("%q: parties %v, want Hungary and Slovakia", text, got)
		}
	}
	text := "Accords signed\nVIENNA, May 4 - The foreign ministers of Slovakia and Hungary signed three agreements on Friday at the chancellery."
	if got := partiesOf(t, text); len(got) != 0 {
		t.Errorf("%q: parties %v, want none", text, got)
	}
}
