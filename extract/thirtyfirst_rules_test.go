package extract

import "testing"

// Issue 14's thirty-first round: sides and brokers of negotiations told in
// the constructions the thirty-first probe batch (p218-p223) showed, each
// with sentences of its own.

// "X, the former Nigerian president sent by the Economic Community of
// West African States" (p222), "X, South Africa's deputy president and
// the facilitator named by the Southern African Development Community"
// (p221): a mediator whose apposition says which body sent or named them
// brokers for that body, not for the state of their own post.
func TestMediatorSentByBody(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"The talks were chaired by Rosa Quint, the former Ecuadorian president sent by the Andean Community.",
		[]string{"Chile", "Peru"}, []string{"Andean Community", "Rosa Quint"})
	wantRoles(t, lead+"The talks were chaired by Rosa Quint, Ecuador's vice-president and the facilitator named by the Andean Community.",
		[]string{"Chile", "Peru"}, []string{"Andean Community", "Rosa Quint"})
	wantRoles(t, lead+"The talks were chaired by Rosa Quint, Ecuador's deputy president and the facilitator named by the Andean Community.",
		[]string{"Chile", "Peru"}, []string{"Andean Community", "Rosa Quint"})
	// Minimal pair: with no sending body, the mediator brings their post's state.
	wantRoles(t, lead+"The talks were chaired by Rosa Quint, Ecuador's vice-president.",
		[]string{"Chile", "Peru"}, []string{"Ecuador", "Rosa Quint"})
	// A side named after "sent by" is no broker.
	wantRoles(t, lead+"The talks were chaired by Rosa Quint, Ecuador's vice-president, and attended by a delegation sent by Peru.",
		[]string{"Chile", "Peru"}, []string{"Ecuador", "Rosa Quint"})
}

// "The next day the two leaders signed a joint declaration ending the
// state of war" and "the two governments would now have to settle the
// status of the town" (p207), "The two sides last exchanged written
// proposals through their embassies" (p208): a negotiation told of "the
// two leaders", "the two governments" or "the two sides", in a sentence
// of its own, is one between the two sides the story's held meetings
// bring together.
func TestNegotiationOfTheTwoSides(t *testing.T) {
	lead := "President Ana Lind of Chile received President Juan Sol of Peru in Santiago on Friday. "
	wantRoles(t, lead+"The next day the two leaders signed a declaration ending the state of war.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, lead+"The two sides later exchanged written proposals through their embassies.",
		[]string{"Chile", "Peru"}, nil)
	// A person's side is the state of their post, not a delegation the
	// sentence names for someone else (p208's "Argentina's foreign
	// minister, X" in a sentence on the British delegation).
	wantRoles(t, "The Chilean delegation was led by Ana Lind, the deputy minister, who held three sessions this week with Peru's foreign minister, Juan Sol, at the palace. "+
		"In March Sol met the Chilean foreign minister, Rosa Quint, in Santiago. Lind also took part in those talks. The two sides exchanged written proposals in June.",
		[]string{"Chile", "Peru"}, nil)
	// Minimal pairs: the two leaders as partners, not sides; three sides.
	wantRoles(t, lead+"The two leaders discussed tourism and a new ferry service.", nil, nil)
	wantRoles(t, lead+"The two leaders discussed the war in Sudan and the border with Bolivia.", nil, nil)
	wantRoles(t, lead+"The two leaders spoke about the families who settled in the south.", nil, nil)
	wantRoles(t, lead+"On Saturday Lind also met President Rosa Quint of Ecuador in Santiago. The two leaders signed a declaration ending the state of war.", nil, nil)
}

// "Czech and Slovak negotiators ended three days of talks ... without
// agreement on the gold reserve" (p172), "British and Argentine officials
// ended a second round of talks ... without agreeing on the wording"
// (p208): talks that end without agreeing are a negotiation between the
// two states whose officials the demonyms name, as talks over a dispute
// or with an agreement reached are.
func TestDemonymOfficialsWithoutAgreement(t *testing.T) {
	wantRoles(t, "Chilean and Peruvian negotiators ended three days of talks in Lima on Friday without agreement on the water quota.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chilean and Peruvian officials ended a second round of talks in Lima on Friday without agreeing on the text.",
		[]string{"Chile", "Peru"}, nil)
	// Minimal pairs: the same meeting with no failed agreement, and a
	// "without" that is no deadlock.
	wantRoles(t, "Chilean and Peruvian officials ended three days of talks in Lima on Friday.", nil, nil)
	wantRoles(t, "The Chilean and Peruvian foreign ministers held talks in Lima on Friday without their deputies.", nil, nil)
}
