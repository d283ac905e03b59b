package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-third round: conferences and sessions
// (p1250-p1255: a peace conference opened by its chairman with the heads
// of three delegations, talks at a round table, a UN envoy opening a
// plenary, a foreign minister opening negotiations in the presence of
// the heads of two delegations, a facilitator opening a dialogue's
// plenary, a conference under two co-chairmen); each rule with sentences
// of its own.

// twohundredthirdRecord extracts text published on corefPub.
func twohundredthirdRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	return corefRecord(t, text)
}

// "X opened the session with the heads of the two delegations, A and B":
// who opens a sitting and whom he opens it with sit at it
// (openedSittingWith, meeting openedsitting.go; p1250, p1253, p1254).
// The negative cases: a session opened "with a speech", and talks opened
// with no one named after them.
func TestOpenedSittingWithDelegationHeads(t *testing.T) {
	rec := twohundredthirdRecord(t, "Talks resume in Korvala\nKORVALA, March 3 - The mediator, Tomas Arvid, opened the session with the heads of the two delegations, Interior Minister Pel Dorran for the government and Ivo Kesk for the rebels.")
	for _, p := range [][2]string{{"Tomas Arvid", "Pel Dorran"}, {"Tomas Arvid", "Ivo Kesk"}, {"Pel Dorran", "Ivo Kesk"}} {
		if !metPair(rec, p[0], p[1]) {
			t.Errorf("want %s with %s: %s", p[0], p[1], dump(rec))
		}
	}
	rec = twohundredthirdRecord(t, "Talks resume in Korvala\nKORVALA, March 3 - Foreign Minister Lena Orvik opened the first plenary in the presence of Pel Dorran and Ivo Kesk.")
	if !metPair(rec, "Lena Orvik", "Ivo Kesk") || !metPair(rec, "Pel Dorran", "Ivo Kesk") {
		t.Errorf("want the plenary's people met: %s", dump(rec))
	}
	rec = twohundredthirdRecord(t, "Talks resume in Korvala\nKORVALA, March 3 - The envoy, Tomas Arvid, opened the first plenary session with the heads of the two delegations, Pel Dorran and Ivo Kesk.")
	if !metPair(rec, "Tomas Arvid", "Ivo Kesk") || !metPair(rec, "Pel Dorran", "Ivo Kesk") {
		t.Errorf("want the plenary session's people met: %s", dump(rec))
	}
	rec = twohundredthirdRecord(t, "Talks resume in Korvala\nKORVALA, March 3 - Tomas Arvid opened the session with a speech praising Ivo Kesk.")
	if metPair(rec, "Tomas Arvid", "Ivo Kesk") {
		t.Errorf("a session opened with a speech meets no one: %s", dump(rec))
	}
	rec = twohundredthirdRecord(t, "Talks resume in Korvala\nKORVALA, March 3 - Tomas Arvid opened the session of the commission with the reading of a letter from Ivo Kesk.")
	if metPair(rec, "Tomas Arvid", "Ivo Kesk") {
		t.Errorf("a body's session opened with a reading meets no one: %s", dump(rec))
	}
}

// hasPartyNamed: some negotiation lists name among its parties.
func hasPartyNamed(rec graph.Record, name string) bool {
	for _, n := range rec.Negotiations {
		if slices.Contains(n.Parties, name) {
			return true
		}
	}
	return false
}

// "the heads of the two delegations, A for X and B for Y", "the heads of
// the three delegations were A of X, B of Y and C of Z": each side a head
// sits for is a party (delegationHeadsSides, roles delegationheads.go;
// p1250, p1251). The negative case: states named as observers, with no
// head before them, are no parties.
func TestDelegationHeadsSides(t *testing.T) {
	rec := twohundredthirdRecord(t, "Talks open in Korvala\nKORVALA, March 3 - The heads of the three delegations were Ambassador Pel Dorran for Chile, Ivo Kesk for Peru and Lena Orvik for Bolivia.")
	for _, s := range []string{"Chile", "Peru", "Bolivia"} {
		if !hasPartyNamed(rec, s) {
			t.Errorf("want %s a party: %s", s, dump(rec))
		}
	}
	rec = twohundredthirdRecord(t, "Talks open in Korvala\nKORVALA, March 3 - Tomas Arvid opened the session with the heads of the two delegations, Foreign Minister Pel Dorran of Chile and Foreign Minister Ivo Kesk of Peru, while observers from Ecuador and Paraguay looked on.")
	if !hasPartyNamed(rec, "Chile") || !hasPartyNamed(rec, "Peru") {
		t.Errorf("want Chile and Peru parties: %s", dump(rec))
	}
	if hasPartyNamed(rec, "Ecuador") || hasPartyNamed(rec, "Paraguay") {
		t.Errorf("observers are no parties: %s", dump(rec))
	}
}
