package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// SubjectAnaphors: a sentence whose subject is "the meeting" or "the
// talks" ("The meeting, which brought A and B together, was also attended
// by C", "The talks were convened by X") names who took part in a meeting
// the story has already told without its participants ("agreed on
// Thursday ..., after a meeting of four hours", "signed ... in Pretoria on
// Wednesday, following ten days of talks"). A held meeting told there with
// no date of its own has that earlier sentence's date; its place too, when
// it has none or only the one the dateline lent it (p99, p104, p108).
func (d *Reader) SubjectAnaphors(ms []Frame) {
	for i := range ms {
		m := &ms[i]
		if m.Status != graph.Held || m.Mode == graph.Call || m.Mode == graph.Virtual || m.Date != "" && m.Place != "" && m.Place != d.leadPlace() {
			continue
		}
		toks := d.Sents[m.Sent].Toks
		subject := len(toks) >= 3 && toks[0].Lower == "the" && frame.MeetingNouns[toks[1].Lower]
		if !subject && (m.Date != "" || !sitsTogether(toks)) {
			// Besides "the meeting": "A and B sat at the same table for
			// the first time", an encounter the talks of the sentence
			// before were (p05, p95).
			continue
		}
		if !subject {
			// Talks between sides told just before with their day ("Talks
			// between A and B opened in Oslo on 3 April. A's negotiator X
			// and B's commander Y sat across the table"): the sides' people
			// sat there that day (p05).
			if j := slices.IndexFunc(ms, func(o Frame) bool {
				return o.Sent == m.Sent-1 && o.Status == graph.Held && inPerson(o) && len(o.Date) == len("2006-01-02") && d.hasSide(o)
			}); j >= 0 {
				m.Date = ms[j].Date
				continue
			}
		}
		ps, pk := d.antecedentNoun(m.Sent)
		if ps < 0 || slices.ContainsFunc(ms, func(o Frame) bool { return o.Sent == ps }) {
			continue // the earlier sentence told its own meeting, with its own people
		}
		n := len(d.Sents[ps].Toks)
		date := d.nearestDate(ps, pk)
		if date == "" {
			continue // no time told: nothing ties the two together
		}
		if m.Date == "" {
			m.Date = date
		} else if !SameTime(m.Date, date) {
			continue // another time: another meeting
		}
		if place := d.PlaceOf(ps, pk, 0, n); place != "" && (m.Place == "" || m.Place == d.leadPlace()) {
			m.Place = place
		}
	}
}

// antecedentNoun is the meeting noun that "the meeting" at the start of
// sentence si refers back to: a first mention ("a meeting", "ten days of
// talks", not "the talks"), outside quotes, the last in the sentence just
// before (not the headline), as (sentence, token), or (-1, -1). A sentence
// between that names no meeting at all ("The agreement was signed by X,
// who led A's delegation, and by Y") is passed over to the one before it
// (p99).
func (d *Reader) antecedentNoun(si int) (int, int) {
	for ps := si - 1; ps >= 0 && ps >= si-2 && !d.Sents[ps].Title; ps-- {
		k, named := d.antecedentIn(ps)
		if named {
			if k < 0 {
				return -1, -1
			}
			return ps, k
		}
	}
	return -1, -1
}

// antecedentIn is the antecedent meeting noun of sentence ps (or -1), and
// whether ps names a meeting at all.
func (d *Reader) antecedentIn(ps int) (int, bool) {
	toks := d.Sents[ps].Toks
	for k := len(toks) - 1; k >= 0; k-- {
		if !frame.MeetingNouns[toks[k].Lower] || frame.Triggers[toks[k].Lower] < frame.Talks || d.Sents[ps].Quoted[k] {
			continue
		}
		if definiteNoun(toks, k) {
			return -1, true // itself a reference back
		}
		// Governed by a preposition of past events, a few words back
		// within its phrase ("after a meeting", "following ten days of
		// talks"): a meeting that happened when the clause it closes did.
		for e := k - 1; e >= 0 && e >= k-4 && toks[e].Text != ","; e-- {
			if pastPreps[toks[e].Lower] {
				return k, true
			}
		}
		if atCloseOf(toks, k) {
			return k, true
		}
		return -1, true
	}
	return -1, false
}

// sitsTogether: the sentence tells people sitting at one table ("sat at
// the same table", "sat across the table").
func sitsTogether(toks []text.Token) bool {
	for k, t := range toks {
		if sitForm(t.Lower) && sitTogether(toks, k) {
			return true
		}
	}
	return false
}

// hasSide: a participant of the meeting is a state or group, a side the
// text names without its people.
func (d *Reader) hasSide(m Frame) bool {
	return slices.ContainsFunc(m.Parts, func(a int) bool { return d.Cast.Actors[a].Kind != graph.Person })
}

// atCloseOf: the talks noun at k closes an "at the close of" phrase, a
// few words back within its phrase ("agreed on Tuesday ..., at the close
// of two days of talks"): talks that ended when the clause they close
// did, as after "after a meeting" (p350).
func atCloseOf(toks []text.Token, k int) bool {
	for e := k - 1; e >= 2 && e >= k-6 && toks[e].Text != ","; e-- {
		if closeNouns[toks[e].Lower] && toks[e-1].Lower == "the" && toks[e-2].Lower == "at" && toks[e+1].Lower == "of" {
			return true
		}
	}
	return false
}

var closeNouns = lex("closeNouns")
