package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's sixtieth round: a state's mediators told by its demonym.

// demonymMediators: a plural mediator noun right after a state's demonym —
// "with Qatari mediators carrying proposals between delegations" (p394),
// "with Omani mediators taking part" (p54), "Egyptian and Qatari
// mediators" — names no person, so the state itself brokers: it sent the
// mediators. A singular noun is one person's post ("the Qatari mediator,
// X"), whose state the story credits in person only (demonymPost).
func (d *Reader) demonymMediators(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if !strings.HasSuffix(toks[k].Lower, "s") {
		return
	}
	var states []int
	e := k
	for {
		m := d.MentionEndingAt(si, e)
		if m == nil || m.Kind != mention.Demonym || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.State {
			break
		}
		states = append(states, m.Actor)
		e = m.I
		if e < 2 || toks[e-1].Lower != "and" && toks[e-1].Text != "," {
			break
		}
		e--
	}
	// Set off by a comma after a name ("X, the Malaysian facilitators")
	// the phrase describes what it follows, not a state's envoys.
	if e > 0 && toks[e-1].Lower == "the" {
		e--
	}
	if e > 0 && toks[e-1].Text == "," {
		return
	}
	for _, s := range states {
		r.addMediator(s)
	}
}
