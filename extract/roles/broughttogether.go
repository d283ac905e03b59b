package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-fifty-seventh round: a broker's task told as
// bringing the sides together, "the envoy's role is to bring together the
// ruling Unity Party and the opposition Labour Front", "Norway
// brought the government and the front together", names the two sides of
// a negotiation. A summit or a conference also "brings together" its
// guests, so the two are a pair only where the story keeps a broker
// (brokered, Settle), and only two collectives joined by "and" are read.

// bringVerbs are the forms of "bring" before or around "together".
var bringVerbs = lex("bringVerbs")

// broughtTogether reads the sides around the verb at k: "bring together
// A and B" (the two named after "together") or "brought A and B
// together" (the two named between the verb and "together").
func (d *Reader) broughtTogether(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if !bringVerbs[toks[k].Lower] || k+1 >= len(toks) {
		return
	}
	from, to := k+2, len(toks)
	if toks[k+1].Lower != "together" {
		to = k + 1
		for to < len(toks) && to-k <= 14 && toks[to].Lower != "together" {
			to++
		}
		if to >= len(toks) || toks[to].Lower != "together" {
			return
		}
		from = k + 1
	}
	sides := d.twoJoinedSides(si, from, to)
	if sides == nil {
		return
	}
	prev := r.weakRoles
	r.weakRoles, r.brokered = true, true
	d.pairRole(r, sides[0], sides[1], d.topicAt(&d.Sents[si], k))
	r.weakRoles, r.brokered = prev, false
}

// twoJoinedSides: the first two mentions from token from (before to) are
// collectives (states, groups, bodies) joined by "and", with only lower-
// case words, a possessive or a name of a person ("Rada's ruling
// Unity Party") before each and no comma or full stop on the way;
// nil otherwise.
func (d *Reader) twoJoinedSides(si, from, to int) []int {
	toks := d.Sents[si].Toks
	var out []int
	and := false
	i := from
	for _, m := range d.Ments[si] {
		if m.I < from || m.I >= to || len(out) == 2 {
			continue
		}
		for ; i < m.I; i++ {
			switch {
			case toks[i].Lower == "and":
				and = true
			case toks[i].Text == "," || toks[i].Text == "." || toks[i].Text == ";":
				return nil
			}
		}
		i = m.J
		if m.Kind == mention.Person {
			continue // "Rada's" before the party's name
		}
		if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind == graph.Person {
			return nil
		}
		if len(out) == 1 && !and {
			return nil
		}
		out = append(out, m.Actor)
		and = false
	}
	if len(out) != 2 || out[0] == out[1] {
		return nil
	}
	return out
}
