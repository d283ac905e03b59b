package roles

import "github.com/parley-dev/parley/extract/text"

// Issue 14's three-hundred-and-sixty-ninth round: a list set after a
// noun phrase naming third parties who watch the talks, "the three
// observer countries of the peace process, A, B and C", "the Troika of
// observers of the peace process, namely A, B and C" (p1245, p2250),
// "with observers from A, B and C sitting in" (p1540), names observers,
// not the sides: its last two items are no pair of parties. The phrase
// is the one right before the list, after its comma, "namely", "from" or
// "of", back to the previous comma; it must hold a third party's noun
// ("observer", "witnesses", "sponsors"; lexicon thirdPartyNouns).

// observerListItem: the conjunct starting at token a is an item of a list
// apposed to, or governed by, an observers' phrase.
func observerListItem(toks []text.Token, a int) bool {
	i := a - 1
	// Back over the earlier items: capitalized words, "the", commas.
	for i >= 0 && (toks[i].Cap || toks[i].Lower == "the" || toks[i].Text == ",") {
		if toks[i].Text == "," && i > 0 && !toks[i-1].Cap {
			break
		}
		i--
	}
	if i < 0 {
		return false
	}
	if toks[i].Lower == "namely" {
		i--
	}
	if i < 0 || !(toks[i].Text == "," || toks[i].Lower == "from" || toks[i].Lower == "of") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-9; j-- {
		if !toks[j].Word {
			return false
		}
		if thirdPartyNouns[toks[j].Lower] {
			return true
		}
	}
	return false
}
