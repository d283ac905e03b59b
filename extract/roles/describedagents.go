package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// Wire copy often names a broker with a lower-case description of what
// kind of body it is, and names a second and third broker after a
// "together with" rather than a comma: "facilitated by the regional bloc
// X together with A and B", "mediated by the London-based charity Y". The
// list of agents (actorList) read neither: the description stopped it
// before the name, and "together with" ended it after the first (the
// two-hundred-and-twenty-fourth round).

// bodyKindNouns end the description of a body set before its name: "the
// regional bloc X", "the Catholic charity Y".
var bodyKindNouns = lex("bodyKindNouns")

// coAgentLinks, followed by "with", join a further agent to a list: "A
// together with B", "A along with B", "A jointly with B".
var coAgentLinks = lex("coAgentLinks")

// describedBodyStart is where the named body starts after a lower-case
// description opening at token k — at most three lower-case words, the
// last a body noun ("regional bloc", "international humanitarian
// organisation") — when a non-person mention starts right after it; k
// when there is none.
func describedBodyStart(ms []mention.Mention, toks []text.Token, k int) int {
	for e := k; e < len(toks) && e-k < 3; e++ {
		t := toks[e]
		if !t.Word || t.Cap || functionWords[t.Lower] {
			return k
		}
		if !bodyKindNouns[t.Lower] {
			continue
		}
		for _, m := range ms {
			if m.I == e+1 && m.Actor >= 0 && m.Kind != mention.Person {
				return e + 1
			}
		}
		return k
	}
	return k
}

// coAgentNext is the token after "together with" (or "along with",
// "jointly with") at token e, optionally after a comma, and true; e and
// false when no such link stands there.
func coAgentNext(toks []text.Token, e int) (int, bool) {
	k := e
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k+1 < len(toks) && coAgentLinks[toks[k].Lower] && toks[k+1].Lower == "with" {
		return k + 2, true
	}
	return e, false
}
