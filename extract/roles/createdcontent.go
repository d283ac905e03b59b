package roles

import "github.com/parley-dev/parley/extract/text"

// Issue 14's three-hundred-and-seventy-seventh round: the content of a
// deal. "The agreement provides for an independent republic with a Greek
// president and a Turkish vice-president", "the plan envisages a Namibian
// assembly and a Cuban pull-out": the demonyms or names in an indefinite
// noun phrase after a content verb only say what the deal will set up;
// they name the topic, not the sides that negotiated it, so "A and B"
// there pairs no parties (p2297).

// contentVerbs open what a deal provides for.
var contentVerbs = lex("contentVerbs")

// createdContent: the conjunct opening at ai follows an indefinite
// article, and a content verb ("provides for", "envisages") stands before
// it in the same clause (no comma, semicolon or finite "and" clause
// between), so the conjunct is part of what the deal sets up.
func createdContent(toks []text.Token, ai int) bool {
	if ai < 1 || toks[ai-1].Lower != "a" && toks[ai-1].Lower != "an" {
		return false
	}
	for e := ai - 2; e >= 0 && ai-e <= 16; e-- {
		switch t := toks[e]; {
		case t.Text == "," || t.Text == ";" || t.Text == ":":
			return false
		case t.Lower == "for" && e > 0 && contentVerbs[toks[e-1].Lower]:
			return true
		case contentVerbs[t.Lower] && (e+1 >= len(toks) || toks[e+1].Lower != "for"):
			return true
		}
	}
	return false
}
