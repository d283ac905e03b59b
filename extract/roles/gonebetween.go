package roles

import "github.com/parley-dev/parley/extract/text"

// goneBetween reads "X went back and forth between the two suites"
// (p344) and "X spent four days going back and forth between the two
// presidents' suites" (p422): a plain verb of going is a go-between's
// move only with both "back and forth" and "between" after it. "back
// and forth" alone is too often the sides' own haggling ("the two
// delegations went back and forth over the text"), which brokers nothing.
// k is the index of the verb.
func goneBetween(toks []text.Token, k int) bool {
	return goVerbs[toks[k].Lower] && k+4 < len(toks) && toks[k+1].Lower == "back" &&
		toks[k+2].Lower == "and" && toks[k+3].Lower == "forth" && toks[k+4].Lower == "between"
}
