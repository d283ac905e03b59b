package roles

import "github.com/parley-dev/parley/extract/text"

// conferenceBetweenNouns, right before "between", name a negotiating
// sitting as "talks" does: "the conference between A and B", "the
// constitutional conference between A and B" (issue 14's
// five-hundred-and-sixty-fifth round, p1444, p2331, p2348).
var conferenceBetweenNouns = lex("conferenceBetweenNouns")

// conferenceBetweenStops, right before the noun, make it a speaker's
// sitting with reporters, no negotiation: "a news conference between
// sessions".
var conferenceBetweenStops = lex("conferenceBetweenStops")

// conferenceBetween: the "between" at k follows a conferenceBetweenNouns
// word that no conferenceBetweenStops word modifies, so the pair after it
// is read as the sides of talks.
func conferenceBetween(toks []text.Token, k int) bool {
	if k < 1 || !conferenceBetweenNouns[toks[k-1].Lower] {
		return false
	}
	return k < 2 || !conferenceBetweenStops[toks[k-2].Lower]
}
