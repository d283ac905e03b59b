package extract

import "testing"

// Issue 14's fifty-first round: the sides of talks with no mediator,
// named by their teams, each with sentences of its own.

// "The A delegation was led by X, and the B delegation by Y": two teams
// each named with its noun and headed by someone sit across a table from
// each other, so the two states are the sides of talks even when no
// negotiation noun frames them (p201, p322, p329, p338, p342).
func TestHeadedTeamsOfTwoStates(t *testing.T) {
	lead := "Officials of Peru and Chile met in Arica on Tuesday to look at the fishing line. "
	wantRoles(t, lead+"The Peruvian delegation was led by Deputy Minister Ana Rossi, and the Chilean delegation by Ambassador Piet Grout.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, "The Peruvian side, led by Deputy Minister Ana Rossi, and the Chilean side, led by Ambassador Piet Grout, agreed on Tuesday to meet again in Lima.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, lead+"The Peruvian team was headed there by Deputy Minister Ana Rossi; the Chilean team by Ambassador Piet Grout.",
		[]string{"Chile", "Peru"}, nil)
}

// Minimal pairs: one team headed by someone and the other state named
// without a team (a visiting delegation and its host), or two teams with
// no one heading them, tell no sides.
func TestTeamsNotSetAgainstEachOther(t *testing.T) {
	wantRoles(t, "A Peruvian trade delegation led by Deputy Minister Ana Rossi toured the port of Arica in Chile on Tuesday.",
		nil, nil)
	wantRoles(t, "The Peruvian delegation and the Chilean delegation laid wreaths at the monument in Arica on Tuesday.",
		nil, nil)
}
