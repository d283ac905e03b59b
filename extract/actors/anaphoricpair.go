package actors

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// anaphoricRespectivePosts reads a plural title over two sides the story
// named before, with the two holders in apposition after it: "the foreign
// ministers of the two countries, X and Y", "the two countries' foreign
// ministers, X and Y", "their foreign ministers, X and Y" (the
// three-hundred-and-eighty-third round; p2333, p2334, p2335, p1608). A
// wire names the pair of states once ("A and B agreed ...", "the leaders
// of A and B") and then refers to them as "the two countries"; X gets the
// post in A and Y in B, in the order the antecedent pair names them, as
// respectivePosts does when the states are named in place. Only two
// people the story has given no post or side yet.
func (d *Story) anaphoricRespectivePosts() {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for h := 1; h+2 < len(toks); h++ {
			if !pluralHead(toks[h]) {
				continue
			}
			s := h
			for s > 0 && TitleWordLower(toks[s-1]) {
				s--
			}
			var comma int
			switch {
			case toks[h+1].Lower == "of":
				comma = twoSidesPhrase(toks, h+2)
			case s > 0 && toks[s-1].Lower == "their":
				comma = h + 1
			case s > 0 && twoSidesPossessive(toks, s):
				comma = h + 1
			}
			if comma <= 0 || comma >= len(toks) || toks[comma].Text != "," {
				continue
			}
			holders, _ := d.twoNamed(si, comma+1, func(m *mention.Mention) bool { return m.Kind == mention.Person })
			if holders == nil || d.hasSide(holders[0]) || d.hasSide(holders[1]) {
				continue
			}
			sides := d.pairBefore(si, s)
			if sides == nil {
				continue
			}
			title := pluralTitleText(toks, h)
			d.addPosition(holders[0], title, sides[0])
			d.addPosition(holders[1], title, sides[1])
		}
	}
}

// twoSidesNouns: the plural nouns "the two ..." and "both ..." refer to a
// pair of states or parties by.
var twoSidesNouns = lex("twoSidesNouns")

// twoSidesPhrase reads "the two countries" or "both countries" from token
// k and returns the token after it; -1 when not there.
func twoSidesPhrase(toks []text.Token, k int) int {
	if k+2 < len(toks) && toks[k].Lower == "the" && toks[k+1].Lower == "two" && twoSidesNouns[toks[k+2].Lower] {
		return k + 3
	}
	if k+1 < len(toks) && toks[k].Lower == "both" && twoSidesNouns[toks[k+1].Lower] {
		return k + 2
	}
	return -1
}

// twoSidesPossessive: "the two countries'" (or "both countries'") ends
// right before token s.
func twoSidesPossessive(toks []text.Token, s int) bool {
	a := s - 1
	if toks[a].Text != "'" && toks[a].Text != "’" {
		return false
	}
	return (a >= 3 && twoSidesPhrase(toks, a-3) == a) || (a >= 2 && twoSidesPhrase(toks, a-2) == a)
}

// hasSide: the actor already holds a post or a side.
func (d *Story) hasSide(p int) bool {
	a := d.Cast.Actors[p]
	return len(a.Positions) > 0 || a.Affiliation >= 0
}

// pairBefore: the nearest pair of states or groups named "A and B" before
// token end of sentence si, in this sentence or an earlier one.
func (d *Story) pairBefore(si, end int) []int {
	for s := si; s >= 0; s-- {
		toks := d.Sents[s].Toks
		stop := len(toks)
		if s == si {
			stop = end
		}
		for k := stop - 1; k >= 0; k-- {
			sides, e := d.twoNamed(s, k, sideMention)
			if sides != nil && e <= stop {
				return sides
			}
		}
	}
	return nil
}
