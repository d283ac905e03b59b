package meeting

// Distributive readings of a meeting clause. "A and B met separately with
// X" is two meetings (A–X, B–X), not one of three; "A met B on Sunday and
// C yesterday" and "A spoke with B and later with C" are two meetings of
// A, each with its own time, and B never met C. "In separate meetings, A
// and B told C" is A–C and B–C.
//
// Input: a meeting built from one clause, the predicate's token and its
// conjunct. Output: the meetings the clause really tells.

import (
	"slices"
	"time"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
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
	cue := frame.AnyWord(toks, pcs, pce, distributiveCues)
	turn := len(objects) >= 2 && d.inTurn(si, k, pce)
	if len(subject) == 0 && len(objects) >= 2 && (cue || turn) {
		// "X, the envoy who chaired the meeting, held separate sessions
		// with A and with B": the trigger is in the relative clause, its
		// subject the person the clause hangs on; he met each on his own
		// (p474, p514).
		if head := d.relativeHead(si, pcs); head >= 0 && !slices.Contains(objects, head) {
			var out []Frame
			for _, o := range objects {
				out = append(out, withParts(m, []int{head, o}))
			}
			return out
		}
		// "The minister held separate meetings with A, B and C": each
		// object met a subject the clause does not name (an unread name,
		// a bare title); they did not meet one another, so the clause
		// tells no encounter between the actors read. Each object keeps
		// a frame of its own, which gives later sentences its time and
		// place ("With B, the minister discussed ...") and is dropped if
		// nobody joins it. A planned meeting is left whole: its pairs
		// are none held, and its people, named once, would go with it
		// ("is to travel ... for separate meetings with A and B", p533).
		if (m.Status == graph.Held || m.Status == "") && (turn || d.objectsApart(si, k, pce)) {
			var out []Frame
			for _, o := range objects {
				out = append(out, withParts(m, []int{o}))
			}
			return out
		}
	}
	if len(subject) == 0 && len(objects) >= 2 && (m.Status == graph.Held || m.Status == "") && objectsInSequence(toks, objectAt, k, pce) {
		// "In Doha he saw the Emir, A, and, later, B": one after the
		// other, by a subject the clause does not name (a pronoun left
		// unread); A never met B. Each keeps a frame of its own, as
		// with "held separate meetings with A and B" above.
		var out []Frame
		for _, o := range objects {
			out = append(out, withParts(m, []int{o}))
		}
		return out
	}
	if len(subject) == 0 || len(objects) == 0 {
		return []Frame{m}
	}
	// "A and B each met X": "each" right before the verb distributes too.
	// "A held (bilateral) meetings with B and C": a plural count noun of
	// encounters with one subject and several objects is one encounter
	// with each.
	if cue || turn || k > 0 && toks[k-1].Lower == "each" ||
		countPlurals[toks[k].Lower] && len(subject) == 1 && len(objects) >= 2 {
		var out []Frame
		switch {
		case len(subject) >= 2 && len(objects) >= 2 && d.cueAfterObjects(si, k, pce) && d.namedBefore(si, k, subject):
			// "The leaders held talks with A and B separately": the cue
			// closes the list of those met, so each of them was met on
			// their own by the whole subject; A never met B.
			for _, o := range objects {
				out = append(out, withParts(m, append(slices.Clone(subject), o)))
			}
		case len(subject) >= 2 && len(objects) >= 2 && separateNounBefore(toks, k) && d.subjectBeforeHeld(si, k, subject):
			// "A and B held separate meetings with C and D": the
			// meetings are told apart by those met, each a meeting of
			// the whole subject with one of them; "A and B held separate
			// meetings with C" alone tells them apart by their holders
			// (below). C never met D (the two-hundred-and-ninety-sixth
			// round, p1808, p1813). The subject stands right before
			// "held": "... between A and B, and held separate meetings
			// with C and D" names no holder.
			for _, o := range objects {
				out = append(out, withParts(m, append(slices.Clone(subject), o)))
			}
		case len(subject) >= 2:
			for _, s := range subject {
				out = append(out, withParts(m, append([]int{s}, objects...)))
			}
		case len(objects) == 2 && d.conjunctSplit(si, k, pce, m, subject, objects, objectAt) != nil:
			// "X held separate meetings with A in P on Tuesday and with
			// B in Q on Wednesday": the cue says apart, each conjunct
			// says where and when; each encounter takes its own
			// conjunct's place and day, as without the cue (issue 14's
			// three-hundred-and-fifty-ninth round, p2189).
			return d.conjunctSplit(si, k, pce, m, subject, objects, objectAt)
		case len(objects) >= 2:
			for _, o := range objects {
				out = append(out, withParts(m, []int{subject[0], o}))
			}
		default:
			return []Frame{m}
		}
		return out
	}
	if groups := d.commaSequence(si, k, pce, objectAt, objects); len(groups) >= 2 && (m.Status == graph.Held || m.Status == "") {
		// "X saw A on Thursday, then B, and later C": a list of those met
		// whose items a sequence adverb opens after a comma tells one
		// encounter after another, each of the subject with one item; A
		// never met B (the three-hundred-and-forty-fourth round, p2098).
		var out []Frame
		for _, g := range groups {
			f := withParts(m, append(slices.Clone(subject), g...))
			out = append(out, f)
		}
		return out
	}
	if fs := d.conjunctSplit(si, k, pce, m, subject, objects, objectAt); fs != nil {
		return fs
	}
	return []Frame{m}
}

