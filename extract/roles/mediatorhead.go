package roles

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-twenty-second round: the head of a body the
// sentence makes a mediator, told in a clause set off after its name.

// mediatorHeadClause: the head verb's subject, whose last word is at e,
// is a relative pronoun or an apposition set off by a comma after a
// body's name — "the X Panel, which is led by P", "the X Initiative, a
// foundation headed by P", "X, a Geneva-based group chaired by P" — and
// that body is a mediation body by its name (mediationBody) or the agent
// of a mediation verb ("facilitated by the X", "brokered by X"). The
// head of the body that brokers brokers too, as with "the panel is
// chaired by P". A side's own body ("talks with the rebel front, which is
// led by P", "the delegation of X, a party headed by P") names no
// mediation: nothing is read.
func (d *Reader) mediatorHeadClause(si, e int) bool {
	toks := d.Sents[si].Toks
	if e < 2 {
		return false
	}
	c := -1
	switch {
	case frame.RelativeWords[toks[e].Lower] && toks[e-1].Text == ",":
		c = e - 1
	case toks[e].Word && !toks[e].Cap:
		// ", a foundation", ", a Geneva-based association of churches"
		for i := e; i > 0 && e-i <= 6; i-- {
			t := toks[i]
			if (t.Lower == "a" || t.Lower == "an" || t.Lower == "the") && toks[i-1].Text == "," {
				c = i - 1
				break
			}
			if !t.Word && !(t.Text == "-" && t.Glued) {
				return false
			}
		}
	}
	if c < 1 {
		return false
	}
	if d.mediationBody(si, c-1) {
		return true
	}
	m := d.MentionEndingAt(si, c)
	if m == nil || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind == graph.Person {
		return false
	}
	a := m.I
	if a > 0 && toks[a-1].Lower == "the" {
		a--
	}
	return a >= 2 && toks[a-1].Lower == "by" && mediatorVerbs[toks[a-2].Lower]
}
