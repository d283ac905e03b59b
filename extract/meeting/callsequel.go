package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// callContinued: one of the two sentences before si told a held call
// between exactly the people parts names. Phone-call readouts open with
// the call ("A had a telephone conversation with B"), may add a line on
// it ("The call was the first between the two countries' leaders") and
// go on with what "the two leaders" discussed in it; that weak verb, read
// of the pair the call joined, tells the call again, not a second
// meeting. A meeting verb ("The two leaders met in X last month") is no
// weak verb and keeps its own meeting.
func callContinued(prev []Frame, si int, parts []int) bool {
	return slices.ContainsFunc(prev, func(o Frame) bool {
		if o.Sent >= si || si-o.Sent > 2 || o.Mode != graph.Call || o.Status != graph.Held || len(o.Parts) != len(parts) {
			return false
		}
		for _, a := range parts {
			if !slices.Contains(o.Parts, a) {
				return false
			}
		}
		return true
	})
}

// callRetold: the predicate at k is the noun of a call the story has told
// already — "the call", "the conversation", "the telephone call", "the
// 15-minute conversation" after a held call of an earlier sentence — and
// the clause's people are not all that call's: "A's press secretary told
// the agency that the conversation lasted 37 minutes", "The call came a
// day before A was expected to ...". The sentence tells the call again
// with those who report or comment on it, no call of theirs (issue 14's
// two-hundred-and-eighty-seventh round, p1757, p886). The clause's own
// meeting verb ("the call came after A met B") is no call noun and keeps
// its meeting.
func callRetold(prev []Frame, si int, toks []text.Token, k int, parts []int) bool {
	if !retoldCallNoun(toks, k) {
		return false
	}
	told := false
	for _, o := range prev {
		if o.Sent >= si || o.Mode != graph.Call || o.Status != graph.Held {
			continue
		}
		told = true
		if !slices.ContainsFunc(parts, func(a int) bool { return !slices.Contains(o.Parts, a) }) {
			return false // the call's own people, told again: kept as before
		}
	}
	return told
}

// retoldCallNoun: the noun at k is "call" or "conversation" after "the",
// "this" or "that", with a call word or one other modifier between
// (definiteNoun).
func retoldCallNoun(toks []text.Token, k int) bool {
	switch toks[k].Lower {
	case "call", "conversation":
	default:
		return false
	}
	if definiteNoun(toks, k) {
		return true
	}
	return k >= 2 && frame.CallWords[toks[k-1].Lower] && (toks[k-2].Lower == "the" || toks[k-2].Lower == "this" || toks[k-2].Lower == "that")
}
