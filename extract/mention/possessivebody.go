package mention

import (
	"strings"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-eighteenth round: a body named for its
// members in the plural possessive ("the All X Students' Union", "the
// Workers' Party", "the National Farmers' Union"), a side of talks the
// capitalized run used to break at the apostrophe.

// pluralPossessiveInName: the apostrophe at j, glued to a capitalized
// plural before it ("Students'"), is followed by the head of a body, one
// or two capitalized words on ("Union", "Youth Front"), so the name runs
// on through it. Only a body's head continues it: "the Ministers' meeting"
// and "the Kurds' demands" stay as they were, and a possessive of one
// name ("Reuters' report") has no head after it.
func pluralPossessiveInName(toks []text.Token, j int, isWord func(int) bool) bool {
	if j < 1 || j+1 >= len(toks) {
		return false
	}
	t, prev := toks[j], toks[j-1]
	if t.Text != "'" && t.Text != "\u2019" || !t.Glued || !prev.Cap || !strings.HasSuffix(prev.Lower, "s") || len(prev.Lower) < 4 {
		return false
	}
	head := func(k int) bool {
		return k < len(toks) && isWord(k) && (orgHeads[toks[k].Lower] || groupHeads[toks[k].Lower])
	}
	return head(j+1) || isWord(j+1) && head(j+2)
}