// conjunctSplit: the objects of the predicate at k stand in two
// conjuncts joined by "and", each with a time of its own ("B on Sunday
// and C yesterday", "and later with C", "with B in X on Monday and with
// C in Y on Wednesday"): two encounters of the subject, one with each
// conjunct's objects, each dated and placed by its own conjunct; nil
// when the clause holds no such split.
func (d *Reader) conjunctSplit(si, k, pce int, m Frame, subject, objects []int, objectAt map[int]int) []Frame {
	toks := d.Sents[si].Toks
	// A second conjunct of objects: "and later with C", or "B on Sunday
	// and C yesterday" (each object with a time of its own).
	for e := k + 2; e+1 < pce; e++ {
		if toks[e].Lower != "and" {
			continue
		}
		split := sequenceAfterAnd(toks, e)
		if !split {
			before := frame.FindDates(toks, k+1, e, d.published)
			after := frame.FindDates(toks, e+1, pce, d.published)
			split = len(before) > 0 && len(after) > 0 && before[len(before)-1].At > objectStart(objectAt, k, e)
		}
		if !split {
			// "saw B over breakfast and C after the morning session": a
			// part of the day for each object.
			split = dayPartAt(toks, objectStart(objectAt, k, e), e) && dayPartAt(toks, e+1, len(toks))
		}
		if !split {
			// "met in the morning with B and in the afternoon with C",
			// "met B, led by X, on Sunday morning and C that afternoon":
			// the time may stand before the object, after a weekday, or
			// past the commas of an apposition.
			split = dayPhraseIn(toks, k+1, e) && dayPhraseIn(toks, e+1, pce)
		}
		later := 0
		if !split {
			// "with B in X on Oct. 4 and with C in Y two days later": a
			// day for the first object, a count of days after it for
			// the second.
			if n := daysLaterIn(toks, e+1, pce); n > 0 && len(frame.FindDates(toks, k+1, e, d.published)) > 0 {
				split, later = true, n
			}
		}
		if !split {
			// "saw B in X and C in Y": each object with a city of its
			// own after "in", two encounters of the subject (issue 14's
			// four-hundred-and-twenty-fourth round, p2578, p2047).
			pa, pb := d.cityAfterIn(si, objectStart(objectAt, k, e), e), d.cityAfterIn(si, e+1, pce)
			split = pa != "" && pb != "" && pa != pb
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
			return nil
		}
		a := withParts(m, append(slices.Clone(subject), first...))
		b := withParts(m, append(slices.Clone(subject), second...))
		if m.Status == graph.Held && modalConjunct(toks, e) {
			// "met B today and will fly to Y tomorrow to see C": the
			// second encounter is the subject's later act, still to come.
			b.Status = graph.Planned
		}
		if dt := d.dateOf(si, k, k+1, e, m.Status); dt != "" {
			a.Date = dt
		}
		if dt := d.dateOf(si, e+1, e+1, pce, b.Status); dt != "" && later == 0 {
			b.Date = dt
		} else if t, err := time.Parse("2006-01-02", a.Date); later > 0 && err == nil {
			b.Date = frame.Day(t.AddDate(0, 0, later))
		}
		if pa, pb := d.cityIn(si, k+1, e), d.cityIn(si, e+1, pce); pa != "" && pb != "" && pa != pb {
			// "with B in X on Monday and with C in Y on Wednesday":
			// each encounter where its own conjunct puts it.
			a.Place, b.Place = pa, pb
		} else if pb := d.cityIn(si, e+1, pce); pb != "" && b.Status == graph.Planned && m.Status == graph.Held {
			// "and will fly to Y tomorrow to see C": the later act's
			// own city, not the one the held encounter took place in.
			b.Place = pb
		}
		return []Frame{a, b}
	}
	return nil
}

