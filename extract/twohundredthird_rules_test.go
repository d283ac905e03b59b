package extract

import (
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
	return hundredeightyfourthRecord(t, text)
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
	rec = twohundredthirdRecord(t, "Talks resume in Korvala\nKORVALA, March 3 - Tomas Arvid opened the session with a speech praising Ivo Kesk.")
	if metPair(rec, "Tomas Arvid", "Ivo Kesk") {
		t.Errorf("a session opened with a speech meets no one: %s", dump(rec))
	}
	rec = twohundredthirdRecord(t, "Talks resume in Korvala\nKORVALA, March 3 - Tomas Arvid opened the session of the commission with the reading of a letter from Ivo Kesk.")
	if metPair(rec, "Tomas Arvid", "Ivo Kesk") {
		t.Errorf("a body's session opened with a reading meets no one: %s", dump(rec))
	}
}
