package actors

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// respectivePosts reads a plural title over two sides with the two
// holders in apposition after it: "the foreign ministers of A and B, X
// and Y" gives X the post in A and Y the post in B, in the order the text
// names them (p229 twice, p25, p94). Without it neither person has a
// side, and talks told of "the two sides" after them have none to name.
func (d *Story) respectivePosts() {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for k := 1; k+1 < len(toks); k++ {
			if toks[k].Lower != "of" || !pluralHead(toks[k-1]) {
				continue
			}
			sides, e := d.twoNamed(si, k+1, sideMention)
			if sides == nil || e >= len(toks) {
				continue
			}
			var holders []int
			if toks[e].Text == "," {
				holders, _ = d.twoNamed(si, e+1, func(m *mention.Mention) bool { return m.Kind == mention.Person })
			} else {
				holders = d.nextSentenceHolders(si)
			}
			if holders == nil {
				continue
			}
			title := pluralTitleText(toks, k-1)
			d.addPosition(holders[0], title, sides[0])
			d.addPosition(holders[1], title, sides[1])
		}
	}
}

// pluralHead: a lower-case plural of a title head ("ministers",
// "presidents"); a capitalized one opens a list of titled names
// ("Presidents A and B"), read in the mention stage.
func pluralHead(t text.Token) bool {
	return t.Word && !t.Cap && mention.PluralTitle(t.Lower)
}

// pluralTitleText is the singular title a plural head at h ends, with the
// lower-case title words before it: "foreign ministers" → "foreign
// minister".
func pluralTitleText(toks []text.Token, h int) string {
	s := h
	for s > 0 && TitleWordLower(toks[s-1]) {
		s--
	}
	words := make([]string, 0, h-s+1)
	for i := s; i < h; i++ {
		words = append(words, toks[i].Lower)
	}
	return strings.Join(append(words, strings.TrimSuffix(toks[h].Lower, "s")), " ")
}

// sideMention: a state or group named by its name.
func sideMention(m *mention.Mention) bool {
	return m.Kind == mention.State || m.Kind == mention.Group
}

// twoNamed reads "A and B" from token k ("the" may open it): two distinct
// resolved actors whose mentions ok accepts, and the token after B; nil
// when the tokens there are not such a pair.
func (d *Story) twoNamed(si, k int, ok func(*mention.Mention) bool) ([]int, int) {
	toks := d.Sents[si].Toks
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	a := d.mentionStartingAt(si, k)
	if a == nil || a.Actor < 0 || !ok(a) || a.J >= len(toks) || toks[a.J].Lower != "and" {
		return nil, -1
	}
	k = a.J + 1
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	b := d.mentionStartingAt(si, k)
	if b == nil || b.Actor < 0 || !ok(b) || b.Actor == a.Actor {
		return nil, -1
	}
	return []int{a.Actor, b.Actor}, b.J
}

// nextSentenceHolders reads the two holders of a plural title over two
// sides from the sentence after its own, which opens with them: "The
// presidents of A and B signed deals ... X and Y, who opened their talks
// days before, signed at a ceremony" (the
// two-hundred-and-sixty-seventh round; p1505, p1638). A wire names
// the posts in its lead and the people in the next sentence, in the same
// order. Only two people the story has given no post or side yet: a
// titled pair ("President X and President Y") has its own.
func (d *Story) nextSentenceHolders(si int) []int {
	if si+1 >= len(d.Sents) {
		return nil
	}
	holders, _ := d.twoNamed(si+1, 0, func(m *mention.Mention) bool { return m.Kind == mention.Person })
	for _, h := range holders {
		if a := d.Cast.Actors[h]; len(a.Positions) > 0 || a.Affiliation >= 0 {
			return nil
		}
	}
	return holders
}
