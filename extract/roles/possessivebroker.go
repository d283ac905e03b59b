package roles

import (
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-eighth round: mediation told by a noun whose
// owner is a possessive pronoun.

// possessiveMediationOwner reads the owner of "his good offices", "its
// mediation" when the pronoun at p stands in a means phrase right after
// the actor it refers to: "X, by his good offices, prevailed upon the two
// governments", "It was X who, through his mediation, brought the sides
// together", "Y, which through its facilitation ...". The actor is the
// mention that ends just before the phrase, past a comma and a relative
// pronoun; "his"/"her" take a person, "its" anything else, "their"
// either. -1 when the shape is not there, so "the envoys met X and
// praised his mediation" (no means phrase after X) names nobody here.
func (d *Reader) possessiveMediationOwner(si, p int) int {
	toks := d.Sents[si].Toks
	if p < 2 || !meansPrepositions[toks[p-1].Lower] {
		return -1
	}
	e := p - 1
	if toks[e-1].Text == "," {
		e--
	}
	if e > 0 && relativeOpeners[toks[e-1].Lower] {
		e--
	}
	if e > 0 && toks[e-1].Text == "," {
		e--
	}
	m := d.MentionEndingAt(si, e)
	if m == nil || m.Actor < 0 || m.Desc {
		return -1
	}
	person := d.Cast.Actors[m.Actor].Kind == graph.Person
	switch toks[p].Lower {
	case "his", "her":
		if !person {
			return -1
		}
	case "its":
		if person {
			return -1
		}
	case "their":
	default:
		return -1
	}
	return m.Actor
}

// meansPrepositions open the phrase telling by what means something was
// done: "by his good offices", "through its mediation".
var meansPrepositions = lex("meansPrepositions")

// Issue 14's two-hundred-and-eighty-sixth round: the broker told by a
// relative clause whose possessive owns the brokering noun, "X, whose
// good offices brought both sides together", "Y, whose efforts at
// mediation have produced no agreement" (p1752, p1292): the relative
// pronoun stands for the name before its comma, as "its" does in "X,
// through its mediation" (possessiveMediationOwner).

// whoseMediationOwner is the actor named right before ", whose" when
// "whose" opens the brokering noun's phrase that starts at token e (the
// noun itself, or the "good" of "good offices"), with at most three
// words between, each a mediationHeads noun or an effortPreps word
// ("whose efforts at mediation"); -1 when the shape is not there, as in
// "Y, whose department led the mediation", a clause with a subject and a
// verb of its own (p1641).
func (d *Reader) whoseMediationOwner(si, e int) int {
	toks := d.Sents[si].Toks
	w := e - 1
	for n := 0; w > 0 && n < 3 && toks[w].Lower != "whose"; n++ {
		if !mediationHeads[toks[w].Lower] && !effortPreps[toks[w].Lower] {
			return -1 // "whose department led the mediation": a clause of its own
		}
		w--
	}
	if w < 2 || toks[w].Lower != "whose" || toks[w-1].Text != "," {
		return -1
	}
	m := d.MentionEndingAt(si, w-1)
	if m == nil || m.Actor < 0 || m.Desc {
		return -1
	}
	return m.Actor
}

// effortPreps join an effort to the brokering it is made at: "efforts
// at mediation", "bid for mediation".
var effortPreps = lex("effortPreps")

// Issue 14's two-hundred-and-ninety-seventh round: the broker told by a
// relative clause offering its services, "X, who offered his good offices
// to A and B", "the envoys of A, B and C, who tendered their good offices
// to D and E" (p1814, p288): the relative pronoun stands for the names
// before its comma, as "its" does in "X, through its mediation"
// (possessiveMediationOwner), and offering the good offices is brokering
// (SCHEMA), whoever takes them up.

// offeredMediationOwners are the actors named right before ", who" or
// ", which" when that pronoun opens "(has) offered his|its|their" and the
// possessive at p owns the brokering noun. A list before the comma is
// read whole ("A, B and C, who tendered their"); "his"/"her" take a
// person, "its" anything else. Nil when the shape is not there: "X
// offered his good offices" with no relative clause is read elsewhere,
// and "A met B, who praised his good offices" has no offer verb.
func (d *Reader) offeredMediationOwners(si, p int) []int {
	toks := d.Sents[si].Toks
	if p < 3 || !servicesOfferVerbs[toks[p-1].Lower] {
		return nil
	}
	e := p - 1
	for n := 0; n < 2 && e > 0 && offerAdverbs[toks[e-1].Lower]; n++ {
		e--
	}
	if e < 2 || (toks[e-1].Lower != "who" && toks[e-1].Lower != "which") || toks[e-2].Text != "," {
		return nil
	}
	ms := d.listEndingAt(si, e-2)
	if len(ms) == 0 {
		return nil
	}
	person := d.Cast.Actors[ms[0]].Kind == graph.Person
	switch toks[p].Lower {
	case "his", "her":
		if !person || len(ms) > 1 {
			return nil
		}
	case "its":
		if person || len(ms) > 1 {
			return nil
		}
	case "their":
	default:
		return nil
	}
	return ms
}

// servicesOfferVerbs and offerAdverbs: see the lexicon.
var (
	servicesOfferVerbs = lex("servicesOfferVerbs")
	offerAdverbs       = lex("offerAdverbs")
)
