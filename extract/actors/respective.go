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
			if toks[k].Lower != "of" || !pluralHeadOf(toks, k-1) {
				continue
			}
			sides, e := d.twoNamed(si, k+1, sideMention)
			if sides == nil || e >= len(toks) {
				continue
			}
			var holders []int
			if toks[e].Text == "," {
				holders, _ = d.twoNamed(si, e+1, func(m *mention.Mention) bool { return m.Kind == mention.Person })
				if holders == nil {
					holders = d.twoHonoured(si, e+1)
				}
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

// pluralHeadOf: the plural title head at h governs an "of" over the sides,
// capitalized or not: "The Prime Ministers of A and B, X and Y, concluded
// ..." as an old broadsheet or a wire writes it is "the prime ministers of
// A and B, X and Y" (issue 14's two-hundred-and-seventy-second round;
// p1274, p1358, p1668's shape). A capitalized plural with names right
// after it ("Presidents A and B") has no "of" and stays the mention
// stage's.
func pluralHeadOf(toks []text.Token, h int) bool {
	t := toks[h]
	return pluralHead(t) || t.Word && t.Cap && h+1 < len(toks) && toks[h+1].Lower == "of" && mention.PluralTitle(t.Lower)
}

// pluralTitleText is the singular title a plural head at h ends, with the
// lower-case title words before it: "foreign ministers" → "foreign
// minister".
func pluralTitleText(toks []text.Token, h int) string {
	s := h
	for s > 0 && (TitleWordLower(toks[s-1]) || toks[h].Cap && toks[s-1].Word && toks[s-1].Cap && (titleHeads[toks[s-1].Lower] || titleMods[toks[s-1].Lower])) {
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

// twoHonoured reads the holders "Mr. X and Mr. Y" from token k: each name
// after an honorific of its own, as an old broadsheet sets them ("The
// Prime Ministers of A and B, Mr. X and Mr. Y, concluded ...", issue 14's
// two-hundred-and-seventy-second round; p1274). nil when the tokens there
// are not two distinct people so named.
func (d *Story) twoHonoured(si, k int) []int {
	toks := d.Sents[si].Toks
	skip := func(k int) int {
		if k < len(toks) && honorifics[toks[k].Lower] {
			k++
			if k < len(toks) && toks[k].Text == "." {
				k++
			}
		}
		return k
	}
	var out []int
	for n := 0; n < 2; n++ {
		m := d.mentionStartingAt(si, skip(k))
		if m == nil || m.Actor < 0 || m.Kind != mention.Person || n == 1 && m.Actor == out[0] {
			return nil
		}
		out = append(out, m.Actor)
		k = m.J
		if n == 0 {
			if k >= len(toks) || toks[k].Lower != "and" {
				return nil
			}
			k++
		}
	}
	return out
}
