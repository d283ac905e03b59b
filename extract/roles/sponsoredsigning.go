package roles

import "github.com/parley-dev/parley/extract/text"

// Issue 14's four-hundred-and-thirty-ninth round: a host's agency writes
// that its ruler "sponsored on Monday the signing of an agreement between
// A and B", "sponsored here today the signing of the peace agreement":
// the sponsor of a signing ceremony hosts and presides over it, which is
// no brokering by itself; the sides' talks may have run elsewhere or
// without it. Read as "X sponsored the talks" (mediatorVerbs), the host
// became a mediator of every such readout (p2666, p2496, p2550). A
// sentence that tells the brokering too ("sponsored the signing ...,
// with the State of X acting as mediator", p672) keeps the sponsor a
// mediator; a sponsor who brokered is told so elsewhere, and those
// readings stand.

// sponsoredSigning: the sponsor verb at k ("sponsored", "sponsors",
// "sponsoring") takes "the signing" as its object, over at most six
// words of adjunct ("here today", "on Monday", "this evening at the
// palace") and no comma, in a sentence with no mediator or mediation
// noun.
func sponsoredSigning(toks []text.Token, k int) bool {
	switch toks[k].Lower {
	case "sponsored", "sponsors", "sponsoring":
	default:
		return false
	}
	for _, t := range toks {
		if mediatorNouns[t.Lower] || mediationNouns[t.Lower] {
			return false
		}
	}
	for e := k + 1; e+1 < len(toks) && e <= k+7; e++ {
		if toks[e].Lower == "the" && toks[e+1].Lower == "signing" {
			return true
		}
		if !toks[e].Word || toks[e].Lower == "by" {
			return false
		}
	}
	return false
}
