package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-nineteenth round: a signing told by its
// sponsor or host, "X sponsored here today the signing of the agreement
// between President A and Prime Minister B", "X witnessed on Sunday the
// signing of the peace agreement between A and B", as agencies of the
// hosting state write it. The verb's subject is at the signing, and so are
// the two people "between" names, who sign: one held meeting, with the
// place and day of the clause and those named "in the presence of" them.
// No other reader took the occasion noun "signing" for a meeting, so the
// lead sentence of such a readout told none (p2548, p2496, p972).

// sponsoredSigning reads sentence si as such a signing, or returns nil.
// Only people count on either side: "the signing of an agreement between
// the A and B movements" names sides, not the people who met.
func (d *Reader) sponsoredSigning(si int) []Frame {
	s := &d.Sents[si]
	toks := s.Toks
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].Lower != "signing" || toks[k-1].Lower != "the" || toks[k+1].Lower != "of" || s.Quoted[k] {
			continue
		}
		v := signingHostVerbBefore(toks, k-1)
		if v < 0 {
			continue
		}
		b := betweenAfterText(toks, k+2)
		if b < 0 {
			continue
		}
		x, y := d.personPairAfter(si, b)
		host := d.sponsorBefore(si, v)
		if x < 0 || y < 0 || host < 0 || x == y || host == x || host == y {
			continue
		}
		m := Frame{Parts: []int{host, x, y}, Status: graph.Held, Mode: graph.InPerson, Evidence: s.Text, Sent: si}
		for _, w := range d.signingWitnesses(si) {
			if !slices.Contains(m.Parts, w) {
				m.Parts = append(m.Parts, w)
				m.Seated = append(m.Seated, w)
			}
		}
		cs, ce := s.Clause(v)
		m.Place = d.PlaceOf(si, v, cs, ce)
		m.Date = d.dateOf(si, v, cs, ce, graph.Held)
		if m.Place == "" && d.datelineHolds(si, m.Date) {
			m.Place = d.storyCity()
		}
		return []Frame{m}
	}
	return nil
}

// signingHostVerbBefore: the index of a sponsor's, host's or witness's
// verb (signingHostVerbs) that governs "the signing" whose "the" is at
// at, over at most six words of adjunct ("here today", "on Sunday",
// "this evening at the palace"); -1 when a comma or another verb's
// clause comes between.
func signingHostVerbBefore(toks []text.Token, at int) int {
	for v := at - 1; v >= 0 && v >= at-7; v-- {
		t := toks[v]
		if signingHostVerbs[t.Lower] {
			return v
		}
		if !t.Word && t.Text != "." {
			return -1
		}
	}
	return -1
}

// betweenAfterText: the "between" right after the text signed, which
// opens within eight words of from ("the agreement between", "the Jeddah
// Peace Agreement between"); -1 when there is none.
func betweenAfterText(toks []text.Token, from int) int {
	text := false
	for e := from; e < len(toks) && e < from+9; e++ {
		t := toks[e]
		if t.Lower == "between" {
			if text {
				return e
			}
			return -1
		}
		if !t.Word {
			return -1
		}
		if signedNouns[t.Lower] {
			text = true
		}
	}
	return -1
}

// personPairAfter: the first person named by name after "between" at b,
// and the first one named after the "and" past it — titles and posts
// around each ("the President of X, A, and the Prime Minister of Y, B",
// "President A of the State of X and Prime Minister B").
func (d *Reader) personPairAfter(si, b int) (int, int) {
	toks := d.Sents[si].Toks
	first := d.namedPersonFrom(si, b+1, b+14)
	if first == nil {
		return -1, -1
	}
	for e := first.J; e < len(toks) && e < first.J+9 && toks[e].Text != ";"; e++ {
		// Past the first person's state or body ("President A of the
		// State of X and Prime Minister B") to the "and".
		if toks[e].Lower == "and" {
			if second := d.namedPersonFrom(si, e+1, e+16); second != nil {
				return first.Actor, second.Actor
			}
			break
		}
	}
	return -1, -1
}

// namedPersonFrom: the first mention of a person by name in sentence si
// that starts in [from, to), or nil.
func (d *Reader) namedPersonFrom(si, from, to int) *mention.Mention {
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < from || m.I >= to {
			continue
		}
		if m.Kind == mention.Person && !m.Desc && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return m
		}
	}
	return nil
}

// sponsorBefore: the last person named by name before the verb at v in
// its clause, the signing's sponsor; -1 when none.
func (d *Reader) sponsorBefore(si, v int) int {
	cs, _ := d.Sents[si].Clause(v)
	out := -1
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.J > v || m.I < cs {
			continue
		}
		if m.Kind == mention.Person && !m.Desc && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			out = m.Actor
		}
	}
	return out
}

// signingHostVerbs: sponsoredSigning's verbs.
var signingHostVerbs = lex("signingHostVerbs")
