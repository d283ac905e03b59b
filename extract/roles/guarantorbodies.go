package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-fifty-seventh round: the third parties a
// compound noun introduces, "the guarantor countries, A and B", "the
// four guarantor countries of the 1942 Rio Protocol: A, B, C and D",
// "guarantor states of the Astana process - A, B and C -". The mediator
// noun is then a modifier, and the list hangs on the plural after it;
// a complement with names and years ("of the 1942 Rio Protocol") may
// stand before the colon as before a dash.

// mediatorBodyPlurals head a mediator noun's compound: "guarantor
// countries", "mediator states", "facilitator nations".
var mediatorBodyPlurals = lex("mediatorBodyPlurals")

// bodyPluralHead is the plural that heads the compound whose modifier is
// the mediator noun at k ("guarantor countries"), or k itself.
func bodyPluralHead(toks []text.Token, k int) int {
	if k+1 < len(toks) && mediatorBodyPlurals[toks[k+1].Lower] {
		return k + 1
	}
	return k
}

// ofComplementColon is the colon after an "of" complement of the plural
// noun at k, over words, names and numbers (at most nine tokens): "the
// guarantor countries of the 1942 Rio Protocol: A, B". -1 when there is
// none.
func ofComplementColon(toks []text.Token, k int) int {
	if k+1 >= len(toks) || toks[k+1].Lower != "of" || len(toks[k].Lower) < 2 || toks[k].Lower[len(toks[k].Lower)-1] != 's' {
		return -1
	}
	for c := k + 2; c < len(toks) && c-k <= 10; c++ {
		switch {
		case toks[c].Text == ":":
			return c
		case !toks[c].Word && !mention.IsNumber(toks[c].Text):
			return -1
		}
	}
	return -1
}
