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