// cityAfterIn is the city of the first city mention in tokens [from, to)
// of sentence si that stands right after "in" and after a name or title
// of the conjunct ("B in X"), "" when none.
func (d *Reader) cityAfterIn(si, from, to int) string {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.I >= from+2 && m.J <= to && m.Kind == mention.City && toks[m.I-1].Lower == "in" && toks[m.I-2].Cap {
			return m.City
		}
	}
	return ""
}

// daysLaterIn: tokens [from, to) hold "two days later" (a count, a day
// unit, "later"): the count, else 0.
func daysLaterIn(toks []text.Token, from, to int) int {
	for e := from; e+2 < to; e++ {
		if n, ok := dayCounts[toks[e].Lower]; ok && dayUnits[toks[e+1].Lower] && toks[e+2].Lower == "later" {
			return n
		}
	}
	return 0
}

// cityIn is the city the first city mention in tokens [from, to) of
// sentence si names, "" when none.
func (d *Reader) cityIn(si, from, to int) string {
	for _, m := range d.Ments[si] {
		if m.I >= from && m.J <= to && m.Kind == mention.City {
			return m.City
		}
	}
	return ""
}

// objectsInSequence: an "and" with a sequence adverb (sequenceAfterAnd)
// stands between the objects named after the predicate at k, before pce:
// "saw A and, later, B".
func objectsInSequence(toks []text.Token, objectAt map[int]int, k, pce int) bool {
	for e := k + 2; e+1 < pce; e++ {
		if toks[e].Lower != "and" || !sequenceAfterAnd(toks, e) {
			continue
		}
		before, after := false, false
		for _, at := range objectAt {
			before = before || at < e
			after = after || at > e
		}
		return before && after
	}
	return false
}

// modalConjunct: the "and" at e opens a later act of the subject's told
// as still to come — a modal right after it ("and will fly to Y tomorrow
// to see C", "and would call on C") or "is", "are", "was" or "were" and a
// word of plans ("and is expected to", "and was due to"). A held
// encounter coordinated with a planned one in one sentence keeps its own
// status; the planned one, split off by its own time, is planned (the
// three-hundred-and-seventy-ninth round, p2308).
func modalConjunct(toks []text.Token, e int) bool {
	if e+1 >= len(toks) {
		return false
	}
	switch l := toks[e+1].Lower; l {
	case "will", "would", "shall", "'ll":
		return true
	case "is", "are", "was", "were":
		return e+2 < len(toks) && (toks[e+2].Lower == "to" || frame.PlannedWords[toks[e+2].Lower] && toks[e+2].Lower != "may")
	}
	return false
}

// sequenceAfterAnd: the "and" at e opens a later encounter — a sequence
// adverb follows it, right after it ("and later C") or set off by commas
// ("and, later, C", "and, then, C"), as careful copy punctuates it.
func sequenceAfterAnd(toks []text.Token, e int) bool {
	if e+1 < len(toks) && frame.SequenceAdverbs[toks[e+1].Lower] {
		return true
	}
	return e+2 < len(toks) && toks[e+1].Text == "," && frame.SequenceAdverbs[toks[e+2].Lower]
}

// namedBefore: every actor of subject is named in sentence si before the
// predicate at k — a subject the clause itself tells, not one carried in
// from an earlier sentence.
func (d *Reader) namedBefore(si, k int, subject []int) bool {
	for _, a := range subject {
		named := false
		for mi := range d.Ments[si] {
			if mt := &d.Ments[si][mi]; mt.Actor == a && mt.J <= k {
				named = true
				break
			}
		}
		if !named {
			return false
		}
	}
	return true
}

// objectsEnd is the end of the last actor named after the predicate at k
// in its conjunct (ending at pce): the token right after the objects, or
// -1 when none is named.
func (d *Reader) objectsEnd(si, k, pce int) int {
	last := -1
	for mi := range d.Ments[si] {
		mt := &d.Ments[si][mi]
		if mt.Actor >= 0 && mt.I > k && mt.J <= pce && mt.J > last {
			last = mt.J
		}
	}
	return last
}

