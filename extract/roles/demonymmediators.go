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
	demonym := false
	e := k
	for {
		m := d.MentionEndingAt(si, e)
		if m == nil || m.Kind != mention.Demonym && !oneWordState(m) || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.State {
			break
		}
		demonym = demonym || m.Kind == mention.Demonym
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
	if !demonym && len(states) < 2 {
		// "U.S. mediators" alone: a state's name reads so only as a
		// coordinate, beside a demonym or another such name.
		return
	}
	for _, s := range states {
		r.addMediator(s)
	}
}

// oneWordState: m is a state named in one word used as a modifier —
// an abbreviation ("U.S.", "UK") or a short form the gazetteer reads as
// the name ("Saudi") — which wire copy coordinates with demonyms or with
// another such word before a mediators' noun: "Saudi and U.S. mediators"
// (p1808), "U.S. and Rwandan mediators" (p3053; issue 14's
// five-hundred-and-third round). Read as a list, not as a pair of sides.
func oneWordState(m *mention.Mention) bool {
	return m.Kind == mention.State && m.J-m.I == 1
}
