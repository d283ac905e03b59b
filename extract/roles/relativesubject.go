package roles

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-fifty-seventh round: the subject of a
// mediating verb set off from it by a whole relative clause, "Kenya,
// which has hosted the talks since 2001, also facilitated them", "X, who
// arrived on Monday, mediated": the verb's subject is the name before the
// clause's opening comma.

// relativeSkipped: the comma right before e closes a relative clause
// that opens with ", which" or ", who" at most sixteen tokens back, with
// no other comma or full stop inside; the index of the opening comma, or
// -1.
func relativeSkipped(toks []text.Token, e int) int {
	if e < 4 || toks[e-1].Text != "," {
		return -1
	}
	for c := e - 3; c > 0 && c >= e-17; c-- {
		switch t := toks[c].Text; {
		case t == ",":
			if frame.RelativeWords[toks[c+1].Lower] {
				return c
			}
			return -1
		case t == "." && !toks[c].Glued, t == ";", t == ":":
			return -1
		}
	}
	return -1
}
