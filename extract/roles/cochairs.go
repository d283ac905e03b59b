package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// coChairList reads the people a plural "co-chairs" names right after it:
// "the Minsk Group co-chairs A, B and C took part" (p424), "attended by
// the co-chairs A of the United States, B of France and C of Russia"
// (p367). They chair the talks as "chaired by" names its chairs, and
// Settle keeps them as brokers only when they are not the talks' sides:
// a joint commission's "co-chairs" are most often its two sides' heads
// (p381, p83), who then stay sides. k is the index of "chairs" in
// "co-chairs"; at least two people must follow, or the noun names no one.
func (d *Reader) coChairList(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	j := k + 1
	if j < len(toks) && toks[j].Text == "," {
		j++
	} else if j < len(toks) && toks[j].Lower == "of" {
		// "the co-chairs of the X Group, which has mediated since 1992:
		// A of Y, B of Z and C of W" (p1406): the colon opens the list;
		// without one, the list follows the group's name itself
		// (coChairBodyEnd).
		if e := d.coChairBodyEnd(si, j); e > 0 {
			j = e
		} else {
			j = colonAfter(toks, j)
		}
	}
	if j < len(toks) && toks[j].Word && !toks[j].Cap && mention.IsTitleWord(toks[j].Lower) && d.personAt(si, j+1) != nil {
		// "co-chairs of the Group, ambassadors A of X, B of Y and C of
		// Z" (p715): a plural title before the list.
		j++
	}
	var people []int
	for j < len(toks) {
		m := d.personAt(si, j)
		if m == nil {
			break
		}
		people = append(people, m.Actor)
		j = m.J
		// "A of the United States": the complement tells A's state.
		if j+1 < len(toks) && toks[j].Lower == "of" {
			j++
			if toks[j].Lower == "the" {
				j++
			}
			e := -1
			for _, o := range d.Ments[si] {
				if o.I == j && o.Actor >= 0 {
					e = o.J
				}
			}
			if e < 0 {
				break
			}
			j = e
		}
		if j < len(toks) && toks[j].Text == "," {
			j++
		}
		if j < len(toks) && toks[j].Lower == "and" {
			j++
		}
	}
	if len(people) < 2 {
		return
	}
	r.chairList = [3]int{si, k + 1, j}
	for _, p := range people {
		r.chairs = append(r.chairs, chair{actor: p, side: d.Side(p), state: -1})
	}
}

// inChairList: the "and" at k of sentence si joins the people a
// "co-chairs" names ("the co-chairs, A of Russia and B of France, said"):
// their states are the brokers' own, never a negotiation's two sides
// (p367, p3029).
func (r *Roles) inChairList(si, k int) bool {
	c := r.chairList
	return c[2] > 0 && c[0] == si && c[1] <= k && k < c[2]
}

// colonAfter is the token after the first colon from j, or len(toks).
func colonAfter(toks []text.Token, j int) int {
	for ; j < len(toks); j++ {
		if toks[j].Text == ":" {
			return j + 1
		}
	}
	return len(toks)
}

// coChairBodyEnd: "of" at j opens the name of the body the co-chairs
// lead, an organization named right after it (with "the"), then a comma
// or a person ("the co-chairs of the OSCE Minsk Group Igor Popov of
// Russia, ...", p1686; "the co-chairmen of the Minsk Group, Carey
// Cavanaugh of the United States, ...", p1792): the token where the list
// opens, or -1 (a colon later may still open it). Before the
// five-hundred-and-thirty-third round only a colon opened such a list,
// and these co-chairs went unread.
func (d *Reader) coChairBodyEnd(si, j int) int {
	toks := d.Sents[si].Toks
	j++
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	for _, o := range d.Ments[si] {
		if o.I != j || o.Actor < 0 || o.Desc || d.Cast.Actors[o.Actor].Kind != graph.Organization {
			continue
		}
		e := o.J
		if e < len(toks) && toks[e].Text == "," {
			e++
		}
		if e < len(toks) && (d.personAt(si, e) != nil ||
			toks[e].Word && !toks[e].Cap && mention.IsTitleWord(toks[e].Lower) && d.personAt(si, e+1) != nil) {
			return e
		}
	}
	return -1
}
