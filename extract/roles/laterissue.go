package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// issueBackNouns take a meeting just told back as a sentence's subject
// after "their" or "the": "Their talks", "The 90-minute session", "Their
// conversation"; issueCentreVerbs tell what it was about: "centred on",
// "dealt with", "focused on" (lexicon sections issueBackNouns,
// issueCentreVerbs).
var (
	issueBackNouns   = lex("issueBackNouns")
	issueCentreVerbs = lex("issueCentreVerbs")
)

// laterIssueTold: one of the two sentences after the meeting's, before
// any other meeting is told, takes the meeting back as its subject and
// says it was about a dispute ("The two presidents met in X on Saturday.
// ... Their conversation was centred on the border dispute"): the issue
// a newsroom puts after the encounter makes it a negotiation of the sides
// as the same words in the meeting's own sentence do (MeetingSides;
// round 253, p1552). A sentence about something else ("Their talks
// covered trade and tourism") or a later sentence telling a meeting of
// its own tells nothing about this one. It is the sentence that tells
// the issue, -1 when none.
func (d *Reader) laterIssueTold(m meeting.Frame, ms []meeting.Frame) int {
	for s := m.Sent + 1; s <= m.Sent+2 && s < len(d.Sents); s++ {
		for _, o := range ms {
			if o.Sent == s {
				return -1
			}
		}
		toks := d.Sents[s].Toks
		if issueSubject(toks) && (anyCompound(toks, disputeWords) || contestedTold(toks)) {
			return s
		}
	}
	return -1
}

// issueSubject: the sentence opens with "their" or "the", at most four
// modifiers, an issueBackNouns noun, and then, before any comma, an
// issueCentreVerbs verb: "The 90-minute session at the ministry dealt
// with".
func issueSubject(toks []text.Token) bool {
	if len(toks) < 3 || toks[0].Lower != "their" && toks[0].Lower != "the" {
		return false
	}
	n := -1
	for k := 1; k < len(toks) && k <= 5; k++ {
		if issueBackNouns[toks[k].Lower] {
			n = k
			break
		}
	}
	if n < 0 {
		return false
	}
	for k := n + 1; k < len(toks) && k <= n+8; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return false
		}
		if issueCentreVerbs[toks[k].Lower] {
			return true
		}
	}
	return false
}

// otherStateNamed: the issue's sentence names a state that is neither
// side ("Their talks focused on the war in Syria"): the dispute is that
// state's, which the two who met only talk about, so the later sentence
// makes them no parties.
func (d *Reader) otherStateNamed(si int, sides []int) bool {
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.State {
			continue
		}
		if !slices.Contains(sides, m.Actor) && !slices.Contains(sides, d.Side(m.Actor)) {
			return true
		}
	}
	return false
}
