package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's four-hundred-and-sixty-eighth round: the sides a go-between
// goes between, told by generic nouns with a word before or a phrase
// after ("carrying messages between communist rebels and the
// government", "between the rebels of the south and the government in
// the capital"; p2842, p2844). genericBetween reads only the bare nouns
// after a negotiation word; a go-between's shuttle is itself the
// evidence of a negotiation, so its two ends are read more loosely.

// genericShuttleSide reads one generic side starting at j: "the", up to
// two lower-case modifiers, the generic noun, then, when and is set,
// an "of"/"in"/"at" phrase of up to four words closed by "and". It gives
// the noun's index, its class and the token after the side (the "and"
// when and is set); -1 when no generic side starts at j.
func genericShuttleSide(toks []text.Token, j int, and bool) (int, sideClass, int) {
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	n := -1
	for i := j; i < len(toks) && i <= j+2; i++ {
		if c := genericClass(toks[i].Lower); c != noClass && (!toks[i].Cap || i > 0 && toks[i-1].Lower == "the") {
			n = i
			break
		}
		if !toks[i].Word || toks[i].Cap || functionWords[toks[i].Lower] {
			return -1, noClass, -1
		}
	}
	if n < 0 {
		return -1, noClass, -1
	}
	c := genericClass(toks[n].Lower)
	if !and {
		return n, c, n + 1
	}
	e := n + 1
	if e < len(toks) && (toks[e].Lower == "of" || toks[e].Lower == "in" || toks[e].Lower == "at") {
		for e++; e < len(toks) && e <= n+6 && toks[e].Word && toks[e].Lower != "and"; e++ {
		}
	}
	if e >= len(toks) || toks[e].Lower != "and" {
		return -1, noClass, -1
	}
	return n, c, e
}

// shuttledGenerics pairs the two generic ends of a shuttle (the "between"
// at b) when they are of two kinds ("rebels" and "government"), each
// resolved to the story's actor as genericBetween resolves it, or, for
// "the government in X", to X's state. An end that is the go-between's
// own, or the nationality of someone before the shuttle's verb at k ("a
// Gambian official ... between the rebels and the government"), is no
// side: then neither is read. A state named before only as a place ("a
// bishop in the south of X said he carried messages") still may be.
func (d *Reader) shuttledGenerics(si, k, b int, shuttlers []int, r *Roles) {
	toks := d.Sents[si].Toks
	n1, c1, and := genericShuttleSide(toks, b+1, true)
	if n1 < 0 {
		return
	}
	n2, c2, _ := genericShuttleSide(toks, and+1, false)
	if n2 < 0 || c1 == c2 {
		return
	}
	as, bs := d.placedSide(si, n1, c1, b, r), d.placedSide(si, n2, c2, b, r)
	if len(as) == 0 || len(bs) == 0 {
		return
	}
	own := func(a int) bool {
		sa := d.Side(a)
		if slices.ContainsFunc(shuttlers, func(m int) bool { return m == a || sa >= 0 && d.Side(m) == sa }) {
			return true
		}
		for _, m := range d.Ments[si] {
			if m.I < k && m.Kind == mention.Demonym && m.Actor >= 0 && (m.Actor == a || sa >= 0 && d.Side(m.Actor) == sa) {
				return true
			}
		}
		return false
	}
	if slices.ContainsFunc(as, own) || slices.ContainsFunc(bs, own) {
		return
	}
	topic := d.topicAt(&d.Sents[si], b)
	r.shuttled = true
	for _, x := range as {
		for _, y := range bs {
			if !slices.Contains(as, y) && !slices.Contains(bs, x) {
				r.addPair(x, y, topic)
			}
		}
	}
	r.shuttled = false
}

// placedSide: the actors the generic noun at n stands for — the state of
// a place named right after a state's noun ("the government in X"),
// else sideAt's.
func (d *Reader) placedSide(si, n int, c sideClass, b int, r *Roles) []int {
	toks := d.Sents[si].Toks
	if c == stateClass && n+1 < len(toks) && toks[n+1].Lower == "in" {
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I != n+2 {
				continue
			}
			if sd := d.Side(m.Actor); m.Actor >= 0 && sd >= 0 && d.fitsClass(sd, c) {
				return []int{sd}
			}
			if sd := d.CapitalSide(m); sd >= 0 {
				return []int{sd} // "the government in Dakar"
			}
		}
	}
	return d.sideAt(si, b, n, c, r)
}
