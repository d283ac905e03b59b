package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-ninety-ninth round: a stranger's batch
// (p2426-p2431: an old broadsheet on a chancellor's guest in Vienna, a
// wire on a ceasefire signed in a West African capital, an agency on
// indirect talks through a mediator, an agency on two presidents at a war
// memorial, a press association on a peace pact signed under a host, a
// Gulf daily on a desert meeting of foreign ministers); each rule with
// sentences of its own.

// heldWith399: rec holds a held meeting with all of names.
func heldWith399(rec graph.Record, names ...string) bool {
	for _, m := range rec.Meetings {
		if m.Status != graph.Held {
			continue
		}
		all := true
		for _, n := range names {
			all = all && slices.Contains(m.Participants, n)
		}
		if all {
			return true
		}
	}
	return false
}

// The host or chair of talks told in an adjunct, "in talks hosted by X",
// "after talks chaired by X", sat at the meeting its sentence tells, or
// at the one told before when the sentence tells only a gesture
// (hostedTalksAgent; p2357, p194, p2427). A call in the sentence keeps
// the host off an earlier meeting, and a body named first after "by"
// puts no one there.
func TestHostedTalksAdjunct(t *testing.T) {
	lead := "Talks in Quito\nQUITO, May 4 - A new round of peace talks opened.\n"
	for _, s := range []string{
		"Peruvian President Carlos Mendoza and rebel leader Jorge Ruiz met face to face in the Ecuadorean capital on Wednesday for the first time in nearly two years, in talks hosted by Chilean President Ana Torres.",
		"Peruvian President Carlos Mendoza and rebel leader Jorge Ruiz signed a ceasefire in Quito on Tuesday. The two men shook hands in front of cameras at the presidential palace after talks hosted by Chile's President Ana Torres, the current chairman of the regional bloc.",
		"Peruvian President Carlos Mendoza and Jorge Ruiz, the leader of the Andean Liberation Front (ALF), signed a peace accord in the Ecuadorean capital on Wednesday after six weeks of talks chaired by Chile's President Ana Torres.",
	} {
		rec := hundredeightyfourthRecord(t, lead+s)
		if !heldWith399(rec, "Carlos Mendoza", "Jorge Ruiz", "Ana Torres") {
			t.Errorf("%q: want the host at the meeting: %s", s, dump(rec))
		}
	}
	s := "Peruvian President Carlos Mendoza met rebel leader Jorge Ruiz on Monday. Chilean President Ana Torres phoned Mendoza after talks hosted by Bolivian President Luis Vega."
	if rec := hundredeightyfourthRecord(t, lead+s); heldWith399(rec, "Carlos Mendoza", "Luis Vega") {
		t.Errorf("%q: the host of other talks joined the meeting before: %s", s, dump(rec))
	}
}
