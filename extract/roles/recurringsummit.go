package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// recurringSummitMarks number a summit in a series or tell it held at
// fixed times: "the fifth A-B summit", "the annual A-B summit".
var recurringSummitMarks = lex("recurringSummitMarks")

// recurringSummit: the "A-B summit" whose pair opens at token a is one of a
// series ("the fifth", "the 22nd", "the annual", "the twice-yearly"), and
// its sentence names no dispute. Such a summit is the routine review of two
// countries' relations, education, trade and investment on its agenda, not
// a negotiation between them (issue 14's five-hundred-and-forty-fourth
// round: p3296, p2441). A first or second summit stays a possible
// negotiation ("the first Indo-Pakistani summit", "the second DPRK-US
// Summit", p719), and so does a numbered one over a dispute.
func recurringSummit(toks []text.Token, a, e int) bool {
	if w := toks[e].Lower; w != "summit" && w != "summits" {
		return false
	}
	if a < 1 || anyCompound(toks, disputeWords) {
		return false
	}
	w := toks[a-1].Lower
	return recurringSummitMarks[w] || numberedRank(w)
}

// numberedRank: a rank written in figures past the second, "22nd", "5th".
func numberedRank(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(w, suf); ok && n != "1" && n != "2" && mention.IsNumber(n) {
			return true
		}
	}
	return false
}
