package meeting

import (
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-sixty-third round: a host or envoy receives
// a side's team, named after the team by who leads it: "X received the
// government delegation, led by Y's ambassador, Z" (p1614), "X received
// a delegation led by Vice-Speaker Z" (p574). The reception's object is
// the delegation, no actor, so the verb of reception (an objectTrigger)
// found no one received; the person who leads the team stands for it, as
// after "met the delegation led by Z".

// ledDelegationObject: the object of the reception verb at k is a
// delegation (a determiner, up to five modifying tokens — words, a
// demonym among them, and the hyphen of "high-level" —, a delegationNouns
// word) that "led by" or "headed by" follows, a comma
// maybe between, and a person is named within fourteen words after "by",
// with no sentence or clause mark (".", ";") between.
func (d *Reader) ledDelegationObject(si, k int) bool {
	toks := d.Sents[si].Toks
	e := receptionSiteEnd(toks, k+1)
	if e >= len(toks) || !appositionDets[toks[e].Lower] {
		return false
	}
	e++
	for n := 0; e < len(toks) && n < 5 && modifierWord(toks[e]) && !delegationNouns[toks[e].Lower]; n++ {
		e++
	}
	if e >= len(toks) || !delegationNouns[toks[e].Lower] {
		return false
	}
	e++
	e = delegationOwnerEnd(toks, e)
	if e < len(toks) && toks[e].Text == "," {
		e++
	}
	if e+1 >= len(toks) || toks[e].Lower != "led" && toks[e].Lower != "headed" || toks[e+1].Lower != "by" {
		return false
	}
	by := e + 1
	for g := by + 1; g < len(toks) && g <= by+14; g++ {
		if toks[g].Text == "." && !toks[g].Glued || toks[g].Text == ";" {
			return false
		}
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I == g && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return true
			}
		}
	}
	return false
}

// modifierWord: a token that may stand in a delegation's modifiers: a
// word, a demonym among them ("the Arlander delegation"), or the hyphen
// joining two ("high-level").
func modifierWord(t text.Token) bool {
	return t.Word || t.Text == "-"
}

// delegationOwnerEnd: the end of the "of"- or "from"-phrase naming whose
// team a delegation is, between the delegation noun and "led by" or
// "headed by" (at e): "received a delegation of the X movement headed by
// Y", "a delegation from the Z party led by W", as South Asian agencies
// write a visiting team (issue 14's three-hundred-and-forty-fifth
// round, p2102; p399): the phrase, "the" and up to five words or
// hyphens, none a leading verb, is skipped; e when none stands there or
// no "led by" or "headed by" follows it.
func delegationOwnerEnd(toks []text.Token, e int) int {
	if e >= len(toks) || toks[e].Lower != "of" && toks[e].Lower != "from" {
		return e
	}
	g := e + 1
	if g < len(toks) && toks[g].Lower == "the" {
		g++
	}
	from := g
	for n := 0; g < len(toks) && n < 5 && modifierWord(toks[g]) && toks[g].Lower != "led" && toks[g].Lower != "headed"; n++ {
		g++
	}
	if g == from || g+1 >= len(toks) || toks[g].Lower != "led" && toks[g].Lower != "headed" || toks[g+1].Lower != "by" {
		return e
	}
	return g
}

// Issue 14's four-hundred-and-fifth round: agencies put where a guest was
// received between the verb and its object, the object being long: "X
// today received at Y International Airport a high-level delegation of Z
// led by W" (p2466), as "received in V on a weekday a team of ..."
// (p480) and "met at dawn with the U team led by ..." (p475) set a place
// or time first. The place does not end the
// reception; the delegation after it is still its object.

// receptionSiteEnd: past a place set between a reception verb and its
// object — "at" or "in", "the" maybe, one to five capitalized words — if
// a determiner follows it; e itself otherwise.
func receptionSiteEnd(toks []text.Token, e int) int {
	g := e
	if g+2 < len(toks) && toks[g].Lower == "on" && (toks[g+2].Lower == "at" || toks[g+2].Lower == "in") {
		if _, wd := lexicon.Weekdays[toks[g+1].Lower]; wd {
			g += 2 // "received on Wednesday at his headquarters in X an Egyptian delegation headed by Y" (round 527: p3198, p2347)
		}
	}
	if g >= len(toks) || toks[g].Lower != "at" && toks[g].Lower != "in" {
		return e
	}
	if g+1 < len(toks) && args.VenuePossessive(toks[g+1].Lower) {
		if v := args.OwnVenueEnd(toks, g+2); v > 0 && v < len(toks) && appositionDets[toks[v].Lower] {
			return v
		}
		return e
	}
	g++
	if g < len(toks) && toks[g].Lower == "the" {
		g++
	}
	from := g
	for n := 0; g < len(toks) && n < 5 && toks[g].Word && toks[g].Cap; n++ {
		g++
	}
	if g == from || g >= len(toks) || !appositionDets[toks[g].Lower] {
		return e
	}
	return g
}
