package coref

import (
	"slices"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// DemonymPost reads a singular definite description of a person by
// nationality and post in [cs, ce) with no name set after it: "the Greek
// minister met X", "the Ecuadorean foreign minister had met Y". Wire copy
// names a minister once and then, to vary the subject, calls him by his
// state's adjective and his post; the description stands for the person
// of that state the story names last before it, within five sentences
// (as "his Chilean counterpart" does, Counterpart), else the one person
// of the story holding that post in that state. "the" must open the
// description right before the demonym, so "Greek Foreign Minister X"
// (a title before a name) and "the two Greek ministers" (plural) are no
// such reading (the three-hundred-and-seventy-fifth round, p2283, p2286).
// -1 when [cs, ce) holds no such description or no person fits.
func (d *Resolver) DemonymPost(si, cs, ce int) int {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.I < cs || m.J >= ce || m.I == 0 || m.J != m.I+1 || m.Kind != mention.Demonym || m.Actor < 0 {
			continue
		}
		if toks[m.I-1].Lower != "the" || d.Cast.Actors[m.Actor].Kind != graph.State || d.Sents[si].Quoted[m.I] {
			continue
		}
		// Lower-case post words, up to three, ending in a title head:
		// "minister", "foreign minister", "special envoy".
		head := -1
		for j := m.J; j < ce && j < m.J+3 && toks[j].Word && !toks[j].Cap; j++ {
			if titleHeads[toks[j].Lower] {
				head = j
			}
		}
		if head < 0 {
			continue
		}
		named := apposedNameAt(toks, head+1)
		if head+1 < len(toks) && toks[head+1].Word && !toks[head+1].Cap {
			named = head // a lower-case verb follows: no name in apposition
		}
		apposed := false
		for _, n := range d.Ments[si] {
			if n.I > head && n.I <= named && n.Actor >= 0 && d.Cast.Actors[n.Actor].Kind == graph.Person {
				apposed = true // "the Greek minister, X," names him
			}
		}
		if apposed {
			continue
		}
		if a := d.lastOfState(si, m.I, m.Actor); a >= 0 {
			return a
		}
		var post []string
		for j := m.J; j <= head; j++ {
			post = append(post, toks[j].Lower)
		}
		if a := d.postHolder(m.Actor, post); a >= 0 {
			return a
		}
	}
	return -1
}

// lastOfState is the person of state st (its affiliation or a post in
// it) named last before token k of sentence si, within five sentences
// back, or -1.
func (d *Resolver) lastOfState(si, k, st int) int {
	for s := si; s >= 0 && s >= si-5; s-- {
		ms := d.Ments[s]
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := ms[mi]
			if m.Actor < 0 || s == si && m.I >= k {
				continue
			}
			a := d.Cast.Actors[m.Actor]
			if a.Kind == graph.Person && (a.Affiliation == st || slices.ContainsFunc(a.Positions, func(p actors.Position) bool { return p.Org == st })) {
				return m.Actor
			}
		}
	}
	return -1
}
