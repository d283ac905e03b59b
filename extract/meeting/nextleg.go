package meeting

import (
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// A trip's next leg (text.NextLeg: "A met B in X, then flew to Y for talks
// with C"): its place and its day here; its traveller, legSubjects, in
// apart.go beside leadSubjects (issue 14's three-hundred-and-sixtieth
// round).

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
