package roles

import (
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

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

// hostedMeeting: the "by" at k follows a talksHostVerbs word whose
// subject noun, right before it or past "was"/"were", is a meeting: "at a
// meeting hosted by", "The meeting was hosted by". Read only for the
// envoy's body (hostingEnvoyBody); the host in person is left to the
// readers of talks, as a meeting's host may be anyone's.
func hostedMeeting(toks []text.Token, k int) bool {
	if k < 2 || !talksHostVerbs[toks[k-1].Lower] {
		return false
	}
	n := k - 2
	if n >= 1 && (toks[n].Lower == "was" || toks[n].Lower == "were") {
		n--
	}
	return toks[n].Lower == "meeting" || toks[n].Lower == "meetings"
}

// hostingEnvoyBody: from token i, "the ORG Secretary-General's" opens the
// host's post ("the UN Secretary-General's special adviser on Cyprus,
// X"): the organization whose secretary-general sent the host, or -1.
// The envoy hosts the sides' meeting for that body, which brokers it
// beside its envoy (issue 14's five-hundred-and-third round; p3052,
// p2986). A side's own secretary-general ("the party's") is no
// organization named so.
func (d *Reader) hostingEnvoyBody(si, i int) int {
	toks := d.Sents[si].Toks
	if i+5 >= len(toks) || toks[i].Lower != "the" {
		return -1
	}
	m := d.MentionEndingAt(si, i+2)
	if m == nil || m.I != i+1 || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Organization {
		return -1
	}
	if toks[i+2].Lower != "secretary" || toks[i+3].Text != "-" || toks[i+4].Lower != "general" || toks[i+5].Text != "'s" {
		return -1
	}
	return m.Actor
}
