package roles

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-seventy-seventh round: a side read as the
// label its fighters go by.

// LabelSides puts the named movement in the place of a side read as a
// bare label: a one-word region's or people's name the text uses as the
// modifier of a plural of fighters ("the X rebels", "X separatists",
// "X rebel groups") is no body of its own but the movement those fighters
// belong to, which the story names with the same word ("the Free X
// Movement", "the X National Union", "the Movement of ... of X", "the
// Xland Front"). Only a movement the label names alone is taken: with two
// such bodies the label may stand for either (p1696, p1563, p123).
func (d *Reader) LabelSides(r *Roles) {
	for i := range r.pairs {
		p := &r.pairs[i]
		changed := false
		for _, s := range []*int{&p.A, &p.B} {
			if g := d.labelMovement(*s); g >= 0 {
				*s, changed = g, true
			}
		}
		if !changed {
			continue
		}
		if p.A > p.B {
			p.A, p.B = p.B, p.A
		}
		if p.A == p.B {
			p.void = true
		}
	}
}

// labelMovement is the movement a one-word group side a stands for as
// the modifier of fighters, -1 when a is no such label or the story
// names no single movement by its word.
func (d *Reader) labelMovement(a int) int {
	if a < 0 || a >= len(d.Cast.Actors) {
		return -1
	}
	x := d.Cast.Actors[a]
	if x.Kind != graph.Group || slices.ContainsFunc(x.Forms, func(f string) bool { return strings.Contains(f, " ") }) {
		return -1
	}
	if !d.fightersModifier(a) {
		return -1
	}
	label := strings.ToLower(x.Name())
	found := -1
	for i, y := range d.Cast.Actors {
		if i == a || (y.Kind != graph.Group && y.Kind != graph.Organization) {
			continue
		}
		words := strings.Fields(strings.ToLower(y.Name()))
		if len(words) < 2 || !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, label) }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// labelSideNouns: the nouns a label of fighters or envoys modifies.
var labelSideNouns = lex("labelSideNouns")

// fightersModifier: some mention of a is followed by a plural of fighters
// ("rebels", "separatists"), by "rebel" before its noun ("rebel groups")
// or by "delegation" ("the X delegation", p1563).
func (d *Reader) fightersModifier(a int) bool {
	for si, ms := range d.Ments {
		toks := d.Sents[si].Toks
		for _, m := range ms {
			if m.Actor != a || m.J >= len(toks) {
				continue
			}
			if labelSideNouns[toks[m.J].Lower] {
				return true
			}
		}
	}
	return false
}
