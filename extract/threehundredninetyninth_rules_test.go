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
	lead := "Truce in Asuncion\nASUNCION, June 9 - A ceasefire in the Chaco war was agreed.\n"
	for _, s := range []string{
		"Bolivian President Marta Quispe and guerrilla commander Hugo Salas met face to face in Asuncion on Thursday for a first encounter since the war, in talks hosted by Uruguayan President Elena Ferro.",
		"Bolivian President Marta Quispe and guerrilla commander Hugo Salas signed a truce in Asuncion on Monday. Both leaders embraced before photographers in the state guest house after talks hosted by Uruguay's President Elena Ferro, who chairs the regional body.",
		"Bolivian President Marta Quispe and Hugo Salas, the chief of the Chaco People's Army (CPA), signed a settlement in Asuncion on Friday after three months of negotiations chaired by Uruguay's President Elena Ferro.",
	} {
		rec := corefRecord(t, lead+s)
		if !heldWith399(rec, "Marta Quispe", "Hugo Salas", "Elena Ferro") {
			t.Errorf("%q: want the host at the meeting: %s", s, dump(rec))
		}
	}
	s := "Bolivian President Marta Quispe met guerrilla commander Hugo Salas on Monday. Uruguayan President Elena Ferro telephoned Quispe after talks hosted by Chilean President Tomas Reyes."
	if rec := corefRecord(t, lead+s); heldWith399(rec, "Marta Quispe", "Tomas Reyes") {
		t.Errorf("%q: the host of other talks joined the meeting before: %s", s, dump(rec))
	}
}
