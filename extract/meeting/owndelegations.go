package meeting

import "github.com/parley-dev/parley/extract/text"

// Issue 14's three-hundred-and-forty-ninth round: leaders told as the
// heads of their own sides' teams at one table — "A and B led their
// respective delegations at the talks", "A, B and C headed their
// countries' delegations", "A and B head their two delegations" (p2126,
// p2129; p2128 and p205 tell talks the same way). Each leads his own
// team, and the teams sit together, so the people of the subject meet;
// the verb of leading had no encounter of its own, so a sentence that
// names no time or venue beside it ("... at the talks.") told none.

// ledOwnDelegations: the verb at k (ownDelegationVerbs) takes "their"
// and at most three tokens of modifiers — words in lower case
// ("respective", "own", "two") or a plural possessive's apostrophe
// ("countries'") — then a plural team noun (ownDelegationNouns). A
// single team ("led their delegation"), a team of one side ("led the
// government delegation") or another object ("led their parties to
// victory") is no encounter.
func ledOwnDelegations(toks []text.Token, k int) bool {
	if !ownDelegationVerbs[toks[k].Lower] || k+2 >= len(toks) || toks[k+1].Lower != "their" {
		return false
	}
	for e, n := k+2, 0; e < len(toks) && n <= 3; e, n = e+1, n+1 {
		t := toks[e]
		switch {
		case ownDelegationNouns[t.Lower]:
			return e+1 >= len(toks) || toks[e+1].Text != "'s" && toks[e+1].Text != "'"
		case t.Word && !t.Cap || t.Text == "'" || t.Text == "’":
		default:
			return false
		}
	}
	return false
}

var (
	ownDelegationVerbs = lex("ownDelegationVerbs")
	ownDelegationNouns = lex("ownDelegationNouns")
)
