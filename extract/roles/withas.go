package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// withAsMediator reads a mediator noun after "as" in a "with" phrase:
// "talks held in Doha with Qatar as mediator" (p203), "with Russia as
// facilitator" (p345), "with X as go-between" (p346), "with the Indonesian
// foreign minister acting as chairman and mediator" (p349). The actor
// "with" introduces holds the post, not the clause's subject, which is
// more often one of the sides. A post told only by its state ("with the
// Omani minister as go-between", p347) names the state. as is the index
// of "as"; it reports whether the noun stood in such a phrase, which then
// gives the role to no one else.
func (d *Reader) withAsMediator(si, as int, r *Roles) bool {
	toks := d.Sents[si].Toks
	e := as
	if e > 0 && asParticiples[toks[e-1].Lower] {
		e--
	}
	w := withBefore(toks, e)
	if w < 0 || closedRelativeWith(toks, w, e) {
		return false
	}
	if ms := d.listEndingAt(si, e); len(ms) > 0 {
		for _, m := range ms {
			d.mediator(r, m)
		}
		return true
	}
	for _, m := range d.Ments[si] {
		if m.I > w && m.J < e && m.Actor >= 0 && (m.Kind == mention.State || m.Kind == mention.Demonym) && d.Cast.Actors[m.Actor].Kind == graph.State {
			d.mediator(r, m.Actor)
			break
		}
	}
	return true
}

// asParticiples may stand between the holder of a post and "as":
// "with X acting as mediator".
var asParticiples = lex("asParticiples")

// withBefore is the index of the "with" that opens the noun phrase ending
// at token e — a name, a list of names or a post, with no other
// punctuation than the commas of a list — or -1.
func withBefore(toks []text.Token, e int) int {
	for w := e - 1; w >= 0 && e-w <= 10; w-- {
		t := toks[w]
		switch {
		case t.Lower == "with":
			if w+1 == e {
				return -1
			}
			return w
		case !t.Word && t.Text != "," && t.Text != "-" && t.Text != "'s" && t.Text != "'":
			return -1
		}
	}
	return -1
}

// apposedMediators reads the names set off by a comma after a plural
// mediator noun: "with the Contadora mediators, A, B, C and D." (p323),
// "X's fellow mediators, Y and former President Z, stood behind the
// table" (p239). The list must close the apposition — a comma or the
// sentence's end after its last name — so that a clause after the noun
// ("after meeting the mediators, A and B signed") gives no role.
func (d *Reader) apposedMediators(si, k int) []int {
	toks := d.Sents[si].Toks
	if !strings.HasSuffix(toks[k].Lower, "s") || k+2 >= len(toks) || toks[k+1].Text != "," {
		return nil
	}
	ms := d.actorList(si, k+2)
	if len(ms) < 2 {
		return nil
	}
	end := -1
	for _, m := range d.Ments[si] {
		if m.I > k && m.Actor == ms[len(ms)-1] {
			end = m.J
			break
		}
	}
	if end < 0 || end < len(toks) && toks[end].Text != "," && toks[end].Text != "." {
		return nil
	}
	return ms
}

// thirdPartyNouns name the part a third party plays beside the sides,
// besides brokering: "Chile and Mexico as observers", "as accompanying
// countries", "as witnesses".
var thirdPartyNouns = lex("thirdPartyNouns")

// asThirdParties: the conjuncts of "A and B" (A ending at token ae, the
// "and" at k, B ending at be) are told in a role after "as", which makes
// them third parties, not the two sides: "with X as guarantor and Chile
// and Mexico as accompanying countries", "Spain as guarantor and Chile".
// The role is a mediator's noun or a third party's within the two words
// after "as" ("as observers", "acting as guarantor countries"), so that
// "as well as", "as expected" or "as talks resumed" still join the sides.
func asThirdParties(toks []text.Token, ae, k, be int) bool {
	for e := ae; e < k; e++ {
		if toks[e].Lower == "as" && asRoleAfter(toks, e) {
			return true
		}
	}
	if thirdPartyVerb(toks, be) {
		return true
	}
	e := be
	if e < len(toks) && asParticiples[toks[e].Lower] {
		e++
	}
	if e < len(toks) && toks[e].Lower == "as" && asRoleAfter(toks, e) {
		return true
	}
	// "A and B attended as observers", "A and B took part as observers",
	// "A and B attended the talks as observers": up to three words of
	// taking part, then the talks they attend, may stand before "as"
	// (p2571, p1562; the four-hundred-and-twenty-third round).
	for e, n := be, 0; e < len(toks) && n < 3 && attendanceWords[toks[e].Lower]; e, n = e+1, n+1 {
		a := e + 1
		if a+1 < len(toks) && toks[a].Lower == "the" && negNouns[toks[a+1].Lower] {
			a += 2
		}
		if a < len(toks) && toks[a].Lower == "as" && asRoleAfter(toks, a) {
			return true
		}
	}
	return false
}

