package extract

import (
	"slices"
	"testing"
)

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

// "X coordinates the guarantors, which also include A, B and C", "the
// mediation team, which includes also A and B": the members a relative
// clause lists after a mediators' noun or a mediation body broker with it
// (includedMediators, roles/mediationbody.go; p397's guarantors, p496's
// mediation team, where only the first-named body was read). The negative
// cases: a side's own team, or a mediators' noun followed by another verb,
// makes no member a mediator.
func TestMembersIncludedInMediatorsAreMediators(t *testing.T) {
	wantRoles(t, "Negotiators for Belize and Guatemala traded maps in Managua on Monday. Honduras chairs the guarantors, which also include Panama, Costa Rica and Mexico.",
		[]string{"Belize", "Guatemala"}, []string{"Costa Rica", "Mexico", "Panama"})
	_, meds := rolesIn(t, "The rebels and the government of Niger initialled a peace accord in Niamey on Monday in the presence of Foreign Minister Ana Lind of Chad, head of the international mediation team, which includes also the United Nations and the African Union.")
	for _, want := range []string{"United Nations", "African Union"} {
		if !slices.Contains(meds, want) {
			t.Errorf("mediation team's member %s not a mediator: %v", want, meds)
		}
	}
	// Negative: a side's own team, and a mediators' noun with another verb.
	_, meds = rolesIn(t, "Belize and Guatemala held border talks in Managua on Monday. The Belize team, which includes Panama's former envoy and two Mexican lawyers, asked for more time.")
	if slices.Contains(meds, "Panama") || slices.Contains(meds, "Mexico") {
		t.Errorf("a side's team's members made mediators: %v", meds)
	}
	_, meds = rolesIn(t, "Belize and Guatemala held border talks in Managua, where they met the guarantors, which then briefed Panama and Mexico.")
	if slices.Contains(meds, "Panama") || slices.Contains(meds, "Mexico") {
		t.Errorf("those a mediators' clause names made mediators: %v", meds)
	}
}

// "X has been acting as intermediary between A and B": past the
// auxiliaries of the finite verb, the subject acts as mediator; the
// reading of the absolute "with X acting as" looked only right before
// "acting" and found nothing (auxSubject, roles/withas.go; p625). The
// negative case: "with X and Y acting as guarantors" keeps its reading.
func TestActingAsAfterAuxiliaries(t *testing.T) {
	wantRoles(t, "Chile has been acting as intermediary between Peru and Bolivia since March, carrying messages between the two governments.",
		[]string{"Bolivia", "Peru"}, []string{"Chile"})
	wantRoles(t, "Peru and Bolivia resumed border talks on Monday; Chile is serving as guarantor of the process.",
		[]string{"Bolivia", "Peru"}, []string{"Chile"})
	// Negative: the absolute construction's actors, not the sides.
	wantRoles(t, "Peru and Bolivia resumed border talks on Monday, with Chile and Uruguay acting as guarantors.",
		[]string{"Bolivia", "Peru"}, []string{"Chile", "Uruguay"})
}

// "thanked X for its mediation", "expressed gratitude to X for its
// continued facilitation of the talks": the actor a mediation noun is
// credited to through "for" and a possessive is a mediator (creditedFor,
// roles/withas.go; p72, p402, p420, p583). The negative case: thanks for
// anything else ("for its hospitality", "for its efforts") make no
// mediator.
func TestThankedForItsMediation(t *testing.T) {
	wantRoles(t, "Peru and Bolivia signed the border accord on Monday. Both presidents thanked Uruguay for its mediation.",
		[]string{"Bolivia", "Peru"}, []string{"Uruguay"})
	_, meds := rolesIn(t, "The minister expressed his gratitude to the Kingdom of Morocco for its continued facilitation of the dialogue between the two parties.")
	if !slices.Contains(meds, "Morocco") && !slices.Contains(meds, "Kingdom of Morocco") {
		t.Errorf("the thanked facilitator not a mediator: %v", meds)
	}
	// Negative: thanks for hospitality or efforts.
	wantRoles(t, "Peru and Bolivia signed the border accord on Monday. Peru thanked Chile for its hospitality and Uruguay for its efforts.",
		[]string{"Bolivia", "Peru"}, nil)
}

// "President X of A and President Y of B acted as mediators": a list of
// persons whose titles take the state after "of" goes on past the state
// and the next person's title, so both persons mediate, not the first
// alone (titleComplement, titledNext in roles/roles.go's actorList). The
// negative case: a list that ends after the first person's state ("X of
// A met the envoys of B") gives no second item.
func TestTitledPersonsWithStatesAsMediators(t *testing.T) {
	_, meds := rolesIn(t, "Chad and Sudan agreed a truce after two days of talks in which President Ana Lind of Gabon and President Kofi Mensah of Ghana acted as mediators.")
	for _, want := range []string{"Ana Lind", "Kofi Mensah"} {
		if !slices.Contains(meds, want) {
			t.Errorf("%s not a mediator: %v", want, meds)
		}
	}
	// Negative: no list after the state.
	_, meds = rolesIn(t, "Chad and Sudan agreed a truce after talks in which President Ana Lind of Gabon acted as mediator, and Kofi Mensah of Ghana watched.")
	if slices.Contains(meds, "Kofi Mensah") {
		t.Errorf("a person after the list made a mediator: %v", meds)
	}
}
