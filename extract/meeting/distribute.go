package meeting

// Distributive readings of a meeting clause. "A and B met separately with
// X" is two meetings (A–X, B–X), not one of three; "A met B on Sunday and
// C yesterday" and "A spoke with B and later with C" are two meetings of
// A, each with its own time, and B never met C.
//
// Input: a meeting built from one clause, the predicate's token and its
// conjunct. Output: the meetings the clause really tells.

import (
	"slices"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/graph"
)

// distributiveCues say that each of several people met the other side on
// their own: "separately", "individually".
var distributiveCues = lex("distributiveCues")

// distribute splits a meeting whose clause tells several encounters.
func (d *Reader) distribute(si, k, pcs, pce int, m Frame) []Frame {
	toks := d.Sents[si].Toks
	// The objects: actors named after the predicate in its conjunct.
	objectAt := map[int]int{}
	for mi := range d.Ments[si] {
		mt := &d.Ments[si][mi]
		if mt.Actor >= 0 && mt.I > k && mt.J <= pce && slices.Contains(m.Parts, mt.Actor) {
			if _, ok := objectAt[mt.Actor]; !ok {
				objectAt[mt.Actor] = mt.I
			}
		}
	}
	var subject, objects []int
	for _, a := range m.Parts {
		if _, ok := objectAt[a]; ok {
			objects = append(objects, a)
		} else {
			subject = append(subject, a)
		}
	}
	if len(subject) == 0 || len(objects) == 0 {
		return []Frame{m}
	}
	// "A and B each met X": "each" right before the verb distributes too.
	if frame.AnyWord(toks, pcs, pce, distributiveCues) || k > 0 && toks[k-1].Lower == "each" {
		var out []Frame
		switch {
		case len(subject) >= 2:
			for _, s := range subject {
				out = append(out, withParts(m, append([]int{s}, objects...)))
			}
		case len(objects) >= 2:
			for _, o := range objects {
				out = append(out, withParts(m, []int{subject[0], o}))
			}
		default:
			return []Frame{m}
		}
		return out
	}
	// A second conjunct of objects: "and later with C", or "B on Sunday
	// and C yesterday" (each object with a time of its own).
	for e := k + 2; e+1 < pce; e++ {
		if toks[e].Lower != "and" {
			continue
		}
		split := frame.SequenceAdverbs[toks[e+1].Lower]
		if !split {
			before := frame.FindDates(toks, k+1, e, d.published)
			after := frame.FindDates(toks, e+1, pce, d.published)
			split = len(before) > 0 && len(after) > 0 && before[len(before)-1].At > objectStart(objectAt, k, e)
		}
		if !split {
			continue
		}
		var first, second []int
		for _, a := range objects {
			if objectAt[a] > e {
				second = append(second, a)
			} else {
				first = append(first, a)
			}
		}
		if len(first) == 0 || len(second) == 0 {
			return []Frame{m}
		}
		a := withParts(m, append(slices.Clone(subject), first...))
		b := withParts(m, append(slices.Clone(subject), second...))
		if dt := d.dateOf(toks, k, k+1, e, m.Status); dt != "" {
			a.Date = dt
		}
		if dt := d.dateOf(toks, e+1, e+1, pce, m.Status); dt != "" {
			b.Date = dt
		}
		return []Frame{a, b}
	}
	return []Frame{m}
}

// objectStart is the first object's position in (k, e), or e.
func objectStart(objectAt map[int]int, k, e int) int {
	first := e
	for _, at := range objectAt {
		if at > k && at < first {
			first = at
		}
	}
	return first
}

// withParts is a copy of m with other participants: one encounter of
// several, whose participants the clause tells one by one.
func withParts(m Frame, parts []int) Frame {
	m.Parts = parts
	m.Split = true
	if m.Status == "" {
		m.Status = graph.Held
	}
	return m
}
