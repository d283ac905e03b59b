package roles

import (
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-seventy-ninth round: two sides told negotiating
// by a verb alone, with no negotiation noun in their sentence.

// jointBargainVerbs, said of two sides joined as one subject, tell them
// negotiating with each other: "A and B never negotiated face to face",
// "A and B have bargained through a go-between since March".
var jointBargainVerbs = lex("jointBargainVerbs")

// bargainNegators, function words, may stand before the verb: "did not",
// "never".
var bargainNegators = lex("bargainNegators")

// bargainedSides reads "A and B (never) negotiated ...": two states or
// groups joined as the subject of a bargaining verb, at most three
// lower-case words on (an auxiliary, a negation, an adverb), are the two
// sides. Sentences that name a negotiation are read by the conjunction
// rule of Sentence already. Two sides that negotiate "with" a third are
// one side of their own talks ("A and B negotiated with C"), and talks
// framed as cooperation or taken to a court join no sides.
func (d *Reader) bargainedSides(si int, conjSides bool, r *Roles) {
	toks := d.Sents[si].Toks
	if conjSides || cooperationFramed(toks) || adjudicated(toks) {
		return
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "and" || ownedConjunct(toks, k) {
			continue
		}
		a, b := d.arg.ConjPair(si, k)
		if a == nil || b == nil || a.Actor < 0 || b.Actor < 0 || !d.sideKind(a.Actor) || !d.sideKind(b.Actor) {
			continue
		}
		v := bargainVerbAfter(toks, b.J)
		if v < 0 || v+1 < len(toks) && toks[v+1].Lower == "with" {
			continue
		}
		d.pairRole(r, a.Actor, b.Actor, d.topicAt(&d.Sents[si], v))
	}
}

// sideKind: a state or a group, the kinds that negotiate as sides.
func (d *Reader) sideKind(a int) bool {
	k := d.Cast.Actors[a].Kind
	return k == graph.State || k == graph.Group
}

// bargainVerbAfter is the bargaining verb right after the conjunct ending
// at e, or after at most three lower-case words ("never", "have",
// "did not", "directly"), else -1.
func bargainVerbAfter(toks []text.Token, e int) int {
	for i := e; i < len(toks) && i <= e+3; i++ {
		if jointBargainVerbs[toks[i].Lower] {
			return i
		}
		if !toks[i].Word || toks[i].Cap || functionWords[toks[i].Lower] && !auxWords[toks[i].Lower] && !bargainNegators[toks[i].Lower] {
			return -1
		}
	}
	return -1
}
