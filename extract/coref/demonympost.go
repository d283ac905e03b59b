package coref

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
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
			head = cappedPost(toks, m.J, ce)
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
		if apposed || d.apposedAfterName(si, m.I-1) {
			continue
		}
		var post []string
		for j := m.J; j <= head; j++ {
			post = append(post, toks[j].Lower)
		}
		if a := d.lastOfState(si, m.I, m.Actor); a >= 0 && !d.otherPost(a, m.Actor, post) {
			return a
		}
		if a := d.postHolder(m.Actor, post); a >= 0 {
			return a
		}
		if a := d.statelessHolder(si, m.I, post); a >= 0 {
			return a
		}
	}
	return -1
}

// apposedAfterName tells whether the description opening at token k
// stands in apposition right after a person's name, "Roland Dumas, the
// French foreign minister, was received by ...": it names the one just
// named, not someone else of his state, so it is no reference to read;
// a later description of the clause ("... by the Italian premier") may
// be (the three-hundred-and-ninety-seventh round, p2415).
func (d *Resolver) apposedAfterName(si, k int) bool {
	toks := d.Sents[si].Toks
	if k < 2 || toks[k-1].Lower != "," {
		return false
	}
	for _, n := range d.Ments[si] {
		if n.J == k-1 && n.Actor >= 0 && d.Cast.Actors[n.Actor].Kind == graph.Person {
			return true
		}
	}
	return false
}

// otherPost tells whether person a, the last named of state st, holds a
// post in that state that is not the description's, while another person
// of the story holds it: "Count Ciano, the Italian Foreign Minister ...
// received by the Italian Premier" is not Ciano but the premier named
// earlier (the three-hundred-and-ninety-seventh round, p2415).
func (d *Resolver) otherPost(a, st int, post []string) bool {
	act := d.Cast.Actors[a]
	has := false
	for _, p := range act.Positions {
		if p.Org != st && !(p.Org < 0 && act.Affiliation == st) {
			continue
		}
		if holdsPost(strings.Fields(strings.ToLower(p.Title)), post) {
			return false
		}
		has = true
	}
	if !has {
		return false
	}
	for b, x := range d.Cast.Actors {
		if b == a || x.Kind != graph.Person {
			continue
		}
		for _, p := range x.Positions {
			if holdsPost(strings.Fields(strings.ToLower(p.Title)), post) {
				return true
			}
		}
	}
	return false
}

// cappedPost is the head of a post written with capitals after a demonym,
// "the Italian Premier", "the French Foreign Minister": older broadsheets
// and wire copy capitalize a post even when it stands alone, for the
// person named with it before. The run is one to three capitalized words
// starting at i and ending in a title head, and no capitalized word may
// follow it ("the Italian Premier Benito Mussolini" is a title before a
// name, no description) (the three-hundred-and-ninety-seventh round,
// p2415). -1 when none.
func cappedPost(toks []text.Token, i, ce int) int {
	head := -1
	for j := i; j < ce && j < i+3 && toks[j].Word && toks[j].Cap; j++ {
		if titleHeads[toks[j].Lower] {
			head = j
		}
	}
	if head < 0 || head+1 < len(toks) && toks[head+1].Word && toks[head+1].Cap {
		return -1
	}
	return head
}

// statelessHolder is the one person of the story holding post with no
// state given for him: "Premier Benito Mussolini ... the Italian
// Premier". The first mention gave the post without its state, and the
// description supplies the state; it stands for that holder only when he
// is the one person so titled, is of no other state and is named before
// the description (the President a story names only later is no one it
// refers back to; p2364) (the three-hundred-and-ninety-seventh round,
// p2415). -1 otherwise.
func (d *Resolver) statelessHolder(si, k int, post []string) int {
	found := -1
	for a, act := range d.Cast.Actors {
		if act.Kind != graph.Person {
			continue
		}
		for _, p := range act.Positions {
			if !holdsPost(strings.Fields(strings.ToLower(p.Title)), post) {
				continue
			}
			if p.Org >= 0 || act.Affiliation >= 0 {
				// a holder of that post in some state: postHolder has
				// already read the description's own state.
				return -1
			}
			if found >= 0 && found != a {
				return -1
			}
			found = a
		}
	}
	if found >= 0 && !d.namedBeforeAt(found, si, k) {
		return -1
	}
	return found
}

// namedBeforeAt tells whether actor a has a mention before token k of
// sentence si.
func (d *Resolver) namedBeforeAt(a, si, k int) bool {
	for s := 0; s <= si; s++ {
		for _, m := range d.Ments[s] {
			if m.Actor == a && (s < si || m.I < k) {
				return true
			}
		}
	}
	return false
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
