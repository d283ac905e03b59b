package roles

import "github.com/parley-dev/parley/extract/text"

// rowNouns name a quarrel of two sides in the press's short words: "the
// row between A and B", "the feud between A and B". They are no
// negotiation nouns (negNouns), since "row" and "rift" stand for no talks
// elsewhere ("in a row", "the front row", "a rift in the party"), so the
// "between" of such a quarrel went unread where "the dispute between A
// and B" gave the sides (the two-hundred-and-ninetieth round, p1772,
// p1773: a meeting's story telling the two states' quarrel in a sentence
// of its own).
var rowNouns = lex("rowNouns")

// rowBetween reports whether the "between" at k follows a quarrel noun
// right before it: "the row between", "a bitter feud between".
func rowBetween(toks []text.Token, k int) bool {
	return k > 0 && toks[k].Lower == "between" && rowNouns[toks[k-1].Lower]
}
