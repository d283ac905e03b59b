package extract

import (
	"slices"
	"testing"
)

// Issue 14's three-hundred-and-fifty-ninth round: distributive meetings
// (p2186-p2191: a host who receives the sides one after the other, meets
// them separately or shuttles between them; he meets each, and the sides
// do not meet each other); each rule with sentences of its own.

// "X met the government team, led by A, in the morning, and saw the rebel
// negotiators headed by B in the afternoon": a see verb whose object is a
// team named by who leads it tells a second encounter, X with B; B is not
// joined to X's meeting with A (ledDelegationObject for see verbs,
// meeting/meetings.go; p2191). The negative case: "saw a rise" is no
// meeting, and "saw the plan drafted by B" names no team.
func TestSeeVerbLedTeamObject(t *testing.T) {
	got := pairsOf(t, "Envoy sees sides\nGENEVA, March 3 (Wire) - Envoy Rosa Quint met the government team, led by Interior Minister Tomas Vell, in the morning, and saw the rebel negotiators headed by Ana Pruzek in the afternoon.")
	for _, want := range []string{"Rosa Quint|Tomas Vell", "Ana Pruzek|Rosa Quint"} {
		if !slices.Contains(got, want) {
			t.Errorf("want pair %s, got %v", want, got)
		}
	}
	if slices.Contains(got, "Ana Pruzek|Tomas Vell") {
		t.Errorf("want no pair of the two teams' heads, got %v", got)
	}
	got = pairsOf(t, "Envoy sees sides\nGENEVA, March 3 (Wire) - Envoy Rosa Quint met Interior Minister Tomas Vell in the morning and saw the plan drafted by Ana Pruzek in the afternoon.")
	if slices.Contains(got, "Ana Pruzek|Rosa Quint") {
		t.Errorf("want no meeting with the plan's author, got %v", got)
	}
}
