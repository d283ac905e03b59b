package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-seventh round: headlines join two sides with a
// comma where a sentence says "and": "A, B open peace talks", "Govt, G
// rebels resume talks" (p678, p498).

// headlinePair is the pair of sides a headline opens with, joined by the
// comma at k: a state or group named first in the headline, the comma,
// then a second state or group within four words and before any other
// comma ("A, B, C hold talks" lists more than two, and a pair named so
// is left to the body). The caller reads it only when the headline names
// a negotiation, as "A and B" is read.
func (d *Reader) headlinePair(si, k int) (*mention.Mention, *mention.Mention) {
	s := &d.Sents[si]
	toks := s.Toks
	if !s.Title || k == 0 || k+1 >= len(toks) || toks[k].Text != "," {
		return nil, nil
	}
	a := d.MentionEndingAt(si, k)
	if a == nil || a.Actor < 0 || a.Desc || a.I != 0 {
		return nil, nil
	}
	b := d.FirstActor(si, k+1, 4, false)
	if b == nil || b.Actor == a.Actor || b.Desc {
		return nil, nil
	}
	for e := k + 1; e < len(toks) && e < b.J+1; e++ {
		if toks[e].Text == "," || toks[e].Lower == "with" || toks[e].Lower == "and" {
			return nil, nil
		}
	}
	group := false
	for _, m := range []*mention.Mention{a, b} {
		x := d.Cast.Actors[m.Actor].Kind
		if x != graph.State && x != graph.Group {
			return nil, nil
		}
		group = group || x == graph.Group
	}
	// "A, B chiefs end talks": people of the two named by their bodies;
	// only states stand for such people as sides (a border force's chiefs
	// talk for their states, p313).
	if b.J < len(toks) && (personGroupNouns[toks[b.J].Lower] || titleWord(toks[b.J].Lower)) && group {
		return nil, nil
	}
	// Two states "hold talks" as partners do; the headline must say what
	// is negotiated (a negotiation noun beyond the generic "talks", a
	// dispute, a pact signed) unless one side is an armed group or
	// movement, whose talks with a state are a negotiation (p117, p120,
	// p150 hold talks as partners; p488 "sign accord", p678 "rebels open
	// peace talks").
	if !group && !negotiationFramed(toks) {
		return nil, nil
	}
	return a, b
}

// negotiationFramed: the sentence names a negotiation by more than the
// nouns any meeting has — a negotiation noun that is not generic, what a
// negotiation settles, or a pact.
func negotiationFramed(toks []text.Token) bool {
	for k := range toks {
		if w := compound(toks, k); negNouns[w] && !genericNegNouns[w] || pactNouns[w] {
			return true
		}
	}
	return anyCompound(toks, disputeWords) || agreementTold(toks)
}

// fullGroup is the one group of the story whose longer name opens with
// the one-word name of group g ("Ogaden" rebels in a headline, the
// "Ogaden National Liberation Front" in the body, p679), else g itself.
// Two such groups leave g as it is.
func (d *Reader) fullGroup(g int) int {
	a := d.Cast.Actors[g]
	name := a.Name()
	if a.Kind != graph.Group || strings.Contains(name, " ") {
		return g
	}
	full := -1
	for i, x := range d.Cast.Actors {
		if i == g || x.Kind != graph.Group || !strings.HasPrefix(x.Name(), name+" ") {
			continue
		}
		if full >= 0 {
			return g
		}
		full = i
	}
	if full < 0 {
		return g
	}
	return full
}
