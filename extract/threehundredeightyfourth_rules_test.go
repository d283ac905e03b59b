package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-eighty-fourth round: a stranger's batch
// (p2336-p2341: an old wire on a border meeting in Trinidad, a news
// agency on two premiers' talks in Hanoi, a phone-call readout, an old
// wire on a three-leader conference in Liberia, a second-language agency
// on a palace meeting, a wire on a prime minister's mediation in
// Khartoum); the rule with sentences of its own.

// roles384 is whether rec names a as mediator and b, c as parties.
func roles384(rec graph.Record, a, b, c string) (mediator, parties bool) {
	for _, n := range rec.Negotiations {
		if slices.Contains(n.Mediators, a) {
			mediator = true
		}
		if slices.Contains(n.Parties, b) && slices.Contains(n.Parties, c) {
			parties = true
		}
	}
	return mediator, parties
}

// One actor's separate meetings with two sides, told with a purpose of
// brokering ("in a bid to revive the talks"), are a go-between's shuttle
// (separatemeetings.go; p2341, p2189): the one who holds them mediates
// and the two are the sides. The negative case: separate meetings at a
// summit with no such purpose are side bilaterals.
func TestSeparateMeetingsWithPurposeBroker(t *testing.T) {
	lead := "Envoy sees both sides\nGENEVA, March 4 - A new push began this week.\n"
	for _, tail := range []string{"in a bid to revive the stalled talks", "in an effort to narrow the gaps"} {
		rec := corefRecord(t, lead+"Swiss envoy Hans Keller on Tuesday held separate meetings in Geneva with the delegations of Armenia and Azerbaijan, "+tail+".")
		m, p := roles384(rec, "Hans Keller", "Armenia", "Azerbaijan")
		if !m || !p {
			t.Errorf("%q: want Keller mediating between Armenia and Azerbaijan: %s", tail, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Before the summit, Swiss envoy Hans Keller held separate meetings with the delegations of Armenia and Azerbaijan.")
	if m, _ := roles384(rec, "Hans Keller", "Armenia", "Azerbaijan"); m {
		t.Errorf("side bilaterals broker nothing: %s", dump(rec))
	}
}
