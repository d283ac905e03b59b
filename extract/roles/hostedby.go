package roles

import "github.com/parley-dev/parley/extract/text"

// Issue 14's two-hundred-and-fifty-seventh round: "talks hosted by X"
// where X is a person, "after two days of talks hosted by US President
// X between the two delegations", "in talks hosted by the EU's foreign
// policy chief X": a leader or envoy hosting others' talks runs them, as
// one chairing them does, and is kept as a chair is (Settle: only beside
// sides X is not on, so that a host who is one side's leader, "talks
// hosted by President X" of one of the parties, brokers nothing). A state
// hosting talks is only the venue (SCHEMA), and is not read here; nor is
// a host the sentence names before as one who signed or met (p984).

// namedBefore: actor a has a mention in sentence si before token k. A
// host named earlier in the sentence as one who signed or met ("A, B and
// C signed the treaty after talks hosted by C") is a participant, no
// third party.
func (d *Reader) namedBefore(si, k, a int) bool {
	for _, m := range d.Ments[si] {
		if m.I < k && m.Actor == a {
			return true
		}
	}
	return false
}

// talksHostVerbs are the passive forms of hosting before "by".
var talksHostVerbs = lex("talksHostVerbs")

// hostedTalks: the "by" at k follows a talksHostVerbs word whose noun right
// before it (past "of" in "days of talks") names talks, not a meal or a
// summit.
func hostedTalks(toks []text.Token, k int) bool {
	if k < 2 || !talksHostVerbs[toks[k-1].Lower] {
		return false
	}
	n := toks[k-2].Lower
	return n != "summit" && (chairedObjects[n] || negNouns[compound(toks, k-2)])
}
