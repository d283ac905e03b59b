package extract

import "testing"

// Issue 14's hundred-and-sixth round: mediators whose role is not read or
// goes to the wrong noun, each shape with sentences of its own.

// "with X as guarantor and A and B as observers": a coordinated pair told
// in a third party's part after "as" (observers, accompanying countries,
// witnesses, or a mediator's noun) is no pair of sides (asThirdParties,
// roles/withas.go; p669's "Venezuela and Chile as accompanying countries"
// were read as the two sides of the talks). The negative cases: "as well
// as" and an "as" clause of time still leave the pair of sides.
func TestThirdPartiesAfterAsAreNoSides(t *testing.T) {
	wantRoles(t, "Guyana and Suriname held talks in Paramaribo on Monday, with Brazil as mediator and Chile and Uruguay as observers.",
		[]string{"Guyana", "Suriname"}, []string{"Brazil"})
	wantRoles(t, "The talks between Guyana and Suriname opened in Paramaribo on Monday, with Brazil and Peru acting as guarantor countries and Chile and Uruguay as accompanying countries.",
		[]string{"Guyana", "Suriname"}, []string{"Brazil", "Peru"})
	// Negative: the pair is still read where no role follows "as".
	wantRoles(t, "Guyana and Suriname as well as Chile held border talks in Paramaribo.",
		[]string{"Guyana", "Suriname"}, nil)
	wantRoles(t, "Guyana and Suriname resumed border talks in Paramaribo as expected.",
		[]string{"Guyana", "Suriname"}, nil)
}