// attendanceWords: the verb of taking part, its auxiliaries and particles,
// between "A and B" and "as observers".
var attendanceWords = lex("attendanceWords")

// thirdPartyVerbs: "accompany", "observe" of "A and B will accompany the
// process".
var thirdPartyVerbs = lex("thirdPartyVerbs")

// thirdPartyVerb: the verb after the second conjunct ending at be, past up
// to two auxiliaries, tells the two watching the talks as third parties
// ("A and B will accompany the process", "A and B have observed the
// talks"): they are no pair of sides. The verb's object must be the talks
// (a negotiation noun within three words), so that "A and B monitored
// the border" still reads as before.
func thirdPartyVerb(toks []text.Token, be int) bool {
	v := be
	for n := 0; n < 2 && v < len(toks) && verbAux[toks[v].Lower]; n++ {
		v++
	}
	if v >= len(toks) || !thirdPartyVerbs[toks[v].Lower] {
		return false
	}
	for w := v + 1; w < len(toks) && w <= v+3; w++ {
		if negNouns[compound(toks, w)] {
			return true
		}
	}
	return false
}

// asRoleAfter: one of the two lower-case words after the "as" at e is a
// mediator's or a third party's noun.
func asRoleAfter(toks []text.Token, e int) bool {
	for w := e + 1; w < len(toks) && w <= e+2; w++ {
		if !toks[w].Word || toks[w].Cap {
			return false
		}
		if mediatorNouns[compound(toks, w)] || thirdPartyNouns[toks[w].Lower] {
			return true
		}
	}
	return false
}

// asOwnSubject records the mediators of the "as" at token a when its
// subject is not the clause's first actor, and reports whether it did:
// the object before "to" of "asked X to act as mediator", "invited A and
// B to serve as guarantors" (the sentence's subject only asks); the
// actors before a relative clause set off by commas, "X, which hosted the
// talks between A and B, also acted as mediator" (the relative clause's
// actors are not the predicate's subject).
func (d *Reader) asOwnSubject(si, a int, r *Roles) bool {
	toks := d.Sents[si].Toks
	var ms []int
	if a >= 3 && toks[a-2].Lower == "to" && toks[a-1].Word && !toks[a-1].Cap {
		ms = d.listEndingAt(si, a-2)
	}
	if len(ms) == 0 {
		cs, _ := d.Sents[si].Clause(max(0, a-1))
		ms = d.relativeAntecedent(si, cs, a)
	}
	if len(ms) == 0 {
		ms = d.asRelativeAntecedent(si, a)
	}
	for _, m := range ms {
		d.mediator(r, m)
	}
	return len(ms) > 0
}

