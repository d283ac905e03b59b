package coref

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// visitorHeads describe the visitor without a name: "the guest".
var visitorHeads = lex("visitorHeads")

// visitingHeads describe the visitor only after "visiting": "the visiting
// leader".
var visitingHeads = lex("visitingHeads")

// visitorDets open a visitor description: "the", "his".
var visitorDets = lex("visitorDets")

// visitorVerbs after a name make that person the visitor: "X arrived in".
var visitorVerbs = lex("visitorVerbs")

// hostVerbs receive a visitor: "received X", "X was welcomed by".
var hostVerbs = lex("hostPassives")

// Visitor reads a description of the story's visitor in tokens [cs, ce) of
// sentence si — "the visiting minister", "the visiting prime minister",
// "the guest", "his guest", with no name after it — and returns the person
// it stands for: the first person the story told arriving or being
// received before it (VisitorOf), when that person's posts fit the
// description's title ("the visiting president" is no foreign minister).
// The description is the object right after the predicate at k ("received
// his guest") or a subject, a verb or adverb after it ("the guest was
// received", "the visiting minister later met"). -1 when there is no such
// description or no such person.
func (d *Resolver) Visitor(si, k, cs, ce int) int {
	toks := d.Sents[si].Toks
	ce = min(ce, len(toks))
	for i := cs; i+1 < ce; i++ {
		if !visitorDets[toks[i].Lower] {
			continue
		}
		head, title := -1, ""
		switch {
		case toks[i+1].Lower == "visiting":
			// "the visiting (prime) minister": up to three lower-case
			// words ending in a title head.
			for j := i + 2; j < ce && j <= i+4 && toks[j].Word && !toks[j].Cap; j++ {
				if titleHeads[toks[j].Lower] || visitorHeads[toks[j].Lower] || visitingHeads[toks[j].Lower] {
					head = j
				}
			}
			if head >= 0 && titleHeads[toks[head].Lower] {
				title = toks[head].Lower
			}
		case visitorHeads[toks[i+1].Lower] && !toks[i+1].Cap:
			head = i + 1
		}
		if head < 0 || head+1 < len(toks) && toks[head+1].Cap {
			continue // "the visiting Iraqi Prime Minister X" names the person
		}
		if d.mentionAt(si, head) || !(i == k+1 || visitorSubject(toks, head+1)) {
			continue // "the guest house": no description of a person
		}
		if v := d.VisitorOf(si, i, title); v >= 0 {
			return v
		}
	}
	return -1
}

// mentionAt: a mention of an actor covers token k.
func (d *Resolver) mentionAt(si, k int) bool {
	for _, m := range d.Ments[si] {
		if m.I <= k && k < m.J && m.Actor >= 0 && !m.Desc {
			return true
		}
	}
	return false
}

// VisitorOf is the first person named, before token k of sentence si,
// as a visitor: the object of a reception ("received Maldivian President
// X"), the subject of one in the passive ("X was welcomed by", "X was
// received in Y by"), a person called "visiting" ("visiting Uruguayan
// President X"), or the subject of an arrival ("X arrived in", "X paid a
// visit to", "X flew to"). title, when set, must end one of the person's
// posts. -1 when the story names none before.
func (d *Resolver) VisitorOf(si, k int, title string) int {
	for s := 0; s <= si && s < len(d.Sents); s++ {
		toks := d.Sents[s].Toks
		for _, m := range d.Ments[s] {
			if s == si && m.J > k {
				break
			}
			if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || !visitorCue(toks, m) {
				continue
			}
			if title != "" && !d.holdsTitle(m.Actor, title) {
				continue
			}
			return m.Actor
		}
	}
	return -1
}

// visitorCue: the words around a person's mention make them a visitor.
func visitorCue(toks []text.Token, m mention.Mention) bool {
	// Before the name: the reception verb or "visiting", then only
	// capitalized words of a title ("received Maldivian President X").
	for b := m.I - 1; b >= 0 && b >= m.I-6; b-- {
		l := toks[b].Lower
		if toks[b].Lower == "visiting" || hostVerbs[l] && !(b > 0 && mention.Auxiliaries[toks[b-1].Lower]) {
			return true
		}
		if (!toks[b].Cap || !toks[b].Word) && toks[b].Text != "'s" {
			break // "received Ostmark's Trade Minister X" goes on
		}
	}
	j := m.J
	if j+1 < len(toks) && toks[j].Lower == "of" && toks[j+1].Cap {
		j += 2 // "Minister X of Ostmark arrived"
	}
	if j+1 < len(toks) && toks[j].Text == "," && visitorVerbs[toks[j+1].Lower] {
		j++ // "The new ambassador, X, presented"
	}
	if j >= len(toks) {
		return false
	}
	if visitorVerbs[toks[j].Lower] {
		return true
	}
	e := j + 1
	if e < len(toks) && toks[e].Lower == "been" {
		e++ // "X had been received by"
	}
	return e < len(toks) && mention.Auxiliaries[toks[j].Lower] && hostVerbs[toks[e].Lower]
}

// holdsTitle: one of the person's posts ends in the title head.
func (d *Resolver) holdsTitle(p int, head string) bool {
	for _, pos := range d.Cast.Actors[p].Positions {
		f := strings.Fields(strings.ToLower(pos.Title))
		if slices.Contains(f, head) {
			return true
		}
	}
	return false
}

// visitorSubject: the token at j, after a description, opens its
// predicate — an auxiliary, an adverb, a past tense or a trip ("the guest
// was", "the visiting minister later", "the envoy crossed", "went on") —
// so the description is a subject, not a modifier ("the guest house").
func visitorSubject(toks []text.Token, j int) bool {
	if j >= len(toks) || !toks[j].Word {
		return false
	}
	l := toks[j].Lower
	return mention.Auxiliaries[l] || sequenceAdverbs[l] || strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "ed") ||
		tripVerbs[l] || visitorVerbs[l] || frame.Triggers[l] > 0
}

// tripVerbs tell a trip made: "the visiting president went on to see X".
var tripVerbs = lex("tripVerbs")
