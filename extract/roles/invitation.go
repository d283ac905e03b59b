package roles

import (
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-fifty-fifth round: a third party that invites
// the two sides. "A and B met in C at the invitation of X", "the
// presidents of A and B ... after talks at the invitation of X": when the
// sentence names, before the phrase, actors of two or more sides and X
// is of none of them, X brought the sides together and brokers, weakly
// (Settle drops X where the text makes it a side). A state visit's host
// ("A arrived in C at the invitation of President X") or a side's own
// government ("at the invitation of the junta") invites one guest, and
// every other actor of the sentence is X's side or the guest's: no
// mediator.

// placePreps (the lexicon's section of that name) open a place rather
// than an actor of the meeting: "met in Brussels", "flew to Moscow".
var placePreps = lex("placePreps")

// invitingThird reads the phrase whose "invitation" is at k (after "at
// the", before "of").
func (d *Reader) invitingThird(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k < 2 || k+2 >= len(toks) || toks[k-2].Lower != "at" || toks[k-1].Lower != "the" || toks[k+1].Lower != "of" {
		return
	}
	xs := d.byAgents(si, k+2)
	if len(xs) == 0 {
		return
	}
	x := xs[0]
	xside := d.postSide(x)
	sides := map[int]bool{}
	for _, m := range d.Ments[si] {
		if m.I >= k-2 || m.Actor < 0 || m.Desc || m.Actor == x {
			continue
		}
		if m.I > 0 && placePreps[toks[m.I-1].Lower] {
			continue
		}
		kind := d.Cast.Actors[m.Actor].Kind
		if kind != graph.Person && kind != graph.State && kind != graph.Group {
			continue
		}
		s := d.postSide(m.Actor)
		if s < 0 {
			s = m.Actor
		}
		if s == x || s == xside {
			continue
		}
		sides[s] = true
	}
	if len(sides) < 2 {
		return
	}
	r.weakRoles = true
	d.mediator(r, x)
	r.weakRoles = false
}
