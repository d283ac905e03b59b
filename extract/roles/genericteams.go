package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/gazetteer"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-thirty-second round: the sides of talks
// told as their teams with no state named beside them — "the rebel team
// and the government delegation closed a round", "the government
// delegation and the X team agreed", "the negotiating teams of the
// government and X agreed" (p2024, p2026, p2028). Wire copy names the sides by the
// teams they send, and the government's team by the generic noun alone:
// the story's state stands for it as "the government" would in "talks
// between the government and the rebels" (genericBetween).

// genericTeamSides reads two teams joined by "and" in one sentence, each
// told by a generic side noun ("government", "rebel") or a side's name
// before its team noun, or "the teams of A and B": at least one of them
// generic, resolved to the story's actors of its kind (sideAt). Only a
// state or group facing a group is paired: two governments' delegations
// also meet for visits and cooperation, which are no negotiation.
func (d *Reader) genericTeamSides(si int, r *Roles) {
	toks := d.Sents[si].Toks
	if cooperationFramed(toks) || adjudicated(toks) {
		return
	}
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].Lower != "and" || toks[k-1].Text == "," {
			continue
		}
		var a, b []int
		var ga, gb bool
		if sideTeams[toks[k-1].Lower] {
			// "the government delegation and the rebel team"
			a, ga = d.teamSideAt(si, k-2, r)
			j := k + 1
			if toks[j].Lower == "the" {
				j++
			}
			b, gb = d.teamSideBefore(si, j, r)
		} else if of := teamsOfBefore(toks, k); of > 0 {
			// "the negotiating teams of the government and G"
			j := of + 1
			if toks[j].Lower == "the" {
				j++
			}
			a, ga = d.teamSideSpan(si, j, k, r)
			j = k + 1
			if j < len(toks) && toks[j].Lower == "the" {
				j++
			}
			b, gb = d.namedOrGeneric(si, j, r)
		}
		if len(a) != 1 || len(b) != 1 || !(ga || gb) || a[0] == b[0] {
			continue
		}
		ka, kb := d.Cast.Actors[a[0]].Kind, d.Cast.Actors[b[0]].Kind
		if ka != graph.State && ka != graph.Group || kb != graph.State && kb != graph.Group || ka != graph.Group && kb != graph.Group {
			continue
		}
		d.pairRole(r, a[0], b[0], d.topicAt(&d.Sents[si], k))
		return
	}
}

// teamModifierClass: the class a word before a team noun tells, with the
// generic noun it stands for — "government", or "rebel" for "the
// rebels" (a noun before a noun is written in the singular).
func teamModifierClass(w string) (string, sideClass) {
	if c := genericClass(w); c == stateClass || c == groupClass {
		return w, c
	}
	if c := genericClass(w + "s"); c == groupClass {
		return w + "s", c
	}
	return "", noClass
}

// teamSideAt: the side told by the word or name ending at e, just before
// a team noun ("government", "rebel", "the X"); generic says it was told
// by a generic noun.
func (d *Reader) teamSideAt(si, e int, r *Roles) (sides []int, generic bool) {
	toks := d.Sents[si].Toks
	if e < 1 {
		return nil, false
	}
	if noun, c := teamModifierClass(toks[e].Lower); c != noClass && toks[e-1].Lower == "the" {
		return d.genericSide(si, e, noun, c, r), true
	}
	if m := d.MentionEndingAt(si, e+1); m != nil && m.Actor >= 0 && !d.Described(m.Actor) {
		if sd := d.Side(m.Actor); sd >= 0 {
			return []int{sd}, false
		}
	}
	return nil, false
}

// teamSideBefore: the side told at j and followed by a team noun.
func (d *Reader) teamSideBefore(si, j int, r *Roles) ([]int, bool) {
	toks := d.Sents[si].Toks
	if j >= len(toks) {
		return nil, false
	}
	if _, c := teamModifierClass(toks[j].Lower); c != noClass {
		if j+1 < len(toks) && sideTeams[toks[j+1].Lower] {
			return d.teamSideAt(si, j, r)
		}
		return nil, false
	}
	for _, m := range d.Ments[si] {
		if m.I == j && m.Actor >= 0 && m.J < len(toks) && sideTeams[toks[m.J].Lower] {
			return d.teamSideAt(si, m.J-1, r)
		}
	}
	return nil, false
}

