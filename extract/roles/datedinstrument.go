package roles

import "github.com/parley-dev/parley/extract/text"

// datedInstrumentBetween: the "between" at k follows an instrument told
// as an old one by an indefinite article and a year ("under an 1890
// treaty between A and B", "a 1935 border treaty between A and B"): the
// story cites a past instrument as background, so its signatories are no
// sides of the negotiation told (the hundred-and-eighty-seventh round).
// Up to two words may stand between the year and the noun. "The 2005
// peace agreement between A and B" (definite) is read as before when its
// sentence tells a broker; "talks on a treaty between A and B" (no year)
// always.
func datedInstrumentBetween(toks []text.Token, k int) bool {
	if k < 3 || !instrumentNouns[toks[k-1].Lower] && !datedInstruments[toks[k-1].Lower] {
		return false
	}
	for y := k - 2; y >= 1 && y >= k-4; y-- {
		if yearToken(toks[y].Text) {
			if y >= 3 && toks[y-1].Lower == "and" && yearToken(toks[y-2].Text) {
				y -= 2 // "the 1887 and 1895 conventions": two old ones
			}
			switch toks[y-1].Lower {
			case "a", "an":
				return true
			case "the":
				// "on the basis of the 1887 convention between A and
				// B", "the 1939 agreement between A and B is to be
				// revised": a definite dated instrument is background
				// too, unless the sentence tells its brokering ("whose
				// mediation had brokered the 2005 peace agreement
				// between A and B", p101), the talks that made it
				// (the four-hundred-and-fifty-third round, p2754, p1692).
				return !nearWord(toks, len(toks), len(toks), mediatorNouns, mediatorVerbs)
			}
			return false
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
