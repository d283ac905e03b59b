package roles

import "github.com/parley-dev/parley/extract/text"

// Issue 14's three-hundred-and-thirty-eighth round: "presided over" is
// the chair's verb of older and more formal copy, "X, who presided
// over the armistice talks" (p1745), "the talks were presided over by X"
// (p2062). It is read as "chaired" is, over the same objects (talks,
// negotiations, a conference, a round; chairedObjects, never a summit,
// and for the active verb no session), and Settle keeps the chair only beside sides the chair is
// not. A ceremony or a signing is left out: the host of the venue often
// presides over it without brokering anything.

// presidedOverTalks: "presided over" at k, k+1 with talks as its object
// ("presided over the negotiations", "presided over every plenary
// round"), within three lower-case words after an optional "the",
// "every" or "all". A session is left out here: "presided over a session
// of the House" (p1438) and "presided over the opening session" of a
// summit (p588, p1874) are said of a parliament's or a summit's sitting
// as often as of talks.
func presidedOverTalks(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || toks[k].Lower != "presided" || toks[k+1].Lower != "over" {
		return false
	}
	a := k + 2
	if l := toks[a].Lower; l == "the" || l == "every" || l == "all" {
		a++
	}
	for n := 0; n < 3 && a < len(toks) && toks[a].Word && !toks[a].Cap; n, a = n+1, a+1 {
		if l := toks[a].Lower; chairedObjects[l] {
			return l != "session" && l != "sessions"
		}
	}
	return false
}

// presidedOverBy: the "by" at k closes "presided over by" whose subject
// is talks ("the talks were presided over by X").
func presidedOverBy(toks []text.Token, k int) bool {
	return k >= 2 && toks[k-1].Lower == "over" && toks[k-2].Lower == "presided" && chairsTalks(toks, k-2)
}
