package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-eighty-sixth round: brokers told by a
// counted description that opens the sentence after the one naming them,
// "A and B held talks with C. The two heads of state, who arrived on
// Friday as mediators of the bloc, ...", "The conference was convened by
// A and B. The two powers acted as go-betweens"
// (p1748, p1250). No name stands before "as", so the clause's subject
// was read as no one.

// countedStateNouns and countedBodyNouns describe states and bodies in
// the plural after a count ("the two powers", "the three
// organisations"); personGroupNouns describe people ("the two heads of
// state").
var (
	countedStateNouns = lex("countedStateNouns")
	countedBodyNouns  = lex("countedBodyNouns")
)

// countedMediators reads the "as" at token a of a sentence that opens
// "The two N" or "The three N" with no actor named between the noun and
// "as" but a demonym: the brokers are the first two (three) actors of N's kind in the
// sentence before — people for personGroupNouns, states for
// countedStateNouns, organizations for countedBodyNouns. It reports
// whether it found them; a sentence before with fewer of the kind gives
// no one.
func (d *Reader) countedMediators(si, a int, r *Roles) bool {
	toks := d.Sents[si].Toks
	if si == 0 || a < 4 || toks[0].Lower != "the" {
		return false
	}
	n := mention.CountWords[toks[1].Lower]
	if n < 2 || toks[1].Lower == "both" {
		return false
	}
	noun := toks[2].Lower
	var kind graph.Kind
	switch {
	case personGroupNouns[noun]:
		kind = graph.Person
	case countedStateNouns[noun]:
		kind = graph.State
	case countedBodyNouns[noun]:
		kind = graph.Organization
	default:
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I > 2 && m.I < a && m.Actor >= 0 && m.Kind != mention.Demonym {
			// "The two presidents asked X to act as mediator"; a demonym
			// only modifies a noun ("arrived in the Ruritanian capital as
			// mediators").
			return false
		}
	}
	var out []int
	for _, m := range d.Ments[si-1] {
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != kind || slices.Contains(out, m.Actor) {
			continue
		}
		out = append(out, m.Actor)
		if len(out) == n {
			break
		}
	}
	if len(out) < n {
		return false
	}
	for _, m := range out {
		d.mediator(r, m)
	}
	return true
}
