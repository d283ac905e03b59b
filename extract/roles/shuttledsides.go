package roles

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's ninety-first round: the sides a go-between goes between.

// shuttleBetween is the "between" that ends the shuttle at k — "carried
// messages between", "shuttled between", "went back and forth between" —
// else -1.
func shuttleBetween(toks []text.Token, k int) int {
	b := -1
	switch {
	case shuttleVerbs[toks[k].Lower]:
		b = shuttleObjectEnd(toks, k)
	case shuttleMoves[toks[k].Lower]:
		b = afterShuttleMeans(toks, k) // "shuttled by car between A and B"
	case goneBetween(toks, k):
		b = k + 4
	}
	if b < 0 || b >= len(toks) || toks[b].Lower != "between" {
		return -1
	}
	return b
}

// shuttledSides reads the two sides a go-between carries proposals
// between ("X spent months carrying messages between the French
// government and the FLN", "the envoy shuttled between Belgrade and
// Pristina", p372, p358): the shuttle that makes X a broker (SCHEMA)
// makes the two it goes between the sides, as "mediated between A and
// B" does. A side that is the go-between's own (a broker flying between
// its own capital and one side's: "the Qatari envoy shuttled between Doha
// and Kabul"), or named before the verb at k in any way, is no side of
// the dispute: then neither is read.
func (d *Reader) shuttledSides(si, k, b int, shuttlers []int, r *Roles) {
	if b < 0 {
		return
	}
	x, y := d.arg.BetweenPair(si, b)
	if x == nil || y == nil || x.Actor < 0 || y.Actor < 0 {
		d.shuttledGenerics(si, k, b, shuttlers, r) // "between communist rebels and the government"
		return
	}
	own := func(a int) bool {
		sa := d.Side(a)
		if slices.ContainsFunc(shuttlers, func(m int) bool { return m == a || d.Side(m) == sa && sa >= 0 }) {
			return true
		}
		for _, m := range d.Ments[si] {
			if m.I < k && m.Actor >= 0 && (m.Actor == a || d.Side(m.Actor) == sa && sa >= 0) {
				return true
			}
		}
		return false
	}
	if own(x.Actor) || own(y.Actor) {
		return
	}
	r.shuttled = true
	d.pairRole(r, x.Actor, y.Actor, d.topicAt(&d.Sents[si], b))
	r.shuttled = false
}

// dropShuttledEnds drops a pair read only from a go-between's two ends
// when either end is a side of another pair the story keeps: the ends
// then name a place the go-between went ("travelled between Jakarta and
// Stockholm", where the rebels' leaders live in exile; p285) or a side's
// wing ("between Juba and the movement's exiled leaders", p65), not a
// second dispute.
func dropShuttledEnds(pairs []Pair) []Pair {
	other := func(q Pair, a int) bool {
		return slices.ContainsFunc(pairs, func(p Pair) bool {
			return !p.shuttled && (p.A == a || p.B == a) && !(p.A == q.A && p.B == q.B)
		})
	}
	return slices.DeleteFunc(pairs, func(p Pair) bool { return p.shuttled && (other(p, p.A) || other(p, p.B)) })
}

// theirGovernments reads "talks between their governments" after two
// people of two states ("X received A's foreign secretary and B's
// foreign minister together, lending his weight to talks between their
// governments", p163): "their" stands for the last two people named
// before "between", and their two states are the sides. Only people, of
// two different states, both named in the sentence: else -1.
func (d *Reader) theirGovernments(si, k int) (int, int) {
	toks := d.Sents[si].Toks
	if k+2 >= len(toks) || toks[k+1].Lower != "their" || !governmentNouns[strings.TrimSuffix(toks[k+2].Lower, "s")] || !strings.HasSuffix(toks[k+2].Lower, "s") {
		return -1, -1
	}
	var people []int
	for _, m := range d.Ments[si] {
		if m.I >= k {
			break
		}
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !slices.Contains(people, m.Actor) {
			people = append(people, m.Actor)
		}
	}
	if len(people) < 2 {
		return -1, -1
	}
	a, b := d.Side(people[len(people)-2]), d.Side(people[len(people)-1])
	if a < 0 || b < 0 || a == b || d.Cast.Actors[a].Kind != graph.State || d.Cast.Actors[b].Kind != graph.State {
		return -1, -1
	}
	return people[len(people)-2], people[len(people)-1]
}
