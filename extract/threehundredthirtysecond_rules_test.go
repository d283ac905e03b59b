package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-thirty-second round: sides told as
// delegations or teams with no state named beside them (p2024-p2029: a
// 2005 wire on a round of talks near a northern capital, a 2008 agency
// on a name dispute's envoys, a 2006 agency on a Geneva round, a 2014
// agency on a ceasefire signing, a 2006 daily on a first formal round, a
// 1968 broadsheet on preliminary talks); each rule with sentences of its
// own.

// "The rebel team and the government delegation closed a round of talks":
// two teams joined by "and", one told by a generic side noun, are the
// sides; "the government" is the one state whose own team the story names
// elsewhere ("the Manila delegation"), not the host named as often
// (genericTeamSides in roles/genericteams.go; p2024, p2026).
func TestGenericTeamSides(t *testing.T) {
	pub := time.Date(2009, 6, 12, 0, 0, 0, 0, time.UTC)
	rec := recordAt(t, "Round ends in Oslo\n\nOSLO, June 12 (Agency) - On Friday the rebel team and the government delegation closed a third round of talks in Oslo, Norwegian officials said. Pedro Talavera, who headed the Manila delegation, said the next round would open in July. Rolan Dimas, who led the negotiators of the Bangsa Highlands Front (BHF), said the front wanted a ceasefire in the hills. Philippine troops stay in the hills, and Norway will host the next round.\n", pub)
	if !hasPartyNamed(rec, "Philippines") || !hasPartyNamed(rec, "Bangsa Highlands Front") {
		t.Errorf("want the Philippines and the front the parties: %s", dump(rec))
	}
	if hasPartyNamed(rec, "Norway") {
		t.Errorf("the host sends no team: %s", dump(rec))
	}
	rec = recordAt(t, "Round ends in Oslo\n\nOSLO, June 12 (Agency) - The government delegation and the Bangsa Highlands Front team agreed on Friday to stop attacks in the hills. Pedro Talavera, who headed the Manila delegation, said the next round would open in July. Philippine troops stay in the hills, and Norway will host the next round.\n", pub)
	if !hasPartyNamed(rec, "Philippines") || !hasPartyNamed(rec, "Bangsa Highlands Front") {
		t.Errorf("a named group's team: want the Philippines and the front the parties: %s", dump(rec))
	}
}

// "The negotiating teams of the government and G agreed ...": the teams
// of a generic side and a named one (genericTeamSides, "teams of"; p2028).
// The negative case: two governments' delegations are no sides by this.
func TestTeamsOfGovernmentAndGroup(t *testing.T) {
	pub := time.Date(2009, 6, 12, 0, 0, 0, 0, time.UTC)
	rec := recordAt(t, "Teams agree code\n\nMANILA, June 12 - The negotiating teams of the government and the Bangsa Highlands Front (BHF) on Friday agreed on a code of conduct for the ceasefire in the Philippines.\n", pub)
	if !hasPartyNamed(rec, "Philippines") || !hasPartyNamed(rec, "Bangsa Highlands Front") {
		t.Errorf("want the Philippines and the front the parties: %s", dump(rec))
	}
	rec = recordAt(t, "Delegations meet\n\nMANILA, June 12 - The government delegation and the Thai delegation on Friday discussed rice exports and tourism in the Philippines.\n", pub)
	if hasPartyNamed(rec, "Thailand") {
		t.Errorf("two governments' delegations are no sides: %s", dump(rec))
	}
}
