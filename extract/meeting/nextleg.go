package meeting

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// legSubjects: the clause starting at cs, right after a "then", is a
// trip's next leg ("A met B in X on Monday, then flew to Y for talks
// with C", text.NextLeg), which has no subject of its own: the traveller
// is the person the sentence opens with, A, who meets C there; B, met on
// the leg before, is not at Y (issue 14's three-hundred-and-sixtieth
// round, p2192, p2193, p2196, p2197). When the opening subject is not
// read as one (a state's adjective or an office's "of State" before the
// name), the first person named before any verb stands for it. nil for
// any other clause.
func (d *Reader) legSubjects(si, cs int) []int {
	toks := d.Sents[si].Toks
	if cs < 2 || !text.NextLeg(toks, cs-1) {
		return nil
	}
	if out := d.leadSubjects(si, cs-1); len(out) > 0 {
		return out
	}
	start := frame.AfterFrontedAdjunct(toks)
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < start || m.Actor < 0 || m.Desc {
			continue
		}
		if m.I >= cs-1 {
			return nil
		}
		for e := start; e < m.I; e++ {
			if frame.LooksVerb(toks, e) {
				return nil
			}
		}
		if d.Cast.Actors[m.Actor].Kind == graph.Person && d.arg.Eligible(si, m) {
			return []int{m.Actor}
		}
	}
	return nil
}

// legDestination: the city at i follows a "to" in the next leg starting
// at cs, close after its travel verb with no comma between ("then flew to
// Y", "then flew back to Y", "then crossed the border to Y", "then flew to
// X and drove up to Y"): the leg's destination, where its meeting is
// held; of two, the one nearer the meeting wins (placeOf).
func legDestination(toks []text.Token, cs, i int) bool {
	if cs < 2 || !text.NextLeg(toks, cs-1) || i-1 <= cs || toks[i-1].Lower != "to" {
		return false
	}
	for v := i - 2; v >= cs && v > i-8; v-- {
		if text.LegVerbs[toks[v].Lower] {
			return true // the leg's verb at cs, or "and drove up to Y" after it
		}
		if !toks[v].Word || toks[v].Cap {
			return false
		}
	}
	return false
}

// legDay: a leg told with no time of its own ("then flew to Y for a
// late-night session with C", "then flew on to Y, where he met C") is on
// the day of the leg before it, the time told before the "then".
func (d *Reader) legDay(si, cs int, st graph.Status) string {
	s := &d.Sents[si]
	toks := s.Toks
	if cs >= 3 && toks[cs-1].Lower == "where" && toks[cs-2].Text == "," {
		// "then flew on to Y, where he met C late in the evening": the
		// leg's own clause, before the comma.
		cs, _ = s.Clause(cs - 3)
	}
	if cs < 2 || !text.NextLeg(toks, cs-1) {
		return ""
	}
	return d.dateOf(si, cs-1, 0, cs-1, st)
}