// cueAfterObjects: a distributive cue ("separately", "individually")
// stands right after the last actor named after the predicate at k in its
// conjunct (ending at pce) — "met A and B separately". It then bears on
// the objects, not on a plural subject ("A and B met separately with X"
// puts the cue before the object).
func (d *Reader) cueAfterObjects(si, k, pce int) bool {
	toks := d.Sents[si].Toks
	last := d.objectsEnd(si, k, pce)
	return last >= 0 && last < len(toks) && toks[last].Lower != "separate" && distributiveCues[toks[last].Lower]
}

// turnPhrases, right after a list of the people met, say each was met
// on their own, one after the other: "met A, B and C in turn".
var turnPhrases = lexicon.Phrases("turnPhrases")

// inTurn: a turnPhrases phrase stands right after the last actor named
// after the predicate at k in its conjunct (ending at pce) — "met A, B
// and C in turn", "received A and B one by one" — and ends the clause or
// comes before a comma or a preposition of time or place. "A met B, who
// in turn met C" is no list told in turn: the phrase follows "who", not a
// name.
func (d *Reader) inTurn(si, k, pce int) bool {
	toks := d.Sents[si].Toks
	last := d.objectsEnd(si, k, pce)
	if last < 0 {
		return false
	}
	for _, ph := range turnPhrases {
		e := last + len(ph)
		if e > len(toks) {
			continue
		}
		match := true
		for i, w := range ph {
			if toks[last+i].Lower != w {
				match = false
				break
			}
		}
		if match && (e == len(toks) || !toks[e].Word || turnAfter[toks[e].Lower]) {
			return true
		}
	}
	return false
}

// turnAfter may follow a turnPhrases phrase that closes a list of people
// met: a preposition of time or place, a conjunction.
var turnAfter = lex("turnAfter")

// countPlurals are plural count nouns of encounters: "held meetings with
// A and B" tells one with each.
var countPlurals = lex("countPlurals")

// dayParts name a part of the day or a meal, which a preposition makes
// the time of one encounter: "in the afternoon", "over lunch", "after the
// morning session".
var dayParts = lex("dayParts")

// dayPartAt: a preposition in [from, to), before any comma, opens a phrase
// whose head, within three words, is a part of the day. The clause may
// end before it ("after" opens an adjunct clause).
func dayPartAt(toks []text.Token, from, to int) bool {
	for e := from; e < to && toks[e].Text != "," && toks[e].Text != ";"; e++ {
		if !dayPreps[toks[e].Lower] {
			continue
		}
		for h := e + 1; h < to && h <= e+3; h++ {
			if dayParts[toks[h].Lower] {
				return true
			}
			if !toks[h].Word || toks[h].Cap {
				break
			}
		}
	}
	return false
}

// dayPreps open a time phrase of a part of the day.
var dayPreps = lex("dayPreps")

// dayOpeners open a time phrase of a part of the day whose head may follow
// a weekday: "on Sunday morning", "that afternoon", "later that evening".
var dayOpeners = lex("dayOpeners")

