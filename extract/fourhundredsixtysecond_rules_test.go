package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-sixty-second round: an untargeted batch
// (p2804-p2809: a 2010s Jordanian daily on exploratory talks hosted in
// Amman, a 2000s Egyptian agency on Palestinian factions' talks in Cairo,
// a 1980s Israeli broadsheet on two foreign ministers' meeting in New
// York, a 2010s Palestinian agency on a first round of negotiations, a
// 1980s Egyptian daily on an autonomy round, a 2000s Israeli daily on a
// leaders' meeting in Jericho); each rule with sentences of its own.

// fourhundredsixtysecondMediates: whether name brokers some negotiation
// of the record.
func fourhundredsixtysecondMediates(rec graph.Record, name string) bool {
	for _, n := range rec.Negotiations {
		if slices.Contains(n.Mediators, name) {
			return true
		}
	}
	return false
}

// "X, who spent the day moving between the teams", "X will move
// between the delegations": going between the sides is brokering, as
// "shuttled between" is (shuttleMoves; p2808, p1422, p1478, p463). The
// negative case: goods moving between two provinces broker nothing.
func TestMovingBetweenTheSidesBrokers(t *testing.T) {
	lead := "Talks resume\nDelegations of Norland and Sudmark met in Geneva on Monday for talks on their border dispute.\n"
	for _, line := range []string{
		"Envoy Piet Halvorsen, who spent Tuesday moving between the rival teams, told reporters the gap was closing.",
		"Piet Halvorsen said he will move between the two sides again on Friday.",
	} {
		rec := corefRecord(t, lead+line)
		if !fourhundredsixtysecondMediates(rec, "Piet Halvorsen") {
			t.Errorf("%q: want Halvorsen brokering: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Trader Piet Halvorsen said goods moving between the two provinces still travel by road.")
	if fourhundredsixtysecondMediates(rec, "Piet Halvorsen") {
		t.Errorf("goods moving between provinces made a broker: %s", dump(rec))
	}
}
