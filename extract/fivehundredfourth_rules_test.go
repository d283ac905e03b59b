package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-fourth round: a targeted batch
// (p3056-p3061) on armed groups, movements, parties, blocs and unions as
// the sides of a negotiation — a Korean agency on a tripartite labour
// commission, a wire on metalworkers' wage talks, a regional agency on
// Iraqi blocs meeting under a Kurdish leader's initiative, an Indian
// daily on tripartite hill talks, a Kenyan daily on an inter-party
// parliamentary group, a South African agency on public-service strike
// talks; each rule with sentences of its own.

// "the Freedom and Development Front": a movement named for two causes
// joined by "and" keeps its whole name, where the run broke at "and" and
// only the second half was read ("Development Front"), so that the side
// told by its full name elsewhere went unmatched (groupConjunct; p1290,
// p247, p344, p363, p1994, p2948). The negative cases: a state or a
// group's full name before "and" stays an actor of its own.
func TestMovementNamedForTwoCauses(t *testing.T) {
	for _, c := range []struct{ line, name string }{
		{"The government and the Freedom and Development Front held talks in Tripoli on Monday.", "Freedom and Development Front"},
		{"Officials accused the rebels of the Liberty and Equality Movement of shelling the town.", "Liberty and Equality Movement"},
	} {
		rec := corefRecord(t, "Rebels confer\nTRIPOLI, May 4 - "+c.line)
		if !fivehundredfourthActor(rec, c.name) {
			t.Errorf("%q: want the group %q: %s", c.line, c.name, dump(rec))
		}
	}
	line := "Kandoria and the Liberation Army and Justice Front held talks in Tripoli on Monday."
	rec := corefRecord(t, "Rebels confer\nTRIPOLI, May 4 - "+line)
	if fivehundredfourthActor(rec, "Army and Justice Front") || fivehundredfourthActor(rec, "Liberation Army and Justice Front") {
		t.Errorf("%q: two groups read as one: %s", line, dump(rec))
	}
}

// fivehundredfourthActor: an actor of the record is named name.
func fivehundredfourthActor(rec graph.Record, name string) bool {
	for _, a := range rec.Actors {
		if a.Name == name {
			return true
		}
	}
	return false
}
