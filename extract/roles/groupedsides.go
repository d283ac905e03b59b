package roles

import (
	"unicode"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-twenty-fifth round: many-party talks whose
// other side is told as a group and then listed once, "talks between A
// and the six powers, namely B, C and D", "negotiations between A and
// five other countries -- B, C, D, E and F". The group noun alone names
// no actor, so "between" read only A; the list spells the group out.

// groupNounEnd: from token k, an optional "the", then up to three
// modifiers (a count in figures too), then a group noun; the index after
// the noun, or -1. At least one modifier must come before a bare noun
// ("and other countries" is loose; "and five other countries" lists).
func groupNounEnd(toks []text.Token, k int) int {
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	n := 0
	for ; n < 3 && k < len(toks) && (groupSideModifiers[toks[k].Lower] || allDigits(toks[k].Text)); n, k = n+1, k+1 {
	}
	if n == 0 || k >= len(toks) || !groupSideNouns[toks[k].Lower] {
		return -1
	}
	return k + 1
}

func allDigits(s string) bool {
	for _, c := range s {
		if !unicode.IsDigit(c) {
			return false
		}
	}
	return s != ""
}

// groupListStart: the group noun ending at e is spelled out by a list
// opened by a dash, a colon or "namely" (after a comma or not); the
// list's first token, or -1. A comma alone opens no list: "talks between
// A and the five powers, Britain said," is an attribution.
func groupListStart(toks []text.Token, e int) int {
	if e >= len(toks) {
		return -1
	}
	if isDash(toks[e]) || toks[e].Text == ":" {
		// "--", as typed copy writes the dash, is two hyphens.
		if e+1 < len(toks) && toks[e+1].Text == "-" && toks[e+1].Glued {
			e++
		}
		return e + 1
	}
	if toks[e].Text == "," {
		e++
	}
	if e < len(toks) && toks[e].Lower == "namely" {
		e++
		if e < len(toks) && toks[e].Text == "," {
			e++
		}
		return e
	}
	return -1
}

// groupedBetween reads the shape at the "between" at k, near a
// negotiation noun: the actor after "between" and every listed state or
// group are the sides, each two paired as amongSides pairs a list. The
// pairs are marked grouped: a listed state the story reads as the chair
// of the talks ("talks between A and four other countries -- B, C, D
// and host E ... The round was chaired by E") brokers them instead
// (dropGroupedChairs). False when the shape is not there.
func (d *Reader) groupedBetween(si, k int, r *Roles) bool {
	toks := d.Sents[si].Toks
	if !nearWord(toks, k, 5, negNouns) || cooperationFramed(toks) || adjudicated(toks) {
		return false
	}
	b := k + 1
	if b < len(toks) && toks[b].Lower == "the" {
		b++
	}
	var first *mention.Mention
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.I == b && m.Actor >= 0 && !m.Desc {
			first = m
		}
	}
	if first == nil || first.J >= len(toks) || toks[first.J].Lower != "and" {
		return false
	}
	e := groupNounEnd(toks, first.J+1)
	if e < 0 {
		return false
	}
	s := groupListStart(toks, e)
	if s < 0 {
		return false
	}
	sides := []int{first.Actor}
	for _, m := range d.actorList(si, s) {
		if x := d.Side(m); x >= 0 && d.IsSide(x) {
			sides = append(sides, m)
		}
	}
	if len(sides) < 3 {
		return false
	}
	topic := d.topicAt(&d.Sents[si], k)
	r.grouped = true
	d.pairEach(r, sides, topic)
	r.grouped = false
	return true
}

// dropGroupedChairs drops the grouped pairs (groupedBetween) of a
// side that the story reads as the chair of the talks and that no other
// evidence makes a side: the host and chair of many-party talks, listed
// among the countries at the table, brokers them (the six-party talks'
// chair, p887's gold), so Settle then keeps it as the chair it is.
func (r *Roles) dropGroupedChairs(pairs []Pair) []Pair {
	if r.noBroker || len(r.chairs) == 0 {
		return pairs
	}
	other := map[int]bool{}
	for _, p := range pairs {
		if !p.grouped {
			other[p.A], other[p.B] = true, true
		}
	}
	chaired := map[int]bool{}
	for _, c := range r.chairs {
		for _, x := range []int{c.actor, c.side} {
			if x >= 0 && !other[x] {
				chaired[x] = true
			}
		}
	}
	out := pairs[:0:0]
	for _, p := range pairs {
		if p.grouped && (chaired[p.A] || chaired[p.B]) {
			continue
		}
		out = append(out, p)
	}
	return out
}
