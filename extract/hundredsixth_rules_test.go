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

// "X, which hosted the talks between A and B, also acted as mediator";
// "A and B asked X to act as mediator": the actor "as mediator" is said of
// is the main clause's subject past a relative clause set off by commas,
// or the object before "to act as" — not the relative clause's actors or
// the sentence's subject, which were made mediators (asOwnSubject,
// roles/withas.go). The negative cases: a second subject after the
// relative clause ("..., and its envoy, X, attended the talks as a
// facilitator") and an antecedent that is the tail of a longer unread
// name ("the Contact Group on X, which ..., stood by as a guarantor")
// keep the readings that were there before.
func TestAsMediatorAttachesToItsOwnSubject(t *testing.T) {
	wantRoles(t, "Kenya, which hosted the border talks between Ethiopia and Somalia, also acted as mediator.",
		[]string{"Ethiopia", "Somalia"}, []string{"Kenya"})
	wantRoles(t, "Kenya, which hosted the border talks between Ethiopia and Somalia, served as a mediator.",
		[]string{"Ethiopia", "Somalia"}, []string{"Kenya"})
	wantRoles(t, "Ethiopia and Somalia have asked Kenya to act as mediator in their border dispute.",
		[]string{"Ethiopia", "Somalia"}, []string{"Kenya"})
	wantRoles(t, "Ethiopia and Somalia invited Kenya and Uganda to serve as guarantors of the border truce.",
		[]string{"Ethiopia", "Somalia"}, []string{"Kenya", "Uganda"})
	// Negative: the subject before the relative clause is not the one
	// "as" is said of when another subject follows the clause.
	_, meds := rolesIn(t, "The Lake Basin Authority, which Kenya, Ethiopia and Somalia founded in 2009, had offered to mediate, and its director, Amina Farah, attended the border talks as a facilitator.")
	for _, m := range meds {
		if m == "Kenya" || m == "Ethiopia" || m == "Somalia" {
			t.Errorf("a founder of the relative clause made a mediator: %v", meds)
		}
	}
	_, meds = rolesIn(t, "The Friends Group on Somalia, which brings together Kenya and Uganda, stood behind the envoy as a guarantor of the border truce.")
	for _, m := range meds {
		if m == "Somalia" {
			t.Errorf("the tail of an unread name made a mediator: %v", meds)
		}
	}
}
