package roles

import "github.com/parley-dev/parley/extract/text"

// datedInstrumentBetween: the "between" at k follows an instrument told
// as an old one by an indefinite article and a year ("under an 1890
// treaty between A and B", "a 1935 border treaty between A and B"): the
// story cites a past instrument as background, so its signatories are no
// sides of the negotiation told (the hundred-and-eighty-seventh round).
// Up to two words may stand between the year and the noun. "The 2005
// peace agreement between A and B" (definite) and "talks on a treaty
// between A and B" (no year) are read as before.
func datedInstrumentBetween(toks []text.Token, k int) bool {
	if k < 3 || !instrumentNouns[toks[k-1].Lower] && !datedInstruments[toks[k-1].Lower] {
		return false
	}
	for y := k - 2; y >= 1 && y >= k-4; y-- {
		if yearToken(toks[y].Text) {
			return toks[y-1].Lower == "a" || toks[y-1].Lower == "an"
		}
		if !toks[y].Word || toks[y].Cap {
			return false
		}
	}
	return false
}

// datedInstruments are instrument nouns beyond instrumentNouns that an
// old dated one is cited by ("an 1884 convention between A and B").
var datedInstruments = lex("datedInstruments")

// yearToken: four digits from 1000 to 2099.
func yearToken(s string) bool {
	if len(s) != 4 || s[0] != '1' && s[0] != '2' || s[0] == '2' && s[1] != '0' {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
