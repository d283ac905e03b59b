package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// trailingTalksGerunds hold talks in a trailing adjunct after "after":
// "a day after holding talks with C". lexicon trailingTalksGerunds.
var trailingTalksGerunds = lex("trailingTalksGerunds")

// trailingTalks: the sentence's held meeting of one subject A with B, on a
// day it tells, goes on with "a day after holding talks (in P) with C",
// "a day after meeting C (in P)" or "a day after talks with C": A's
// encounter with C is another one, the measured distance before the day
// of the main clause — the main clause's day is not C's, nor is the
// publication month (issue 14's four-hundred-and-eighty-third round,
// p2908, p2930, p2933). It returns the frames with that encounter added
// or, when a reading already gave it, with its day (and place) mended.
// Without a measured distance ("after meeting C") the day of C's
// encounter is not told, and the frames are left as they are.
func (d *Reader) trailingTalks(si int, out []Frame) []Frame {
	toks := d.Sents[si].Toks
	for p := 3; p+3 < len(toks); p++ {
		if toks[p].Lower != "after" || trailingDistance(toks, p) == 0 {
			continue
		}
		w := talksWith(toks, p+1) // the token before C's name
		if w < 0 {
			continue
		}
		c := d.titledPersonAfter(si, w)
		subj := d.leadSubjects(si, p)
		if len(subj) == 0 {
			subj = d.firstHeldSubject(si, p, out) // "X's envoy Y met Z ..., a day after ..."
		}
		if c < 0 || len(subj) != 1 || subj[0] == c {
			continue
		}
		main := -1
		for i, f := range out {
			if f.Status == graph.Held && slices.Contains(f.Parts, subj[0]) && !slices.Contains(f.Parts, c) && f.Mode != graph.Call {
				main = i
				break
			}
		}
		if main < 0 {
			continue
		}
		day := shiftDay(out[main].Date, trailingDistance(toks, p))
		if day == "" {
			continue // the main clause tells no full day to count from
		}
		place := d.PlaceOf(si, p+1, p+1, len(toks))
		if place != "" && !namedIn(toks, p+1, len(toks), place) && !placeAfterIn(d, si, p+1, place) {
			place = ""
		}
		other := -1
		for i, f := range out {
			if i != main && f.Status == graph.Held && len(f.Parts) == 2 && slices.Contains(f.Parts, subj[0]) && slices.Contains(f.Parts, c) {
				other = i
				break
			}
		}
		if other < 0 {
			f := withParts(out[main], []int{subj[0], c})
			f.Place = place
			f.Date = day
			out[main].Split = true
			out = append(out, f)
			continue
		}
		out[other].Date = day
		if place != "" {
			out[other].Place = place
		}
	}
	return out
}

// talksWith: the tokens from i tell talks held with someone — "holding
// talks (in P) with", "talks with", "meeting" — the index of the token
// right before the other's name ("with", or "meeting" itself), or -1. A
// place of two words at most may stand between the talks and "with".
func talksWith(toks []text.Token, i int) int {
	if i >= len(toks) {
		return -1
	}
	if toks[i].Lower == "meeting" {
		return i
	}
	if trailingTalksGerunds[toks[i].Lower] {
		i++
	}
	if i >= len(toks) || frame.Triggers[toks[i].Lower] != frame.Talks {
		return -1
	}
	for e := i + 1; e < len(toks) && e <= i+4; e++ {
		if toks[e].Lower == "with" {
			return e
		}
		if toks[e].Lower != "in" && !toks[e].Cap {
			return -1
		}
	}
	return -1
}

// firstHeldSubject: the first person of the sentence's first held meeting,
// when named before p — the subject a possessive or a dateline before it
// kept leadSubjects from reading ("A's envoy B met C on Tuesday, a day
// after ..."). nil otherwise.
func (d *Reader) firstHeldSubject(si, p int, out []Frame) []int {
	for _, f := range out {
		if f.Status != graph.Held || len(f.Parts) < 2 {
			continue
		}
		for _, m := range d.Ments[si] {
			if m.Actor == f.Parts[0] && m.J <= p && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return []int{m.Actor}
			}
		}
		return nil
	}
	return nil
}

// placeAfterIn: "in" and a capitalized word after from open a phrase
// whose place is place — a form the gazetteer writes otherwise
// ("Naypyitaw" read as "Nay Pyi Taw"), so spelt out in the adjunct all the
// same.
func placeAfterIn(d *Reader, si, from int, place string) bool {
	toks := d.Sents[si].Toks
	for e := from; e+1 < len(toks); e++ {
		if toks[e].Lower == "in" && toks[e+1].Cap && d.PlaceOf(si, e, e, min(e+5, len(toks))) == place {
			return true
		}
	}
	return false
}
