package meeting

// Meetings only asked about or doubted.
//
// A meeting verb inside an indirect question tells no meeting: "asked
// whether A had met B", "asked if A had met B", "it was not clear whether
// A and B met", "it is unclear if they met". The question may be answered
// either way in the rest of the sentence ("..., he said he had not"), and
// a doubt leaves it open; either way the clause asserts nothing, like a
// negated predicate (the three-hundred-and-eightieth round, p2312, p2313,
// and p109's "Asked whether ... had met ..."). The question word opens the
// clause the verb is in when it stands before it in the clause with no
// reporting verb between and an even number of commas between (an
// apposition, "whether X's envoy, Y, had met", stays inside; "Asked
// whether ..., A met B" closes the question at its one comma). "if" is a
// question only after a word that asks or doubts (askIfWords): "said if
// they met" is a condition.

import (
	"github.com/parley-dev/parley/extract/text"
)

// askIfWords before "if" make it an indirect question.
var askIfWords = lex("askIfWords")

// questionWindow is how far back from the verb the question word is sought.
const questionWindow = 14

// inQuestion reports whether the meeting predicate at k is the verb of an
// indirect question ("whether"/"if" clause) opened before it in the clause
// starting at cs.
func inQuestion(toks []text.Token, k, cs int) bool {
	commas := 0
	for e := k - 1; e >= cs && e >= k-questionWindow; e-- {
		l := toks[e].Lower
		switch {
		case toks[e].Text == ",":
			commas++
		case toks[e].Text == ";" || toks[e].Text == ":" || l == "that" || reportVerbs[l] && !denyVerbs[l]:
			return false // another clause: "said that", "asked whether ..., he said"
		case l == "whether":
			return commas%2 == 0
		case l == "if":
			return commas%2 == 0 && e > 0 && askIfWords[toks[e-1].Lower]
		}
	}
	return false
}