// teamSideSpan: the side told by the words j..k (a generic noun, or a
// name ending at k).
func (d *Reader) teamSideSpan(si, j, k int, r *Roles) ([]int, bool) {
	toks := d.Sents[si].Toks
	if j+1 == k {
		if noun, c := teamModifierClass(toks[j].Lower); c != noClass && genericClass(noun) == c && noun == toks[j].Lower {
			return d.genericSide(si, j, noun, c, r), true
		}
	}
	if m := d.MentionEndingAt(si, k); m != nil && m.I == j && m.Actor >= 0 && !d.Described(m.Actor) {
		if sd := d.Side(m.Actor); sd >= 0 {
			return []int{sd}, false
		}
	}
	return nil, false
}

// namedOrGeneric: the side told at j by a generic noun or a name.
func (d *Reader) namedOrGeneric(si, j int, r *Roles) ([]int, bool) {
	toks := d.Sents[si].Toks
	if j >= len(toks) {
		return nil, false
	}
	if c := genericClass(toks[j].Lower); (c == stateClass || c == groupClass) && (j+1 >= len(toks) || !toks[j+1].Cap) {
		return d.genericSide(si, j, toks[j].Lower, c, r), true
	}
	for _, m := range d.Ments[si] {
		if m.I == j && m.Actor >= 0 && !d.Described(m.Actor) {
			if sd := d.Side(m.Actor); sd >= 0 {
				return []int{sd}, false
			}
		}
	}
	return nil, false
}

// genericSide resolves a generic side noun at j to the actors of its
// kind it stands for: the actor coreference gave it, else the story's
// (resolveGeneric; "rebel" read as "the rebels").
func (d *Reader) genericSide(si, j int, noun string, c sideClass, r *Roles) []int {
	for _, m := range d.Ments[si] {
		if m.I == j && m.Actor >= 0 && d.fitsClass(m.Actor, c) && !d.mediatorSide(m.Actor, r) {
			return []int{m.Actor}
		}
	}
	if c == stateClass {
		if st := d.teamNamedState(r); st >= 0 {
			return []int{st}
		}
	}
	return d.resolveGeneric(si, j, noun, c, r)
}

// teamNamedState: the one state whose own team the story names elsewhere
// by the state, its demonym or its capital ("the Jakarta delegation",
// "the Colombo delegation", "A's negotiating team"), else -1. A story that
// calls one side "the government delegation" and then names that team by
// its capital tells whose government it is; the host of the talks, named
// as often, sends no team (p2024, p2026).
func (d *Reader) teamNamedState(r *Roles) int {
	st := -1
	for s := range d.Sents {
		toks := d.Sents[s].Toks
		for k := 1; k < len(toks); k++ {
			if !sideTeams[toks[k].Lower] {
				continue
			}
			// The words before the team noun, as written: a mention's, or
			// a name the mention stage took into a title ("who headed the
			// Jakarta delegation").
			for i := k - 1; i >= 0 && k-i <= 3 && toks[i].Cap && toks[i].Word; i-- {
				a := d.stateFormed(toks, i, k)
				if a < 0 || d.mediatorSide(a, r) {
					continue
				}
				if st >= 0 && st != a {
					return -1
				}
				st = a
			}
		}
	}
	return st
}

// stateFormed: the state actor one of whose forms the words i..k-1 are,
// else -1.
func (d *Reader) stateFormed(toks []text.Token, i, k int) int {
	words := make([]string, 0, k-i)
	for _, t := range toks[i:k] {
		words = append(words, t.Lower)
	}
	w := strings.Join(words, " ")
	for a, x := range d.Cast.Actors {
		if x.Kind != graph.State {
			continue
		}
		for _, f := range x.Forms {
			if strings.ToLower(f) == w {
				return a
			}
		}
	}
	// A capital the story uses nowhere else ("the Manila delegation"):
	// the state the gazetteer makes it stand for, when the story names it.
	k2, _ := gazetteer.PhraseKey(w)
	if e, ok := d.G.Phrases[k2]; ok && e.Ref != "" && d.G.IsCapital(w) {
		for a, x := range d.Cast.Actors {
			if x.Kind == graph.State && x.Code == e.Ref {
				return a
			}
		}
	}
	return -1
}

// teamsOfBefore: the "of" of "the (talks) teams of" that opens the first
// conjunct ending at the "and" at k, within three words; 0 when none.
func teamsOfBefore(toks []text.Token, k int) int {
	for of := k - 1; of >= 1 && k-of <= 4; of-- {
		if toks[of].Lower != "of" {
			continue
		}
		if sideTeams[strings.TrimSuffix(toks[of-1].Lower, "s")] {
			return of
		}
		return 0
	}
	return 0
}
