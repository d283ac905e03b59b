package actors

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
)

// interleavedPosts reads a plural title whose sides each take their
// holder in apposition: "the presidents of A, X, and of B, Y" gives X the
// post in A and Y the post in B. It is respectivePosts' form with the
// pairs interleaved, as agency copy writes it; without it neither person
// has a side, and talks the two held name no parties.
func (d *Story) interleavedPosts() {
	person := func(m *mention.Mention) bool { return m.Kind == mention.Person }
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for k := 1; k+1 < len(toks); k++ {
			if toks[k].Lower != "of" || !pluralHead(toks[k-1]) {
				continue
			}
			a, x, e := d.sideAndHolder(si, k+1, person)
			if a < 0 || e+1 >= len(toks) {
				continue
			}
			if toks[e].Text == "," {
				e++
			}
			if e+1 >= len(toks) || toks[e].Lower != "and" || toks[e+1].Lower != "of" {
				continue
			}
			b, y, _ := d.sideAndHolder(si, e+2, person)
			if b < 0 || b == a || y == x {
				continue
			}
			title := pluralTitleText(toks, k-1)
			for _, h := range [][2]int{{x, a}, {y, b}} {
				if !d.holdsTitle(h[0], title) {
					d.addPosition(h[0], title, h[1])
				}
			}
		}
	}
}

// sideAndHolder reads "A, X" from token k ("the" may open it): a side
// named by its name, a comma, and a person ok accepts; it returns the two
// actors and the token after the person, or -1s.
func (d *Story) sideAndHolder(si, k int, ok func(*mention.Mention) bool) (side, holder, end int) {
	toks := d.Sents[si].Toks
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	a := d.mentionStartingAt(si, k)
	if a == nil || a.Actor < 0 || !sideMention(a) || a.J+1 >= len(toks) || toks[a.J].Text != "," {
		return -1, -1, -1
	}
	x := d.mentionStartingAt(si, a.J+1)
	if x == nil || x.Actor < 0 || !ok(x) {
		return -1, -1, -1
	}
	return a.Actor, x.Actor, x.J
}

// holdsTitle: the person already holds a post of that title, in any case
// ("President" from a later "President X"): the apposition adds nothing.
func (d *Story) holdsTitle(p int, title string) bool {
	for _, x := range d.Cast.Actors[p].Positions {
		if strings.EqualFold(x.Title, title) {
			return true
		}
	}
	return false
}
