package roles

import "github.com/parley-dev/parley/extract/text"

// hyphenModifierBefore: a hyphen glued between two lower-case words ends
// right before token b ("third-party facilitator", "long-time mediator"),
// so that the walk back over a mediator noun's modifiers reaches the
// "as" before it ("acting as third-party facilitator", the
// two-hundred-and-fifty-seventh round, p534).
func hyphenModifierBefore(toks []text.Token, b int) bool {
	return b >= 2 && toks[b-1].Text == "-" && toks[b-1].Glued && toks[b-2].Word && !toks[b-2].Cap
}