// dayPhraseIn: a part of the day in [from, to) heads a time phrase: an
// opener (a dayPreps or dayOpeners word) stands at most three words before
// it, with no comma between; a weekday or "the" may come between them.
func dayPhraseIn(toks []text.Token, from, to int) bool {
	for h := from; h < to; h++ {
		if !dayParts[toks[h].Lower] {
			continue
		}
		for e := h - 1; e >= from && e >= h-3 && toks[e].Word; e-- {
			if dayPreps[toks[e].Lower] || dayOpeners[toks[e].Lower] {
				return true
			}
		}
	}
	return false
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

// frontedSeparate: "In separate meetings, A and B told C ...": a
// distributive cue in the fronted adjunct makes each of the main clause's
// subjects meet its objects on their own (A–C, B–C), or its one subject
// meet each object. The subjects are the people named before the first
// word that follows a name and is not "and" or a comma (the verb); nil
// when the sentence does not read so.
func (d *Reader) frontedSeparate(si, k int, m Frame) []Frame {
	toks := d.Sents[si].Toks
	if len(toks) == 0 || !frontPreps[toks[0].Lower] || k > 12 || !frame.MeetingNouns[toks[k].Lower] {
		return nil
	}
	c := frontedComma(toks, k)
	if c < 0 || !frame.AnyWord(toks, 0, c, distributiveCues) {
		return nil
	}
	verb := d.verbAfterSubjects(si, c)
	if verb < 0 {
		return nil
	}
	var subjects, objects []int
	for mi := range d.Ments[si] {
		mt := &d.Ments[si][mi]
		if mt.I <= c || !slices.Contains(m.Parts, mt.Actor) {
			continue
		}
		switch {
		case mt.J <= verb && !slices.Contains(subjects, mt.Actor):
			subjects = append(subjects, mt.Actor)
		case mt.I > verb && !slices.Contains(objects, mt.Actor) && !slices.Contains(subjects, mt.Actor):
			objects = append(objects, mt.Actor)
		}
	}
	var out []Frame
	switch {
	case len(subjects) >= 2 && len(objects) >= 1:
		for _, a := range subjects {
			out = append(out, withParts(m, append([]int{a}, objects...)))
		}
	case len(subjects) == 1 && len(objects) >= 2:
		for _, o := range objects {
			out = append(out, withParts(m, []int{subjects[0], o}))
		}
	}
	return out
}

// frontedEarlier: "Following the talks with Y, X paid a courtesy call on
// Z", "After talks with Y on Monday, X called on Z": a fronted adjunct of
// sequence tells an earlier encounter of the main clause's subject with
// the people it names, and the main clause's meeting verb at k another,
// with its objects; Y was not at the call on Z (the
// two-hundred-and-fifth round, p1265). It gives the two encounters, or
// nil when the sentence does not read so: no "with" phrase after the
// meeting noun, no subject or no object of the main clause apart from the
// adjunct's people.
func (d *Reader) frontedEarlier(si, k int, m Frame) []Frame {
	toks := d.Sents[si].Toks
	if len(toks) == 0 || !sequencePreps[toks[0].Lower] {
		return nil
	}
	c := -1
	for e := 1; e < len(toks) && e < 14; e++ {
		if toks[e].Text == "," {
			c = e
			break
		}
		if !toks[e].Word && toks[e].Text != "." {
			return nil
		}
	}
	if c < 0 || k <= c {
		return nil // the meeting verb must be the main clause's own
	}
	with := -1
	for e := 1; e+1 < c; e++ {
		if frame.MeetingNouns[toks[e].Lower] && toks[e+1].Lower == "with" {
			with = e + 1
			break
		}
	}
	if with < 0 {
		return nil
	}
	verb := d.verbAfterSubjects(si, c)
	if verb < 0 || verb > k {
		return nil
	}
	var earlier, subjects, objects []int
	for mi := range d.Ments[si] {
		mt := &d.Ments[si][mi]
		if !slices.Contains(m.Parts, mt.Actor) || d.Cast.Actors[mt.Actor].Kind != graph.Person {
			continue
		}
		switch {
		case mt.I > with && mt.J <= c:
			if !slices.Contains(earlier, mt.Actor) {
				earlier = append(earlier, mt.Actor)
			}
		case mt.I > c && mt.J <= verb:
			if !slices.Contains(subjects, mt.Actor) {
				subjects = append(subjects, mt.Actor)
			}
		case mt.I > verb:
			if !slices.Contains(objects, mt.Actor) {
				objects = append(objects, mt.Actor)
			}
		}
	}
	objects = slices.DeleteFunc(objects, func(a int) bool { return slices.Contains(earlier, a) || slices.Contains(subjects, a) })
	earlier = slices.DeleteFunc(earlier, func(a int) bool { return slices.Contains(subjects, a) })
	if len(earlier) == 0 || len(subjects) == 0 || len(objects) == 0 {
		return nil
	}
	return []Frame{
		withParts(m, append(slices.Clone(subjects), objects...)),
		withParts(m, append(slices.Clone(subjects), earlier...)),
	}
}

// sequencePreps open a fronted adjunct that tells an encounter before the
// main clause's: "After talks with Y, ...", "Following the meeting with
// Y, ...".
var sequencePreps = lex("sequencePreps")

// relativeHead is the person a relative clause opened by "who" at pcs-1
// hangs on ("X, who ...", "X, the envoy who ..."): the last person named
// before "who" with a comma between them or right before it; -1 when
// there is none.
func (d *Reader) relativeHead(si, pcs int) int {
	toks := d.Sents[si].Toks
	if pcs < 3 || toks[pcs-1].Lower != "who" {
		return -1
	}
	head := -1
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.J > pcs-1 {
			break
		}
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && m.J < len(toks) && toks[m.J].Text == "," {
			head = m.Actor
		}
	}
	return head
}

