package meeting

import (
	"slices"
	"strings"
	"time"

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
	p, shift := sequenceDistance(toks) // the preposition, and the days it puts between the encounters
	if len(toks) < p+5 || !sequenceGerundPreps[toks[p].Lower] || d.Sents[si].Quoted[0] || p > 0 && toks[p].Lower == "having" {
		return nil
	}
	gerund := sequenceGerunds[toks[p+1].Lower]
	start := -1 // the main clause's first token
	for e := p + 2; e < len(toks) && e <= p+22; e++ {
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
	if !gerund && (toks[p].Lower == "having" || !anyMeetingWith(toks, p+1, start)) {
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
		case mt.I > p+1 && mt.J <= start:
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
	main := withParts(m, append(slices.Clone(subjects), objects...))
	other := withParts(m, append(slices.Clone(subjects), earlier...))
	// "(A day) after meeting X in P, Y held talks with Z in Q": the
	// adjunct's encounter is at the place the adjunct names, the main
	// clause's at the one it names itself (the
	// three-hundred-and-eighty-eighth round, p2360, p2363).
	if place := d.PlaceOf(si, p+1, p+1, start-1); place != "" && namedIn(toks, p+1, start, place) {
		other.Place = place
		if own := d.PlaceOf(si, verb, start, len(toks)); own != "" {
			main.Place = own
		}
	}
	if p > 0 {
		// A measured distance of time puts the adjunct's encounter that
		// many days from the main clause's day.
		other.Date = shiftDay(m.Date, shift)
		// The main clause's encounter is the one the story goes on
		// with ("X and Y also took part in the talks"): it comes last.
		return []Frame{other, main}
	}
	return []Frame{main, other}
}

// namedIn: the place name is spelt out in tokens [i, j), not read from
// elsewhere.
func namedIn(toks []text.Token, i, j int, place string) bool {
	var words []string
	for e := i; e < j; e++ {
		words = append(words, toks[e].Text)
	}
	return strings.Contains(strings.Join(words, " "), place)
}

// sequenceDistance: the sentence opens with a measured distance of time
// before the preposition of sequence — "A day after meeting X", "Two days
// before seeing X", "Hours after talks with X" — the index of that
// preposition (0 with none) and how many days the adjunct's encounter
// lies from the main clause's: minus the count after "after", plus it
// after "before", none for hours (sequenceDistances).
func sequenceDistance(toks []text.Token) (int, int) {
	if len(toks) < 3 {
		return 0, 0
	}
	sign := 1
	if toks[2].Lower == "after" || toks[1].Lower == "after" {
		sign = -1
	}
	if n, ok := dayCounts[toks[0].Lower]; ok && dayUnits[toks[1].Lower] {
		return 2, sign * n
	}
	if sequenceDistances[toks[0].Lower] {
		return 1, 0
	}
	return 0, 0
}

// sequenceDistances open a fronted adjunct as a distance of time of less
// than a day before its preposition: "Hours after meeting X, ...".
var sequenceDistances = lex("sequenceDistances")

// shiftDay: the day n days from day, or day itself when n is 0 or day is
// no full date ("" then when n is not 0: the day is not known).
func shiftDay(day string, n int) string {
	if n == 0 {
		return day
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	return frame.Day(t.AddDate(0, 0, n))
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
