package coref

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// travellingBodyNouns name a body of people that travels and meets as
// one, which "it" can stand for: "the delegation", "a trade mission",
// "the party, led by X" (the three-hundred-and-fortieth round).
var travellingBodyNouns = lex("travellingBodyNouns")

// WhereItBody reads "it" as the subject of a relative clause of place on
// a travelling body ("A delegation led by X flew to Y, where it met Z",
// "X had led a team to Y, where it was received by Z") and returns the
// people who lead that body: the meeting's subject is them, as "he" of
// "X flew to Y, where he met Z" is X. The clause before ", where" names
// the body (travellingBodyNouns) and its leader, "led (headed) by X" after
// the noun or "X [had] led a ... team" before it; or, with "the" before
// the noun and no leader in the sentence, the one person the story named
// before as leading a delegation ("A delegation led by X held talks ...
// The delegation had arrived at Y, where it met Z"). k is the clause's
// predicate ("met", "received"), "it" at most three words before it.
// nil when the clause has no such "it" or the leader is not known.
func (d *Resolver) WhereItBody(si, k int) []int {
	toks := d.Sents[si].Toks
	it := -1
	for i := k - 1; i >= 2 && i >= k-3; i-- {
		if toks[i].Text == "," {
			break
		}
		if toks[i].Lower == "it" {
			it = i
			break
		}
	}
	if it < 0 || toks[it-1].Lower != "where" || toks[it-2].Text != "," {
		return nil
	}
	end := it - 2 // the main clause is toks[:end]
	body := -1
	for i := 0; i < end; i++ {
		if travellingBodyNouns[toks[i].Lower] && !toks[i].Cap {
			body = i
			break
		}
	}
	if body < 0 {
		return nil
	}
	var out []int
	for _, m := range d.Ments[si] {
		if m.J > end {
			break
		}
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(out, m.Actor) {
			continue
		}
		if ledByAfter(toks, m.I, body) || leadsBody(toks, m.J, end) {
			out = append(out, m.Actor)
		}
	}
	if len(out) > 0 || body == 0 || toks[body-1].Lower != "the" {
		return out
	}
	// "The delegation ...": the story's one delegation leader named before.
	for s := 0; s < si; s++ {
		for _, a := range d.delegationLeaders(s) {
			if !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// ledByAfter: the name at i follows "led (headed) by", a few words
// before it ("led by the chairman of A, X"), and the verb follows the
// body noun at body, commas allowed between ("The party, led by X").
func ledByAfter(toks []text.Token, i, body int) bool {
	for b := i - 1; b >= 1 && b >= i-8; b-- {
		if toks[b].Lower != "by" {
			continue
		}
		if !ledVerbs[toks[b-1].Lower] {
			return false
		}
		for e := b - 2; e >= body && e >= b-5; e-- {
			if e == body {
				return true
			}
		}
		return false
	}
	return false
}

// leadsBody: after the name ending at j, an auxiliary or none, a led verb
// and the body noun within four words before end ("X had led a team").
func leadsBody(toks []text.Token, j, end int) bool {
	e := j
	if e < end && (mention.Auxiliaries[toks[e].Lower] || strings.HasSuffix(toks[e].Lower, "ly")) {
		e++
	}
	if e >= end || !ledVerbs[toks[e].Lower] {
		return false
	}
	for f := e + 1; f < end && f <= e+4 && toks[f].Text != ","; f++ {
		if travellingBodyNouns[toks[f].Lower] {
			return true
		}
	}
	return false
}
