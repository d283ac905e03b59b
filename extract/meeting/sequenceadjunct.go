package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// sequenceGerundPreps open a fronted adjunct that tells another encounter
// of the main clause's subject, before or after the main clause's own:
// "Before seeing X, ...", "After meeting X ...".
var sequenceGerundPreps = lex("sequenceGerundPreps")

// sequenceGerunds are the meeting verbs such an adjunct opens with:
// "seeing", "meeting", "visiting".
var sequenceGerunds = lex("sequenceGerunds")

// frontedGerund: "Before seeing X she called on Y", "After meeting X, he
// visited Y", "After talks with X, she called on Y": a fronted adjunct of
// sequence tells the subject's encounter with X, the main clause another
// with Y, and X was at no meeting with Y (the two-hundred-and-thirty-ninth
// round, p1469). The subject is the person named between the adjunct and
// the main verb, or the "he" or "she" that opens the main clause, which
// stands for the person the sentence before opens with — not for X, whom
// the adjunct's own subject, the same person, saw. The adjunct ends at
// its comma or, with none, at a name followed by the pronoun. It gives
// the two encounters, or nil when the sentence does not read so.
func (d *Reader) frontedGerund(si int, m Frame) []Frame {
	toks := d.Sents[si].Toks
	if len(toks) < 5 || !sequenceGerundPreps[toks[0].Lower] || d.Sents[si].Quoted[0] {
		return nil
	}
	gerund := sequenceGerunds[toks[1].Lower]
	start := -1 // the main clause's first token
	for e := 2; e < len(toks) && e <= 22; e++ {
		if toks[e].Text == "," && d.appositiveNameAt(si, e+1) {
			continue // "After seeing the minister, X, at ...": X is the adjunct's
		}
		if toks[e].Text == "," && e+1 < len(toks) && toks[e+1].Lower == "and" {
			continue // "After X, and carrying ...": the adjunct goes on
		}
		if toks[e].Text == "," {
			start = e + 1
			break
		}
		if (toks[e].Lower == "he" || toks[e].Lower == "she") && toks[e-1].Word && toks[e-1].Cap {
			start = e // "Before seeing Mr. X she ...": no comma
			break
		}
		if !toks[e].Word && toks[e].Text != "." && toks[e].Text != "-" {
			return nil
		}
	}
	if start < 0 || start >= len(toks)-2 {
		return nil
	}
	if !gerund && (toks[0].Lower == "having" || !anyMeetingWith(toks, 1, start)) {
		// "Having flown in after talks with X, and carrying ..., Y
		// met Z": a perfect adjunct tells a meeting only by its
		// participle ("Having met X").
		return nil
	}
	verb := -1 // the main clause's meeting word
	for e := start + 1; e < len(toks); e++ {
		if frame.Triggers[toks[e].Lower] != 0 {
			verb = e
			break
		}
	}
	for e := start + 1; e < len(toks) && verb < 0; e++ {
		if toks[e].Lower == "with" {
			verb = e // "X went on to lunch with Y"
		}
	}
	if verb < 0 {
		return nil
	}
	var earlier, subjects, objects []int
	if a := d.ref.SequencePronoun(si, start); a >= 0 {
		subjects = []int{a}
	} else if a := d.ref.SequenceDescribed(si, start); a >= 0 {
		subjects = []int{a}
	}
	for mi := range d.Ments[si] {
		mt := &d.Ments[si][mi]
		if mt.Actor < 0 || mt.Desc || d.Cast.Actors[mt.Actor].Kind != graph.Person {
			continue
		}
		switch {
		case mt.I > 1 && mt.J <= start:
			if !slices.Contains(earlier, mt.Actor) {
				earlier = append(earlier, mt.Actor)
			}
		case mt.I >= start && mt.J <= verb && len(subjects) == 0:
			subjects = append(subjects, mt.Actor)
		case mt.I >= start && (len(subjects) == 0 || mt.Actor != subjects[0]) && slices.Contains(m.Parts, mt.Actor):
			// Those the subject meets may be named before the meeting
			// word too: "X had spent an hour with Y, who flew in for the
			// meeting".
			if !slices.Contains(objects, mt.Actor) {
				objects = append(objects, mt.Actor)
			}
		}
	}
	objects = slices.DeleteFunc(objects, func(a int) bool { return slices.Contains(earlier, a) || slices.Contains(subjects, a) })
	if len(earlier) == 0 || len(subjects) != 1 || len(objects) == 0 || slices.Contains(earlier, subjects[0]) {
		return nil
	}
	return []Frame{
		withParts(m, append(slices.Clone(subjects), objects...)),
		withParts(m, append(slices.Clone(subjects), earlier...)),
	}
}

// anyMeetingWith: a meeting noun followed by "with" lies in [from, to):
// "After talks with X".
func anyMeetingWith(toks []text.Token, from, to int) bool {
	for e := from; e+1 < to && e+1 < len(toks); e++ {
		if frame.MeetingNouns[toks[e].Lower] && toks[e+1].Lower == "with" {
			return true
		}
	}
	return false
}

// appositiveNameAt: a person's name opens at token i and a comma closes it,
// an apposition to the title before the comma ("the Defense Minister,
// X, in the afternoon"), not the main clause's subject (the
// three-hundred-and-sixty-eighth round, p2240, p2242).
func (d *Reader) appositiveNameAt(si, i int) bool {
	toks := d.Sents[si].Toks
	for _, mt := range d.Ments[si] {
		if (mt.I == i || mt.I == i+1) && mt.Actor >= 0 && d.Cast.Actors[mt.Actor].Kind == graph.Person {
			return mt.J < len(toks) && toks[mt.J].Text == ","
		}
	}
	return false
}
