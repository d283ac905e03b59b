package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-forty-fifth round: the sides of a pact given
// by whom each signatory signed for.

// signedForSides reads "A signed on behalf of the X", "B signed for Y"
// (one sentence or several): each signatory signs as a side, so the
// bodies (states, groups, a command or other body) signed for, across the
// article, are the sides of the pact, paired once two or more are told.
// One "on behalf of" may give several ("on behalf of the X and the Y").
// A single side signed for joins nothing, and a sign verb not followed
// at once by "for" or "on behalf of" ("signed as witness for B",
// "signed by A for B", read by signedByRoles) is no such evidence; a
// body the story already makes a mediator is not taken as a side.
func (d *Reader) signedForSides(si int, r *Roles) {
	toks := d.Sents[si].Toks
	for k, t := range toks {
		if !signVerbs[t.Lower] || k+2 >= len(toks) {
			continue
		}
		var sides []int
		switch {
		case toks[k+1].Lower == "for":
			if m := d.FirstActor(si, k+2, 2, true); m != nil {
				sides = []int{m.Actor}
				sides = append(sides, d.elidedSignedFor(si, m.J)...)
			}
		case k+3 < len(toks) && toks[k+1].Lower == "on" && toks[k+2].Lower == "behalf" && toks[k+3].Lower == "of":
			sides = d.actorList(si, k+4)
		}
		for _, x := range sides {
			if x < 0 || d.Cast.Actors[x].Kind == graph.Person || r.seenMed[[2]int{x, 0}] || r.seenMed[[2]int{x, 1}] {
				continue
			}
			seen := false
			for _, y := range r.signedFor {
				seen = seen || y == x
			}
			if seen {
				continue
			}
			for _, y := range r.signedFor {
				d.pairRole(r, y, x, d.topicAt(&d.Sents[si], k))
			}
			r.signedFor = append(r.signedFor, x)
		}
	}
}

// elidedSignedFor reads the signatories after the first, their verb
// elided: "A signed for X, and B for Y" — a "for" later in the sentence,
// after an "and", right after a person's name, names the side that
// person signed for.
func (d *Reader) elidedSignedFor(si, from int) []int {
	toks := d.Sents[si].Toks
	var out []int
	and := false
	for e := from; e+1 < len(toks); e++ {
		switch {
		case toks[e].Lower == "and":
			and = true
		case toks[e].Text == ";" || toks[e].Text == "." && !toks[e].Glued:
			return out
		case toks[e].Lower == "for" && and:
			if p := d.MentionEndingAt(si, e); p != nil && p.Kind == mention.Person {
				if m := d.FirstActor(si, e+1, 2, true); m != nil {
					out = append(out, m.Actor)
				}
			}
			and = false
		}
	}
	return out
}
