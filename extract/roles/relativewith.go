package roles

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
)

// closedRelativeWith: the "with" at w stands inside a relative clause set
// off by commas that closes before the "as" at e, with only the main
// clause's lower-case predicate after its closing comma: "B, which trades
// with both, has offered itself as a mediator" (p771, p1034; p1642). The
// "with" phrase is the relative clause's own, no "with X as mediator"
// (withAsMediator); the post is the antecedent's, which
// relativeAntecedent reads.
func closedRelativeWith(toks []text.Token, w, e int) bool {
	// The relative word opens the clause after a comma, before "with".
	r := -1
	for j := w - 1; j >= 1; j-- {
		if toks[j].Text == "," || !toks[j].Word {
			return false
		}
		if frame.RelativeWords[toks[j].Lower] && toks[j-1].Text == "," {
			r = j
			break
		}
	}
	if r < 0 {
		return false
	}
	// The clause closes with a comma after "with"; only lower-case words
	// follow it up to e.
	c := -1
	for j := w + 1; j < e; j++ {
		if toks[j].Text == "," {
			c = j
			break
		}
	}
	if c < 0 || c+1 >= e {
		return false
	}
	for j := c + 1; j < e; j++ {
		if !toks[j].Word || toks[j].Cap {
			return false
		}
	}
	return true
}
