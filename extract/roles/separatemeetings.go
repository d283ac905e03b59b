package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's three-hundred-and-eighty-fourth round: a broker who sees the
// two sides apart.

// separateNouns: the encounters a third party "held separate ..." with
// each side.
var separateNouns = lex("separateNouns")

// separateVerbs: the verbs that hold them.
var separateVerbs = map[string]bool{"held": true, "holds": true, "hold": true, "had": true}

// separateWith: "X held separate meetings (on Friday / in Khartoum) with
// A and (with) B" — the "with" that opens the sides, else -1. k is
// "separate"; a comma or a sentence's end before the "with" ends the
// search.
func separateWith(toks []text.Token, k int) int {
	if k < 1 || k+2 >= len(toks) || !separateVerbs[toks[k-1].Lower] || !separateNouns[toks[k+1].Lower] {
		return -1
	}
	for w := k + 2; w < len(toks) && w <= k+7; w++ {
		if !toks[w].Word {
			return -1
		}
		if toks[w].Lower == "with" {
			return w
		}
	}
	return -1
}

// separatePurposeWords: a purpose of brokering told after the sides ("in
// a bid to revive stalled talks", "in an effort to close the last gap",
// "trying to narrow gaps"). Without one, separate meetings are a summit's
// side bilaterals ("Before the summit, X held separate meetings with A
// and with B"), which broker nothing.
var separatePurposeWords = lex("separatePurposeWords")

// separatePurpose: a purpose word stands after the "with" at w in its
// sentence.
func separatePurpose(toks []text.Token, w int) bool {
	for x := w + 1; x < len(toks); x++ {
		if separatePurposeWords[toks[x].Lower] {
			return true
		}
	}
	return false
}

// separateMeetings reads a go-between's shuttle told as separate meetings
// ("the envoy held separate meetings with the government and with the
// rebels in a bid to revive the talks"; p2341, p2189): one actor who
// sees two others apart, neither of them its own side, is carrying the
// talks between them, as "shuttled between A and B" is
// (shuttledsides.go). Only a single subject
// and exactly two sides are read: "A and B held separate talks" is two
// hosts' side meetings, and "separate talks with his counterpart" names
// one side only.
func (d *Reader) separateMeetings(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	w := separateWith(toks, k)
	if w < 0 {
		return
	}
	// The sides are the actors named from the "with" to the clause's
	// end ("with A in Khartoum and with B", "with the army's council and
	// the opposition alliance X"): a city where they met, a demonym or a
	// possessive that describes the name after it is no side.
	var sides []int
	for _, m := range d.Ments[si] {
		if m.I <= w || m.Actor < 0 {
			continue
		}
		if separateBreak(toks, w, m.I) {
			break
		}
		switch m.Kind {
		case mention.City, mention.NonActor, mention.TitleRef, mention.Demonym:
			continue
		}
		if m.Desc || m.J < len(toks) && (toks[m.J].Text == "'s" || toks[m.J].Text == "'") {
			continue
		}
		if !slices.Contains(sides, m.Actor) {
			sides = append(sides, m.Actor)
		}
	}
	if len(sides) != 2 || !separatePurpose(toks, w) {
		return
	}
	e := subjectEnd(toks, k-1)
	if e >= 2 && toks[e-2].Lower == "on" && toks[e-1].Cap {
		e -= 2 // "X on Friday held separate meetings"
	}
	subj := d.listEndingAt(si, appositionStart(toks, e))
	if len(subj) != 1 {
		return
	}
	m := subj[0]
	sm := d.Side(m)
	for _, a := range sides {
		if a == m || sm >= 0 && d.Side(a) == sm {
			return
		}
	}
	d.mediator(r, m)
	d.pairRole(r, sides[0], sides[1], d.topicAt(&d.Sents[si], k))
}

// separateBreak: a comma, semicolon or full stop between tokens a and b.
func separateBreak(toks []text.Token, a, b int) bool {
	for x := a + 1; x < b && x < len(toks); x++ {
		if toks[x].Text == "," || toks[x].Text == ";" || toks[x].Text == "." {
			return true
		}
	}
	return false
}
