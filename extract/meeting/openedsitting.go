package meeting

import "github.com/parley-dev/parley/extract/text"

// openedSittingWith: the predicate at k opens a sitting together with the
// people named after it — "the facilitator opened the session with the
// heads of the two delegations, A and B", "X opened the first plenary in
// the presence of Y and Z", "the chairman convened the talks with A and
// B". Who opens a sitting and whom he opens it with sit at it: talks of
// theirs (issue 14's two-hundred-and-third round). "opened the session
// with a speech", "with the reading of the agenda", "opened talks on
// trade" and "opened fire" name no one the sitting is opened with.
func openedSittingWith(toks []text.Token, k int) bool {
	if !sittingOpenVerbs[toks[k].Lower] || k+2 >= len(toks) || !sessionDeterminers[toks[k+1].Lower] {
		return false
	}
	n := k + 2
	for n < len(toks) && n-k <= 4 && toks[n].Word && !toks[n].Cap && !openedSittingNouns[toks[n].Lower] {
		n++ // "the first plenary", "the closed session"
	}
	if n >= len(toks) || !openedSittingNouns[toks[n].Lower] {
		return false
	}
	if n+1 < len(toks) && openedSittingNouns[toks[n+1].Lower] {
		n++ // "the first plenary session", "the conference session"
	}
	if n+1 < len(toks) && toks[n+1].Lower == "of" {
		return false // "the session of the commission": a body's sitting
	}
	g := guestsStart(toks, n+1)
	if g < 0 || g >= len(toks) {
		return false
	}
	if toks[g].Cap {
		return true // "with A and B", "with Foreign Minister A"
	}
	if toks[g].Lower == "the" || toks[g].Lower == "both" || toks[g].Lower == "all" {
		g++
	}
	for g < len(toks) && (toks[g].Lower == "two" || toks[g].Lower == "three" || toks[g].Lower == "four" || toks[g].Lower == "main" || toks[g].Lower == "rival") {
		g++
	}
	return g < len(toks) && sittingGuestHeads[toks[g].Lower]
}

// guestsStart: the first token after "with" or "in the presence of" at
// i, or -1.
func guestsStart(toks []text.Token, i int) int {
	if i < len(toks) && toks[i].Lower == "with" {
		return i + 1
	}
	if i+3 < len(toks) && toks[i].Lower == "in" && toks[i+1].Lower == "the" && toks[i+2].Lower == "presence" && toks[i+3].Lower == "of" {
		return i + 4
	}
	return -1
}

var (
	sittingOpenVerbs   = lex("sittingOpenVerbs")
	openedSittingNouns = lex("openedSittingNouns")
	sittingGuestHeads  = lex("sittingGuestHeads")
)
