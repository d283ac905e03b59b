package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-fifty-seventh round: a state's part told on
// its leader or envoy, "Norway's special envoy X, whose government has
// served as third-party facilitator since 2001" (p1128), "Foreign
// Minister X, whose government has carried messages between A and B"
// (p555), "President X, whose government hosted the negotiations as
// guarantor" (p973). The clause makes the person's state the broker; the
// person themself is only named.

// ownStateNouns after "whose" stand for the person's state.
var ownStateNouns = lex("ownStateNouns")

// whoseGovernmentBroker reads the "whose" at k: a person named right
// before its comma, a ownStateNouns noun after it, and in the clause that
// follows (to the next comma or the sentence's end) a mediator's verb, a
// mediator's noun or a shuttle verb with what a go-between carries. The
// person's state (their post's, or their affiliation) brokers; Settle
// adds it after the chairs, unless it is a side.
func (d *Reader) whoseGovernmentBroker(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if toks[k].Lower != "whose" || k < 2 || toks[k-1].Text != "," || k+2 >= len(toks) || !ownStateNouns[toks[k+1].Lower] {
		return
	}
	m := d.MentionEndingAt(si, k-1)
	if p := d.ofComplementPerson(si, m); p != nil {
		m = p
	}
	if m == nil || m.Actor < 0 || m.Kind != mention.Person {
		return
	}
	s := d.servedBody(m.Actor)
	if s < 0 || d.Cast.Actors[s].Kind != graph.State {
		return
	}
	for j := k + 2; j < len(toks) && toks[j].Text != "," && toks[j].Text != "."; j++ {
		w := compound(toks, j)
		if mediatorVerbs[w] || mediatorNouns[w] || shuttleVerbs[w] && shuttleObjectEnd(toks, j) > 0 {
			r.ownStates = append(r.ownStates, s)
			return
		}
	}
}
