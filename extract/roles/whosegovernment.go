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
	if toks[k].Lower != "whose" || k < 2 || toks[k-1].Text != "," || k+2 >= len(toks) {
		return
	}
	plural := ownStatesNouns[toks[k+1].Lower]
	if !plural && !ownStateNouns[toks[k+1].Lower] {
		return
	}
	m := d.whosePerson(si, k-1)
	if m == nil {
		return
	}
	people := []*mention.Mention{m}
	if plural {
		// "X and Y, whose countries": the plural stands for the state of
		// each person of the pair (the five-hundred-and-twenty-sixth
		// round; p3189, p1791).
		if x := d.pairedPersonBefore(si, m); x != nil {
			people = append(people, x)
		}
	}
	var states []int
	for _, p := range people {
		if s := d.servedBody(p.Actor); s >= 0 && d.Cast.Actors[s].Kind == graph.State {
			states = append(states, s)
		}
	}
	if len(states) == 0 {
		return
	}
	for j := k + 2; j < len(toks) && toks[j].Text != "," && toks[j].Text != "."; j++ {
		w := compound(toks, j)
		if mediatorVerbs[w] || mediatorNouns[w] || shuttleVerbs[w] && shuttleObjectEnd(toks, j) > 0 {
			r.ownStates = append(r.ownStates, states...)
			return
		}
	}
}

// ownStatesNouns after "X and Y, whose" stand for the states of both:
// "whose countries are guarantors of the settlement".
var ownStatesNouns = lex("ownStatesNouns")

// whosePerson is the person named by the mention ending before e, or by its
// "of" complement ("the president of A, X"); nil when none.
func (d *Reader) whosePerson(si, e int) *mention.Mention {
	m := d.MentionEndingAt(si, e)
	if p := d.ofComplementPerson(si, m); p != nil {
		m = p
	}
	if m == nil || m.Actor < 0 || m.Kind != mention.Person {
		return nil
	}
	return m
}

// pairedPersonBefore is X of "X and [demonym] [title] Y" for the person
// mention m of Y: the "and" right before Y's phrase, past at most a state
// or demonym mention ("and Russian Foreign Minister Y"); nil when none.
func (d *Reader) pairedPersonBefore(si int, m *mention.Mention) *mention.Mention {
	toks := d.Sents[si].Toks
	j := m.PhraseStart() - 1
	for _, o := range d.Ments[si] {
		if o.J == j+1 && o.Kind != mention.Person {
			j = o.I - 1
			break
		}
	}
	if j < 1 || toks[j].Lower != "and" {
		return nil
	}
	return d.whosePerson(si, j)
}
