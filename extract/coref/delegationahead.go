package coref

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-twenty-third round: a host receives "a
// delegation" named indefinitely, and the next sentence says who leads
// it: "X received a delegation of senior officials on Sunday. The
// six-member delegation ... was led by Y" (p1972), "X hosted a high-level
// delegation. The delegation ... was headed by Y and included Z" (p806).
// Delegation reads the description the other way (the team described
// first, "the delegation" later); here the reception's object was a
// delegation, no actor, so the host met no one.

// delegationBreaks end a delegation's modifiers: a preposition or an
// article shows the noun after them is no longer the object's head.
var delegationBreaks = lex("delegationBreaks")

// DelegationAhead reads an indefinite delegation ("a", "an", up to six
// modifying tokens, a delegation noun) as the object of the predicate at
// k, right after it or after "with", in a sentence that names no leader
// or member of it; it returns the people named after the leading or
// member word ("led", "headed", "included") of the next or second next
// sentence if that opens on "the" and the delegation noun (up to four
// modifying tokens between), the word its verb (leadAfterNoun), and tells
// no meeting of its own. nil otherwise.
func (d *Resolver) DelegationAhead(si, k, ce int) []int {
	toks := d.Sents[si].Toks
	ce = min(ce, len(toks))
	o := k + 1
	if o < ce && toks[o].Lower == "with" {
		o++
	}
	if o >= ce || toks[o].Lower != "a" && toks[o].Lower != "an" && toks[o].Lower != "the" {
		return nil
	}
	e := o + 1
	for n := 0; e < ce && n < 6 && !delegationNouns[toks[e].Lower] && (toks[e].Word || toks[e].Text == "-") && !delegationBreaks[toks[e].Lower]; n++ {
		e++
	}
	if e >= ce || !delegationNouns[toks[e].Lower] || toks[e].Cap {
		return nil
	}
	if toks[o].Lower == "the" && !ownedDelegation(toks, e) {
		return nil // "met the delegation": one the story told before, not introduced here
	}
	if frame.AnyWord(toks, e+1, len(toks), delegationLeads) || frame.AnyWord(toks, e+1, len(toks), memberVerbs) {
		return nil // "received a delegation led by Y": ledDelegationObject's
	}
	for s := si + 1; s < len(d.Sents) && s <= si+2; s++ {
		st := d.Sents[s].Toks
		if len(st) < 3 || st[0].Lower != "the" {
			continue
		}
		h := 1
		for n := 0; h < len(st) && n < 4 && !delegationNouns[st[h].Lower] && (st[h].Word || st[h].Text == "-") && !delegationBreaks[st[h].Lower]; n++ {
			h++
		}
		if h >= len(st) || !delegationNouns[st[h].Lower] || st[h].Cap {
			continue
		}
		lead := leadAfterNoun(st, h)
		if lead < 0 {
			return nil
		}
		for _, t := range st {
			if c, ok := frame.Triggers[t.Lower]; ok && c != frame.Weak {
				return nil // the sentence tells a meeting of its own
			}
		}
		var out []int
		for _, m := range d.Ments[s] {
			if m.I > lead && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !contains(out, m.Actor) && !describedComplement(st, lead, m.I) {
				out = append(out, m.Actor)
			}
		}
		return out
	}
	return nil
}

// describedComplement: the name at i stands inside a member's apposed
// description, after "of" or a possessive since the last comma, "and" or
// the leading word: "included A, the sister of leader B, and C" lists A
// and C, not B.
func describedComplement(toks []text.Token, lead, i int) bool {
	for g := i - 1; g > lead; g-- {
		switch l := toks[g].Lower; {
		case l == "," || l == "and":
			return false
		case l == "of" || l == "'s" || l == "\u2019s":
			return true
		}
	}
	return false
}

// delegationRelatives open a relative clause set off by commas after the
// delegation noun: "The delegation, which flew in on Friday, was led by".
var delegationRelatives = lex("delegationRelatives")

// leadAfterNoun: the position of the leading or member word that is the
// verb of the delegation noun at h — up to three lower-case words
// (auxiliaries) after the noun, or after a relative clause of at most
// twenty words set off by commas right after it —, else -1. A report set
// off by commas ("The delegation, the radio said, was headed by") is no
// relative clause: who leads is the radio's word, left unread, as the
// rosters leave it (roster.go relativeClauseBefore).
func leadAfterNoun(toks []text.Token, h int) int {
	g := h + 1
	if g+2 < len(toks) && toks[g].Text == "," && delegationLeads[toks[g+1].Lower] && toks[g+2].Lower == "by" {
		return g + 1 // "The X delegation, headed by Y, ...": the participle set off by a comma
	}
	if g+1 < len(toks) && toks[g].Text == "," {
		if !delegationRelatives[toks[g+1].Lower] {
			return -1
		}
		c := g + 2
		for c < len(toks) && c <= g+21 && toks[c].Text != "," {
			c++
		}
		if c >= len(toks) || toks[c].Text != "," {
			return -1
		}
		g = c + 1
	}
	for n := 0; g < len(toks) && n <= 3; n, g = n+1, g+1 {
		if delegationLeads[toks[g].Lower] || memberVerbs[toks[g].Lower] {
			return g
		}
		if !toks[g].Word || toks[g].Cap {
			return -1
		}
	}
	return -1
}

// Issue 14's four-hundred-and-fifth round: a definite delegation named by
// whose team it is — "A met the delegation of the X government" (p2467),
// "A met the delegation of Y's opposition bloc" (p1614) — introduces the
// team as "a delegation" does, and reports name its head in the next
// sentence: "The X delegation, headed by B, was flown in ...". Bare "the
// delegation" points back to a team told before and is left to the
// resolver (Delegation).

// ownedDelegation: the delegation noun at e is followed by "of" or
// "from" and a capitalized word within three tokens (the owner, "the"
// and modifiers maybe between: "of the Algerian rebel government",
// "of Syria's bloc").
func ownedDelegation(toks []text.Token, e int) bool {
	if e+1 >= len(toks) || toks[e+1].Lower != "of" && toks[e+1].Lower != "from" {
		return false
	}
	for g := e + 2; g < len(toks) && g <= e+4; g++ {
		if toks[g].Cap && toks[g].Word {
			return true
		}
	}
	return false
}
