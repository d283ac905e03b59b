package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-eighth round: sides of a negotiation
// misread when a group is named with its leader as possessor
// (p2480-p2485); each rule with sentences of its own.

// A group named with the man who leads it as possessor ("X Y's Northern
// Liberation Front", "Mr Z's Green Democratic Movement (GDM)") is the
// group, without its possessor, and the possessor a person; a body named
// for a common noun ("the Delta People's Liberation Front") or for a
// person but no group ("the King Arnulf's Institute") keeps its "'s"
// (mention/namedpossessor.go; p2480, p2481, p2484, p1377, p2175, p2427,
// p2406, p1119, p2217).
func TestGroupWithoutItsPossessor(t *testing.T) {
	rec := corefRecord(t, "Talks open\n\nVALMORE, May 3 (Wire) - Chad's government and Tomas Brevik's Northern Liberation Front began peace talks in Kigali on Tuesday.\nNegotiators from Mr Ivo Kast's Green Democratic Movement (GDM) also attended, with envoys of the Delta People's Liberation Front.\nThe ministers later visited the King Arnulf's Institute.")
	for _, n := range []string{"Tomas Brevik's Northern Liberation Front", "Mr Ivo Kast's Green Democratic Movement", "Ivo Kast's Green Democratic Movement"} {
		if actorNamed(rec, n) != nil {
			t.Errorf("want no actor %q: %s", n, dump(rec))
		}
	}
	for _, n := range []string{"Northern Liberation Front", "Green Democratic Movement"} {
		if a := actorNamed(rec, n); a == nil || a.Kind != "group" {
			t.Errorf("want the group %q: %s", n, dump(rec))
		}
	}
	for _, n := range []string{"Tomas Brevik", "Ivo Kast"} {
		if a := actorNamed(rec, n); a != nil && a.Kind != "person" {
			t.Errorf("want %q no body: %s", n, dump(rec))
		}
	}
	if actorNamed(rec, "Delta People's Liberation Front") == nil {
		t.Errorf("want the front named for its people whole: %s", dump(rec))
	}
	noPersonNamed(t, rec, "Arnulf")
}

// The side of talks named "X's government and Y Z's Front" is the front,
// not its leader (actors/leaderpossessor.go; p2480, p2484).
func TestLeaderPossessorIsNoSide(t *testing.T) {
	rec := corefRecord(t, "Talks open\n\nVALMORE, May 3 (Wire) - Chad's government and Tomas Brevik's Northern Liberation Front began peace talks in Kigali on Tuesday.\nThe two sides agreed to meet again.")
	found := false
	for _, n := range rec.Negotiations {
		if slices.Contains(n.Parties, "Northern Liberation Front") {
			found = true
		}
		if slices.Contains(n.Parties, "Tomas Brevik") {
			t.Errorf("want no leader as a side: %s", dump(rec))
		}
	}
	if !found {
		t.Errorf("want the front a side: %s", dump(rec))
	}
}
