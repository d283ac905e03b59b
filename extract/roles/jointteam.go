package roles

import (
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's seventy-seventh round: the movements a government negotiates
// with, told first as a plural and named later as one joint team.

// pluralSideNouns head a plural description of movements ("two rebel
// movements", "the separatist movements"); jointWords make one team of
// several sides ("a joint delegation from A and B").
var (
	pluralSideNouns = lex("pluralSideNouns")
	jointWords      = lex("jointWords")
)

// pluralCounterpart notes "Representatives of A's government and of the
// separatist movements", "the government of A and two coalitions of armed
// movements" (p142, p497, p496): a state told as its government, joined
// to a plural description of movements that names none of them. The
// state is kept as the side the movements are later named against
// (jointTeamSides); nothing is paired here.
func (d *Reader) pluralCounterpart(si int, r *Roles) {
	if r.hasPlural {
		return
	}
	toks := d.Sents[si].Toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "and" || toks[k-1].Text == "," {
			continue
		}
		state := d.governmentEndingAt(si, k)
		if state < 0 || d.Cast.Actors[state].Kind != graph.State {
			continue
		}
		if d.pluralDescriptionAt(si, k+1) {
			r.pluralSide, r.hasPlural = state, true
			return
		}
	}
}

// pluralDescriptionAt: from token k ("of" may open it) a noun phrase of
// at most six words headed by a plural movement noun, with no group or
// state named in it: "of the country's main rebel alliances", "two
// coalitions of armed movements".
func (d *Reader) pluralDescriptionAt(si, k int) bool {
	toks := d.Sents[si].Toks
	if k < len(toks) && toks[k].Lower == "of" {
		k++
	}
	for e := k; e < len(toks) && e < k+6; e++ {
		t := toks[e]
		if !t.Word && t.Text != "'s" {
			return false
		}
		if m := d.FirstActor(si, e, 1, false); m != nil {
			if x := d.Cast.Actors[m.Actor].Kind; x == graph.Group || x == graph.State && m.I > k {
				return false
			}
		}
		if pluralSideNouns[t.Lower] && !t.Cap {
			return true
		}
	}
	return false
}

// jointTeamSides reads "a joint team from A and B" after a plural
// counterpart was told (p142, p497): the movements of that team are the
// sides across the table from the state, each paired with it. A body
// the text names like a council counts (p142's council is read as an
// organization); a state or a person in such a list is no movement.
func (d *Reader) jointTeamSides(si int, r *Roles) {
	if !r.hasPlural {
		return
	}
	toks := d.Sents[si].Toks
	for k := 0; k+3 < len(toks); k++ {
		if !jointTeam(toks, k) {
			continue
		}
		for _, g := range d.teamMembers(si, k+3) {
			r.addPair(r.pluralSide, g, d.topicAt(&d.Sents[si], k))
		}
	}
}

// jointTeam: the words at k are a joint word, a team noun and "from".
func jointTeam(toks []text.Token, k int) bool {
	return jointWords[toks[k].Lower] && sideTeams[toks[k+1].Lower] && toks[k+2].Lower == "from"
}

// teamMembers are the groups of "A and B" from token k; the second may
// be told through a description of it ("the faction of B led by X"),
// read as the first group named within five words after "and".
func (d *Reader) teamMembers(si, k int) []int {
	toks := d.Sents[si].Toks
	a := d.FirstActor(si, k, 2, false)
	if a == nil || !movementKind(d.Cast.Actors[a.Actor].Kind) {
		return nil
	}
	out := []int{a.Actor}
	if a.J < len(toks) && toks[a.J].Lower == "and" {
		if b := d.FirstActor(si, a.J+1, 5, false); b != nil && b.Actor != a.Actor && movementKind(d.Cast.Actors[b.Actor].Kind) {
			out = append(out, b.Actor)
		}
	}
	return out
}

// movementKind: a group, or a body named like a council.
func movementKind(k graph.Kind) bool { return k == graph.Group || k == graph.Organization }
