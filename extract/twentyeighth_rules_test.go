package extract

import (
	"testing"
)

// Issue 14's twenty-eighth round: talks between two or three states, the
// constructions the twenty-eighth probe batch (p200-p205) showed, each
// with sentences of its own.

// "X, <apposition>, led the A side, while Y headed the B delegation"
// (p200), "the minister, X, led the A side" (p202): the heads of the
// delegations told after a meeting between their states are its
// participants, past an apposition set off by commas. A plural subject
// with its members apposed ("Five commanders, among them X and Y, led",
// p181) lists no leaders.
func TestDelegationHeadsPastApposition(t *testing.T) {
	lead := "Border talks\nDelegations of Chile and Peru met in Quito on Monday for talks on the river border. "
	wantHeldOn(t, corefPub, lead+"Ana Soto, a former ambassador to Spain, led the Chilean side, while Luis Vera, deputy speaker of Peru's congress, headed the Peruvian delegation.",
		"Ana Soto", "Luis Vera", "2025-05-05")
	wantHeldOn(t, corefPub, lead+"Chile's trade minister, Ana Soto, led the Chilean side, and Peru's minister of trade and industry, Luis Vera, headed the Peruvian delegation.",
		"Ana Soto", "Luis Vera", "2025-05-05")
	// The states give way to the people who stand for them.
	for _, m := range heldAt(t, lead+"Ana Soto, a former ambassador to Spain, led the Chilean side, while Luis Vera, deputy speaker of Peru's congress, headed the Peruvian delegation.", corefPub) {
		for _, p := range m.Participants {
			if p == "Chile" || p == "Peru" {
				t.Errorf("state %s kept beside its delegation head: %v", p, m.Participants)
			}
		}
	}
	// Minimal pair: a plural subject whose members are apposed.
	noneHeld(t, corefPub, "Border talks\nPresident Ana Soto met Luis Vera in Quito on Monday. Five rebel commanders, among them Rosa Quint and Tomas Ruiz, led the rebel team.",
		"Ana Soto", "Rosa Quint")
}

// "X and Title of B Y led their respective delegations" (p205): the
// coordinated heads both join the talks told before. A later meeting
// dated apart ("The two ministers last met in March", p202) is another
// occasion, not the one the heads were named for.
func TestRespectiveDelegationHeads(t *testing.T) {
	wantHeldOn(t, corefPub, "Border talks\nThe round of talks between Chile and Peru was held in Quito on Monday. Ana Soto and Foreign Minister of Peru Luis Vera led their respective delegations.",
		"Ana Soto", "Luis Vera", "2025-05-05")
	wantHeldOn(t, corefPub, "Border talks\nA joint commission meeting between Chile and Peru ended in Quito on Monday. Chile's trade minister, Ana Soto, led the Chilean side, and Peru's trade minister, Luis Vera, headed the Peruvian delegation. The two ministers last met in Lima in March.",
		"Ana Soto", "Luis Vera", "2025-05-05")
}
