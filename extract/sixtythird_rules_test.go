package extract

import (
	"slices"
	"testing"
)

// Issue 14's sixty-third round: meetings told by their states while the
// text names the people who sat for them — the people's own meeting told
// again in a quote's attribution, a side's head named in a roster whose
// people already met, and two coordinated teams each set off with its
// head — in sentences of this file's own.

// A state-only report of talks and the people's meeting of the same day
// and place are one encounter: the people replace the states (p412, p314).
func TestStatesFoldIntoTheirPeople(t *testing.T) {
	got := heldPairs(t, "Peru and Ecuador held talks in Quito on Tuesday on the river border. \"We will meet again soon,\" Peruvian Foreign Minister Ana Soto said after meeting Ecuador's foreign minister, Luis Vera, at the palace on Tuesday.")
	if !pairHeld(got, "Ana Soto", "Luis Vera") || slices.ContainsFunc(got, func(p []string) bool { return slices.Contains(p, "Peru") || slices.Contains(p, "Ecuador") }) {
		t.Errorf("held %v, want only Soto and Vera", got)
	}
	// A person's meeting elsewhere with someone of a third state is
	// another encounter: the states' talks stay.
	got = heldPairs(t, "Peru and Ecuador held talks in Quito on Tuesday on the river border. Peruvian Foreign Minister Ana Soto met Brazil's ambassador, Luis Vera, in Lima on Tuesday.")
	if !pairHeld(got, "Ecuador", "Peru") {
		t.Errorf("held %v, want Peru and Ecuador kept", got)
	}
}

// "B's side was headed by Y. The two ministers met ...": the roster's
// people already meet in the next sentence, yet the roster still tells
// their side (p314, p268).
func TestRosterNamesTheSideOfPeopleWhoMet(t *testing.T) {
	got := heldPairs(t, "Peru and Ecuador closed a round of border talks in Quito on Thursday. Peru's Foreign Minister Ana Soto led her country's team, while Ecuador's side was headed by Foreign Minister Luis Vera. The two ministers met for two hours on Thursday morning.")
	if !pairHeld(got, "Ana Soto", "Luis Vera") || slices.ContainsFunc(got, func(p []string) bool { return slices.Contains(p, "Ecuador") }) {
		t.Errorf("held %v, want Soto and Vera without the states", got)
	}
}

// "A's delegation, led by X, and the B team, under Y": the second team's
// head is on B's side, a capital naming it (p413; p342 has the shape).
func TestCoordinatedTeamsWithTheirHeads(t *testing.T) {
	got := heldPairs(t, "Chile and Peru's negotiators met on Tuesday in Arica. Santiago's delegation, led by Ana Soto, and the Lima team, under Luis Vera, sat for six hours.")
	if !pairHeld(got, "Ana Soto", "Luis Vera") {
		t.Errorf("held %v, want Soto and Vera", got)
	}
	// A comma list of people is no second team.
	got = heldPairs(t, "Chile and Peru's negotiators met on Tuesday in Arica. Santiago's delegation, led by Ana Soto, and Luis Vera, an adviser, sat for six hours.")
	if slices.ContainsFunc(got, func(p []string) bool {
		return slices.Contains(p, "Luis Vera") && !slices.Contains(p, "Peru") && len(p) == 2
	}) {
		t.Errorf("held %v, Vera put on a side of his own", got)
	}
}
