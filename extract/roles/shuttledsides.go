package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/text"
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
		b = k + 1
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
