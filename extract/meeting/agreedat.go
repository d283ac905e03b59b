package meeting

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Outcomes told for the meeting: news often reports a held meeting only
// by what it settled, "A and B agreed yesterday at P to ...": two people
// who came to an agreement at a named place were there together, as "A
// and B signed the accord in P" tells their encounter (jointSigning).
// "agreed" stays passive-only otherwise: "A agreed to the plan", "A and
// B agreed that talks should go on" say nothing of where they were, and
// may have agreed apart or by letter (issue 14's
// three-hundred-and-ninety-eighth round).

// maxAgreedLead is how many words of time ("yesterday", "late last
// night", "on Friday") may stand between "agreed" and the place's
// preposition.
const maxAgreedLead = 4

// agreedAt: the passive-only "agreed" at k has for subject two people
// joined by "and" in its clause, and is followed, past at most a few
// words of time and no comma, by "at" or "in" and a capitalised name
// (optionally after "the") that the clause reads as its place, then by
// an infinitive "to" within the same clause: "A and B agreed at P to
// settle ...". The encounter is theirs, at that place.
func (d *Reader) agreedAt(si, k int) bool {
	s := &d.Sents[si]
	toks := s.Toks
	if toks[k].Lower != "agreed" {
		return false
	}
	cs, ce := s.Clause(k)
	p := -1
	for e := k + 1; e < ce && e <= k+1+maxAgreedLead; e++ {
		t := toks[e]
		if t.Lower == "at" || t.Lower == "in" {
			p = e
			break
		}
		if !t.Word || t.Lower == "to" || t.Lower == "that" || t.Lower == "with" || t.Lower == "and" {
			return false
		}
	}
	if p < 0 || p+1 >= ce {
		return false
	}
	n := p + 1
	if toks[n].Lower == "the" && n+1 < ce {
		n++
	}
	if !toks[n].Cap || d.PlaceOf(si, k, cs, ce) == "" {
		return false
	}
	inf := false
	for e := n + 1; e+1 < ce; e++ {
		if toks[e].Lower == "to" && toks[e+1].Word && !toks[e+1].Cap {
			inf = true
			break
		}
	}
	if !inf {
		return false
	}
	var persons []*mention.Mention
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < cs || m.J > k || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		persons = append(persons, m)
	}
	return coordinatedPair(toks, persons)
}
