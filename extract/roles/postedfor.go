package roles

import "github.com/parley-dev/parley/extract/text"

// Issue 14's three-hundred-and-sixty-ninth round: a post assigned to a
// country or conflict names it after "for": "the UN special envoy for
// Tajikistan, X, who brokered the encounter" (p1565), "Norway's special
// envoy for Colombia, X, who helped to broker the agenda" (p631), "the
// special representative of the Secretary-General for Angola, X, who
// mediated the negotiations" (p2250). The country there is where the
// holder serves, one of the sides or the land they fight over, and the
// comma after it opens the holder's name, not a list: read as a list
// "Angola, X" made the country a broker of its own talks. A subject list
// read backwards from a verb therefore stops before such a country.

// postedForNouns: "envoy", "representative", "coordinator".
var postedForNouns = lex("postedForNouns")

// postedForObject: the phrase starting at token e is the complement of a
// post's "for" ("envoy for [the] X"): "for" before it (past "the") is
// preceded, within the ten words before it and with no comma between, by
// a post noun ("the special representative of the Secretary-General
// for").
func postedForObject(toks []text.Token, e int) bool {
	if e > 0 && toks[e-1].Lower == "the" {
		e--
	}
	if e < 2 || toks[e-1].Lower != "for" {
		return false
	}
	for j := e - 2; j >= 0 && j >= e-11; j-- {
		if !toks[j].Word {
			return false
		}
		if postedForNouns[toks[j].Lower] {
			return true
		}
	}
	return false
}
