package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-eighty-third round: persons in apposition
// to a plural post over a list of states (p2330-p2335: a wire's treaty
// signed by two foreign ministers at the Vatican, a combined Soviet and
// American report of a conference between two leaders, a Spanish
// agency's summit handshake between two presidents, an Indonesian
// agency's meeting of two foreign ministers, a wire's name deal signed by
// two ministers before two premiers, a French agency's peace accord
// between two leaders); each rule with sentences of its own.

// "the foreign ministers of the two countries, X and Y", "the two
// countries' foreign ministers, X and Y" and "their foreign ministers, X
// and Y": the two states are the pair named before, and X holds the post
// in the first, Y in the second (anaphoricRespectivePosts,
// actors/anaphoricpair.go; p2333, p2334, p2335, p1608). The negative
// case: with no pair of states named before, nobody gets a side.
func TestPostsOverAnaphoricPairOfStates(t *testing.T) {
	for _, tail := range []string{
		"The foreign ministers of the two countries, Ola Hansen and Per Lind, met in Geneva on Monday.",
		"The two countries' foreign ministers, Ola Hansen and Per Lind, met in Geneva on Monday.",
		"Their foreign ministers, Ola Hansen and Per Lind, met in Geneva on Monday.",
	} {
		text := "Talks\nNorway and Sweden agreed to settle the fishing dispute. " + tail
		rec := run(t, text, "2001-05-07")
		for name, state := range map[string]string{"Ola Hansen": "Norway", "Per Lind": "Sweden"} {
			a := mustActor(t, rec, name, graph.Person)
			if !hasPost(a, "foreign minister", state) {
				t.Errorf("%q: %s positions %v, want foreign minister of %s", text, name, a.Positions, state)
			}
		}
	}
	neg := "Talks\nThe fishing dispute dragged on. The foreign ministers of the two countries, Ola Hansen and Per Lind, met in Geneva on Monday."
	rec := run(t, neg, "2001-05-07")
	for _, name := range []string{"Ola Hansen", "Per Lind"} {
		if a := mustActor(t, rec, name, graph.Person); len(a.Positions) > 0 && a.Positions[0].Organization != "" {
			t.Errorf("%q: %s positions %v, want no state", neg, name, a.Positions)
		}
	}
}

// hasPost: the actor holds title in org.
func hasPost(a *graph.Actor, title, org string) bool {
	for _, p := range a.Positions {
		if p.Title == title && p.Organization == org {
			return true
		}
	}
	return false
}
