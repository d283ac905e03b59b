package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-fifty-fifth round: a batch on telephone
// calls (p2762-p2767: a 2020 London broadsheet on two leaders' calls
// before a dinner in Brussels; a 2022 Turkish agency on a president's
// separate calls with two warring sides; a 2021 Indian agency on a
// minister's talks with one neighbour and a call with another; a 1994
// wire on a secretary of state's separate calls with three counterparts;
// a 2020 Gulf agency on a mediator's calls with two sides; a 2019 Spanish
// agency on a tariff deal sealed in a call); each rule with sentences of
// its own.

// fourhundredfiftyfifthActor: the record holds an actor of that name.
func fourhundredfiftyfifthActor(rec graph.Record, name string) bool {
	return slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == name })
}

// fourhundredfiftyfifthParty: some negotiation has the actor as a party.
func fourhundredfiftyfifthParty(rec graph.Record, name string) bool {
	return slices.ContainsFunc(rec.Negotiations, func(n graph.Negotiation) bool { return slices.Contains(n.Parties, name) })
}

// "its Harbourside First policy": a word before "First" and a noun of
// policy names the policy, not a group, and no side of talks
// (sloganFirst; p2764, p1048, p1127). The negative case: a party named
// "the Harbourside First party" is not a policy and stays an actor.
func TestSloganFirstIsNoActor(t *testing.T) {
	lead := "Ministers confer\nForeign Minister Jan Kowal met Foreign Minister Tomas Berg of Norland in Ostrava on Monday.\n"
	for _, line := range []string{
		"\"Our Harbourside First policy and Norland's own plans go hand in hand,\" Kowal said after the meeting.",
		"The talks reaffirmed the weight Ostrava gives to Norland under its Harbourside First policy.",
		"Berg welcomed the Harbourside First approach of his hosts.",
	} {
		rec := corefRecord(t, lead+line)
		if fourhundredfiftyfifthActor(rec, "Harbourside") || fourhundredfiftyfifthParty(rec, "Harbourside") {
			t.Errorf("%q: want no actor Harbourside: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Kowal later met leaders of the Harbourside First party, which backs the treaty.")
	if !slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == "Harbourside" || a.Name == "Harbourside First" }) {
		t.Errorf("want the Harbourside First party kept as an actor: %s", dump(rec))
	}
}
