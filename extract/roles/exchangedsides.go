package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

var (
	captiveSwapVerbs = lex("captiveSwapVerbs")
	captiveNouns     = lex("captiveNouns")
	captiveSwapNouns = lex("captiveSwapNouns")
	swapSubjectGap   = lex("swapSubjectGap")
)

// exchangedSides reads the two sides of a trade of captives told only
// through the trade: "A and B exchanged 35 prisoners each", "A and B will
// exchange prisoners" (the pair as the subject of a swap verb with a
// captive noun after it), and "the swap between A and B" in a story of
// captives. A state, group or city standing for its state on each side;
// two persons "exchanged" are the traded, not the sides. Before, such a
// story's sides stayed unread unless its sentence named talks (issue 14's
// five-hundred-and-thirty-first round; p3219, p3177, p3218).
func (d *Reader) exchangedSides(si int, r *Roles) {
	toks := d.Sents[si].Toks
	for k := range toks {
		switch {
		case captiveSwapVerbs[toks[k].Lower] && captiveAfter(toks, k+1):
			and := -1
			e := k - 1
			for e >= 0 && swapSubjectGap[toks[e].Lower] {
				e--
			}
			for x := e; x >= 0 && x >= e-6; x-- {
				if toks[x].Lower == "and" {
					and = x
					break
				}
			}
			if and < 0 {
				continue
			}
			a, b := d.arg.ConjPair(si, and)
			if a == nil || b == nil || b.J != e+1 || !d.swapSide(a) || !d.swapSide(b) {
				continue
			}
			d.pairRole(r, a.Actor, b.Actor, d.topicAt(&d.Sents[si], k))
		case captiveSwapNouns[toks[k].Lower] && k+1 < len(toks) && toks[k+1].Lower == "between" && d.storyOfCaptives():
			a, b := d.arg.BetweenPair(si, k+1)
			if a == nil || b == nil || !d.swapSide(a) || !d.swapSide(b) || d.Side(a.Actor) == d.Side(b.Actor) {
				continue
			}
			d.pairRole(r, a.Actor, b.Actor, d.topicAt(&d.Sents[si], k))
		}
	}
}

// captiveAfter: a captive noun within four words from k ("exchanged 35
// prisoners", "to exchange all prisoners of war").
func captiveAfter(toks []text.Token, k int) bool {
	for e := k; e < len(toks) && e < k+4; e++ {
		if captiveNouns[toks[e].Lower] {
			return true
		}
		if toks[e].Text == "," || toks[e].Text == "." {
			return false
		}
	}
	return false
}

// swapSide: a collective that can be a side, or a capital standing for
// it; never a person.
func (d *Reader) swapSide(m *mention.Mention) bool {
	if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind == graph.Person {
		return false
	}
	return d.IsSide(m.Actor)
}

// storyOfCaptives: some sentence of the story names captives, so that an
// "exchange between" two states is a trade of them, not of views or
// students.
func (d *Reader) storyOfCaptives() bool {
	for si := range d.Sents {
		for _, t := range d.Sents[si].Toks {
			if captiveNouns[t.Lower] {
				return true
			}
		}
	}
	return false
}