// relativeAntecedent reads a clause that opened at token cs with a
// relative word after a comma and closed with a comma before token e
// ("X, which hosted the talks between A and B, also acted as mediator"):
// the clause's text before e is then the main clause's predicate, told of
// the actors before the opening comma, not of those inside the relative
// clause. nil when the clause is not so set off.
func (d *Reader) relativeAntecedent(si, cs, e int) []int {
	toks := d.Sents[si].Toks
	if cs < 3 || e > len(toks) || !frame.RelativeWords[toks[cs-1].Lower] || toks[cs-2].Text != "," {
		return nil
	}
	// The relative clause closes with a comma, and only the predicate's
	// lower-case words follow it up to e ("..., also acted as"): no
	// second subject ("..., and its secretary, X, attended the talks as").
	c := cs
	for c < e && toks[c].Text != "," {
		c++
	}
	if c >= e-1 {
		return nil
	}
	for w := c + 1; w < e; w++ {
		if !toks[w].Word || toks[w].Cap {
			return nil
		}
	}
	// The antecedent is a whole name, not one ending a longer name the
	// reader did not take ("the Contact Group on X, which ...").
	m := d.MentionEndingAt(si, cs-2)
	if m == nil || m.I > 0 && toks[m.I-1].Word && !toks[m.I-1].Cap && toks[m.I-1].Lower != "the" && toks[m.I-1].Lower != "and" {
		return nil
	}
	return d.listEndingAt(si, cs-2)
}

// relativeAsVerbs: "act", "serve" of "which act as guarantors".
var relativeAsVerbs = lex("relativeAsVerbs")

// asRelativeAntecedent reads "as" at token a closing a relative clause's
// verb, "A and B, which act as guarantors of the process, attended" (past
// auxiliaries: "who have long served as"): the relative clause is told of
// the actors right before the comma that opens it, each of them. nil when
// the words between the relative word and "as" are not such a verb, so
// that a clause with a subject of its own ("which the rebels see as
// guarantors") gives nobody.
func (d *Reader) asRelativeAntecedent(si, a int) []int {
	toks := d.Sents[si].Toks
	v := a - 1
	if v < 3 || !relativeAsVerbs[toks[v].Lower] {
		return nil
	}
	w := v - 1
	for n := 0; n < 2 && w > 2 && (verbAux[toks[w].Lower] || strings.HasSuffix(toks[w].Lower, "ly") || toks[w].Lower == "long"); n++ {
		w--
	}
	if w < 2 || !frame.RelativeWords[toks[w].Lower] || toks[w-1].Text != "," {
		return nil
	}
	return d.listEndingAt(si, w-1)
}

// auxSubject is the list of actors that ends right before the auxiliaries
// ("has been", "is", "will be") standing before token v: the subject of
// "X has been acting as intermediary", which the absolute "with X acting
// as" reading, looking right before "acting", did not reach. nil when no
// auxiliary stands there or no actor before it. A relative word set off
// by a comma before the auxiliaries ("X, who is acting as an
// intermediary between the two governments", the hundred-and-ninety-
// seventh round, p1216) tells it of the actors before that comma.
func (d *Reader) auxSubject(si, v int) []int {
	toks := d.Sents[si].Toks
	e := v
	for e > 0 && v-e < 3 && verbAux[toks[e-1].Lower] {
		e--
	}
	if e == v {
		return nil
	}
	if e >= 3 && frame.RelativeWords[toks[e-1].Lower] && toks[e-2].Text == "," {
		return d.listEndingAt(si, e-2)
	}
	return d.listEndingAt(si, e)
}

// verbAux are the auxiliaries of a progressive: "has been acting as".
var verbAux = lex("verbAux")

// creditedFor reads the actor a mediation noun at token k is credited to
// by "for" and a possessive: "thanked X for its mediation", "expressed
// his gratitude to X for its continued facilitation", "thanked X for his
// good offices" — the actor right before "for" (p72, p402, p420, p583,
// where the thanked state was read as no broker). -1 when none.
func (d *Reader) creditedFor(si, k int) int {
	toks := d.Sents[si].Toks
	e := k
	if toks[k].Lower == "offices" {
		e--
	}
	// Up to two adjectives: "its continued", "its earlier".
	for n := 0; n < 2 && e > 0 && toks[e-1].Word && !toks[e-1].Cap && !creditPossessives[toks[e-1].Lower]; n++ {
		e--
	}
	if e < 3 || !creditPossessives[toks[e-1].Lower] || toks[e-2].Lower != "for" {
		return -1
	}
	m := d.MentionEndingAt(si, e-2)
	if m == nil || m.Actor < 0 || m.Desc {
		return -1
	}
	return m.Actor
}

// creditPossessives stand between "for" and the mediation credited to the
// actor before "for": "thanked X for its mediation".
var creditPossessives = lex("creditPossessives")
