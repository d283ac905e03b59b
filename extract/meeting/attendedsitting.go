package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-sixty-second round: a sitting told with what
// one person did at it and then, after a comma, who attended it — "A read
// out a statement at the closing session at the guesthouse, attended by
// the heads of the other delegations: B, ...; C, ..." (p3408), "A hosted a
// banquet in honor of the King, attended by B and C" (p1327), "A and B
// addressed the opening session, attended by C, D and E" (p2915). The
// people named before the sitting were at it and those after "attended
// by" attended it: one encounter, though the sentence has no meeting verb
// for it (it is read only when the sentence gave no other). The sitting
// noun stands within a few words before the comma with no other comma
// between; people named only after "attended by" ("The summit, attended
// by B and C, adopted ...") are no meeting here, for no one is named at
// the sitting before it.

// sittingAttendedBy reads sentence si as such a sitting, or returns nil.
func (d *Reader) sittingAttendedBy(si int) []Frame {
	s := &d.Sents[si]
	toks := s.Toks
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].Lower != "attended" || toks[k-1].Text != "," || toks[k+1].Lower != "by" || s.Quoted[k] {
			continue
		}
		n := -1
		for e := k - 2; e >= 0 && k-e <= 12; e-- {
			if toks[e].Text == "," || toks[e].Text == ";" {
				break
			}
			if frame.MeetingNouns[toks[e].Lower] || sessionNouns[toks[e].Lower] || mealNouns[toks[e].Lower] {
				n = e
			}
		}
		if n < 1 || s.Quoted[n] {
			continue
		}
		var before, after []int
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.Kind != mention.Person || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			switch {
			case m.J <= k-1 && !slices.Contains(before, m.Actor):
				before = append(before, m.Actor)
			case m.I > k+1 && !m.Desc && !slices.Contains(after, m.Actor):
				after = append(after, m.Actor)
			}
		}
		if len(before) == 0 || len(after) == 0 {
			continue
		}
		parts := before
		for _, p := range after {
			if !slices.Contains(parts, p) {
				parts = append(parts, p)
			}
		}
		m := Frame{Parts: parts, Status: graph.Held, Mode: graph.InPerson, Evidence: s.Text, Sent: si}
		m.Place = d.PlaceOf(si, n, 0, len(toks))
		m.Date = d.dateOf(si, n, 0, len(toks), graph.Held)
		if m.Place == "" && d.datelineHolds(si, m.Date) {
			m.Place = d.storyCity()
		}
		return []Frame{m}
	}
	return nil
}
