package extract

import (
	"slices"
	"testing"
)

// Issue 14's seventy-seventh round: the sides of mediated talks, told
// first as a plural description of movements and named later as one
// joint team, with sentences of its own.

// "Representatives of A's government and of the rebel movements ... The
// rebels sent a joint delegation from B and C": the movements named in
// the joint team are the sides across from the state (p142, p497). A
// joint team with no plural of movements told before, and a group only
// said to fight elsewhere, are no sides.
func TestJointTeamAfterPluralMovements(t *testing.T) {
	text := "Representatives of Chile's government and of the southern rebel movements met in Lima on Monday, with Norwegian envoy Anna Keller chairing. " +
		"The rebels sent a joint delegation from the Southern Front and the Andean Liberation Army, headed by Tomas Ruiz."
	parties, _ := rolesIn(t, text)
	for _, want := range []string{"Chile", "Southern Front", "Andean Liberation Army"} {
		if !slices.Contains(parties, want) {
			t.Errorf("%q: parties %v, want %s", text, parties, want)
		}
	}
	// "two coalitions of armed movements" is the same plural.
	text = "The government of Chile and two coalitions of armed movements opened talks in Lima on Monday, mediated by Norway. " +
		"A joint team from the Southern Front and the faction of the Andean Liberation Army led by Tomas Ruiz sat across the table."
	parties, _ = rolesIn(t, text)
	for _, want := range []string{"Chile", "Southern Front", "Andean Liberation Army"} {
		if !slices.Contains(parties, want) {
			t.Errorf("%q: parties %v, want %s", text, parties, want)
		}
	}
	// Negative: no plural of movements told against a government.
	neg := "Chile and Peru held talks in Lima on Monday, mediated by Norway. " +
		"A joint team from the Southern Front and the Andean Liberation Army watched the session."
	parties, _ = rolesIn(t, neg)
	for _, bad := range []string{"Southern Front", "Andean Liberation Army"} {
		if slices.Contains(parties, bad) {
			t.Errorf("%q: parties %v, %s is no side", neg, parties, bad)
		}
	}
	// Negative: a group only said to fight elsewhere.
	neg = "Representatives of Chile's government and of the southern rebel movements met in Lima on Monday, mediated by Norway. " +
		"The joint delegation was headed by Tomas Ruiz. The Andean Liberation Army, which fights in the north, stayed away."
	parties, _ = rolesIn(t, neg)
	if slices.Contains(parties, "Andean Liberation Army") {
		t.Errorf("%q: parties %v, a group fighting elsewhere is no side", neg, parties)
	}
}

// "a deal between President X's P and the Q": a person's possessive
// before a group names the party the person leads, and the party, not
// the leader, is the side (p178, p495), where the party is named again
// in the story. A possessed word that names no group ("X's aides") gives
// the party no side.
func TestLeaderPossessiveParty(t *testing.T) {
	text := "Norwegian envoy Anna Keller flew to Lima on Monday to rescue a power-sharing deal between President Tomas Ruiz's FRENAP and the Civic Alliance Movement, a month after the sides signed it. " +
		"Pedro Lanza, FRENAP's chief negotiator, said the ruling party had given up enough."
	parties, _ := rolesIn(t, text)
	for _, want := range []string{"FRENAP", "Civic Alliance Movement"} {
		if !slices.Contains(parties, want) {
			t.Errorf("%q: parties %v, want %s", text, parties, want)
		}
	}
	if slices.Contains(parties, "Tomas Ruiz") {
		t.Errorf("%q: parties %v, the leader is no side", text, parties)
	}
	neg := "Norwegian envoy Anna Keller flew to Lima on Monday to settle a quarrel between President Tomas Ruiz's aides and the Civic Alliance Movement. " +
		"Pedro Lanza, FRENAP's chief negotiator, said the ruling party had given up enough."
	parties, _ = rolesIn(t, neg)
	if slices.Contains(parties, "FRENAP") {
		t.Errorf("%q: parties %v, the aides' leader's party is no side", neg, parties)
	}
}
