package extract

import "testing"

// Issue 14's hundred-and-forty-fifth round: roles of parties found as
// actors but given no role — here the sides of a pact told only by whom
// each signatory signed for (p905's armistice, p196's, p304's), with
// sentences of its own.

// "A signed on behalf of X. B signed on behalf of Y": each signatory
// signs as a side, so the bodies signed for across the article are the
// sides; "B for Y" after an "and" elides the verb.
func TestSignedForSides(t *testing.T) {
	wantRoles(t, "The truce was signed in Lusaka on Monday. Colonel Ana Soto signed on behalf of Chile. General Luis Vega signed on behalf of Peru.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, "The truce was signed in Lusaka on Monday. Ana Soto signed for Chile, and Luis Vega for the Popular Front of Tarapaca.",
		[]string{"Chile", "Popular Front of Tarapaca"}, nil)
	// Minimal pairs: one side signed for joins nothing, and a witness
	// signing for a body is no side.
	wantRoles(t, "The truce was signed in Lusaka on Monday. Colonel Ana Soto signed on behalf of Chile.",
		nil, nil)
	wantRoles(t, "The truce was signed in Lusaka on Monday. Ana Soto signed for Chile, and Luis Vega signed as a witness for Peru.",
		nil, nil)
}