// objectsApart: the predicate at k is told apart for each object — a
// distributive cue stands right before it ("held separate meetings",
// "separate bilateral talks") or after it in its conjunct ("met
// separately with"). A cue fronted before the clause ("Separately, talks
// between A and B ...") tells another development, not this.
func (d *Reader) objectsApart(si, k, pce int) bool {
	toks := d.Sents[si].Toks
	for e := k - 1; e >= 0 && e >= k-3; e-- {
		if toks[e].Lower == "separate" {
			return true
		}
		if !toks[e].Word || toks[e].Cap {
			break
		}
	}
	for e := k + 1; e < pce && e <= k+3; e++ {
		if toks[e].Lower == "separately" || toks[e].Lower == "individually" {
			return true
		}
		if !toks[e].Word || toks[e].Cap {
			break
		}
	}
	return false
}

// verbAfterSubjects is the main clause's verb after a fronted phrase
// ending at token c: the first lower-case word right after a name past c
// that is not "and" or a comma, -1 when there is none.
func (d *Reader) verbAfterSubjects(si, c int) int {
	toks := d.Sents[si].Toks
	for mi := range d.Ments[si] {
		mt := &d.Ments[si][mi]
		if mt.I <= c || mt.J >= len(toks) {
			continue
		}
		if w := toks[mt.J]; w.Lower != "and" && w.Text != "," && w.Word && !w.Cap {
			return mt.J
		}
	}
	return -1
}

// separateNounBefore: the meeting noun at k is told "separate" among the
// few words before it ("held separate meetings", "separate bilateral
// talks"), the words after "held" up to it lower case.
func separateNounBefore(toks []text.Token, k int) bool {
	for e := k - 1; e >= 0 && e >= k-3; e-- {
		if toks[e].Lower == "separate" {
			return true
		}
		if !toks[e].Word || toks[e].Cap {
			return false
		}
	}
	return false
}

// subjectBeforeHeld: the meeting noun at k is told with "held" or "had"
// (heldNounVerb), and one of subject is named right before that verb,
// a word of the side ("mediators", "delegations") or a comma aside.
func (d *Reader) subjectBeforeHeld(si, k int, subject []int) bool {
	v := heldNounVerb(d.Sents[si].Toks, k)
	return v > 0 && slices.ContainsFunc(d.Ments[si], func(mt mention.Mention) bool {
		return slices.Contains(subject, mt.Actor) && mt.J <= v && mt.J >= v-2
	})
}

// commaSequence parts the objects named after the predicate at k (before
// pce) at each sequence adverb that opens a list item: after a comma,
// right before a person's name phrase (", then Croatian President B"),
// or after "and" ("and later C"). It needs at least one comma-set point,
// the shape the second-conjunct split below does not read; "A, then
// Foreign Secretary," (an adverb before a bare title, "at that time")
// opens no name and does not part. Nil when the objects stay whole.
func (d *Reader) commaSequence(si, k, pce int, objectAt map[int]int, objects []int) [][]int {
	if len(objects) < 2 {
		return nil
	}
	toks := d.Sents[si].Toks
	var points []int
	comma := false
	for e := k + 2; e+2 < pce; e++ {
		switch {
		case toks[e].Text == "," && frame.SequenceAdverbs[toks[e+1].Lower] && d.personPhraseAt(si, e+2, pce):
			points = append(points, e)
			comma = true
		case toks[e].Lower == "and" && sequenceAfterAnd(toks, e):
			points = append(points, e)
		}
	}
	if !comma {
		return nil
	}
	groups := make([][]int, len(points)+1)
	for _, a := range objects {
		g := 0
		for g < len(points) && objectAt[a] > points[g] {
			g++
		}
		groups[g] = append(groups[g], a)
	}
	var out [][]int
	for _, g := range groups {
		if len(g) == 0 {
			// A point with no one named before it ("met, then, A"):
			// not a list of those met.
			return nil
		}
		out = append(out, g)
	}
	return out
}

// personPhraseAt: a person's name phrase (title included) of sentence si
// starts at token from, or one token later after "with" ("then with B").
func (d *Reader) personPhraseAt(si, from, pce int) bool {
	toks := d.Sents[si].Toks
	if from < pce && toks[from].Lower == "with" {
		from++
	}
	for mi := range d.Ments[si] {
		mt := &d.Ments[si][mi]
		if mt.Actor < 0 || mt.Desc || mt.J > pce || d.Cast.Actors[mt.Actor].Kind != graph.Person {
			continue
		}
		if st := mt.PhraseStart(); st == from || st == from+1 && mt.Title != "" {
			return true
		}
	}
	return false
}
