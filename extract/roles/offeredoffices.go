package roles

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-ninety-first round: a go-between told by
// the offer of its good offices.

// offeredOfficesOwners reads who offers "good offices" when the
// possessive at p follows an offer verb: "X has offered its good offices
// to both governments", "Y, who first offered his good
// offices to the president", "A and B offered their good offices". An
// offer the story still stands by is the diplomats' phrase for taking on
// the go-between's part (p1780, p288, p626, p1512); the subject before
// the verb, past auxiliaries, adverbs and a relative pronoun, is the
// broker. The pronoun agrees as in possessiveMediationOwner ("his"/"her"
// a person, "its" anything else). An offer in the past perfect ("X had
// offered its good offices") is overtaken by the talks told (pastOffer),
// and a mere present participle ("X was offering its good offices") is
// no offer verb here.
func (d *Reader) offeredOfficesOwners(si, p int) []int {
	toks := d.Sents[si].Toks
	if p < 2 || !offerVerbs[toks[p-1].Lower] && !servicesOfferVerbs[toks[p-1].Lower] || pastOffer(toks, p-1) {
		return nil
	}
	e := p - 1
	for e > 0 && p-1-e < 4 && (auxWords[toks[e-1].Lower] || offerAdverbs[toks[e-1].Lower] || len(toks[e-1].Lower) > 3 && toks[e-1].Lower[len(toks[e-1].Lower)-2:] == "ly") {
		e--
	}
	if e > 1 && frame.RelativeWords[toks[e-1].Lower] && toks[e-2].Text == "," {
		e -= 2
	}
	ms := d.listEndingAt(si, e)
	if len(ms) == 1 {
		// "the Austrian Foreign Ministry, which offers good offices":
		// a state's ministry offers for the state its demonym names.
		if s := d.demonymStateOfBody(si, e); s >= 0 {
			ms = []int{s}
		}
	}
	var out []int
	for _, a := range ms {
		if a < 0 {
			continue
		}
		if possessiveAgrees(toks[p], d.Cast.Actors[a].Kind == graph.Person, len(ms) > 1) {
			out = append(out, a)
		}
	}
	return out
}

// possessiveAgrees: the possessive tok can refer to the actor — "his" or
// "her" a single person, "its" a single non-person, "their" a list or a
// body of any kind.
func possessiveAgrees(tok text.Token, person, list bool) bool {
	switch tok.Lower {
	case "his", "her":
		return person && !list
	case "its":
		return !person && !list
	case "their":
		return true
	}
	return false
}

// offerAdverbs may stand between the offering subject and its verb
// besides auxiliaries and "-ly" adverbs: "X, who first offered his good
// offices"; servicesOfferVerbs put a broker's services at the sides'
// disposal besides "offered" ("tendered", "extended"). Rounds 291 and 297
// each wrote this reading; the merge kept this one, with round 297's
// verbs and adverbs.
var (
	offerAdverbs       = lex("offerAdverbs")
	servicesOfferVerbs = lex("servicesOfferVerbs")
)

// demonymStateOfBody: the mention ending at e is an organization right
// after a state's demonym ("the Mexican Foreign Ministry"); the state,
// else -1.
func (d *Reader) demonymStateOfBody(si, e int) int {
	m := d.MentionEndingAt(si, e)
	if m == nil || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Organization || m.I < 1 {
		return -1
	}
	dm := d.MentionEndingAt(si, m.I)
	if dm == nil || dm.Kind != mention.Demonym || dm.Actor < 0 || d.Cast.Actors[dm.Actor].Kind != graph.State {
		return -1
	}
	return dm.Actor
}
