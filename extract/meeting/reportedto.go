package meeting

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-sixty-second round: "A reported the results
// to B at the palace on Friday", "A reported to General B at the Elysee
// yesterday" (p3406, p2050) — an envoy back from talks reports to the
// leader who sent him, in person, and the sentence tells no other
// encounter, so none was read. The reporter is the named person right
// before "reported"; what he reported is at most a few lower-case words
// ("the results", "his findings") and the one reported to is a named
// person after "to" and his titles. A passive or a hearsay ("was reported
// to", "reported to be"), a report told with a call or in writing, and a
// quote are none.

// reportedToPerson reads sentence si as such a report, or returns nil.
func (d *Reader) reportedToPerson(si int) []Frame {
	s := &d.Sents[si]
	toks := s.Toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Lower != "reported" || s.Quoted[k] {
			continue
		}
		reporter := d.personEndingAt(si, k)
		if reporter < 0 {
			continue
		}
		to := k + 1
		for to < len(toks) && to-k <= 4 && toks[to].Word && !toks[to].Cap && toks[to].Lower != "to" && !reportedToStops[toks[to].Lower] {
			to++
		}
		if to+1 >= len(toks) || toks[to].Lower != "to" || reportedToStops[toks[to+1].Lower] {
			continue
		}
		b := to + 1
		for b < len(toks) && b-to <= 4 && toks[b].Word && toks[b].Cap && (mention.IsTitleWord(toks[b].Lower) || honorifics[toks[b].Lower]) {
			b++
		}
		if b < len(toks) && toks[b].Text == "." && b > to+1 && honorifics[toks[b-1].Lower] {
			b++
		}
		rm := d.namedPersonFrom(si, to+1, b+1)
		if rm == nil || rm.Actor == reporter {
			continue
		}
		recipient := rm.Actor
		cs, ce := s.Clause(k)
		if frame.AnyWord(toks, k, ce, frame.CallWords) || frame.AnyWord(toks, k, ce, reportedInWriting) {
			continue
		}
		m := Frame{Parts: []int{reporter, recipient}, Status: graph.Held, Mode: graph.InPerson, Evidence: s.Text, Sent: si}
		m.Place = d.PlaceOf(si, k, cs, ce)
		m.Date = d.dateOf(si, k, cs, ce, graph.Held)
		if m.Place == "" && d.datelineHolds(si, m.Date) {
			m.Place = d.storyCity()
		}
		return []Frame{m}
	}
	return nil
}

// personEndingAt: the person actor a named, undescribed person mention
// ending right before token k names, or -1.
func (d *Reader) personEndingAt(si, k int) int {
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.J == k && m.Kind == mention.Person && !m.Desc && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return m.Actor
		}
	}
	return -1
}

// reportedToStops end what was reported or follow its "to": "reported
// that", "reported to be", "reported to have".
var reportedToStops = lex("reportedToStops")

// reportedInWriting tell a report sent, not made in person: "reported to
// B in a letter".
var reportedInWriting = lex("reportedInWriting")
