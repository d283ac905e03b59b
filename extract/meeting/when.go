package meeting

// When and where a meeting happens, and whether it did.

import (
	"slices"
	"strings"
	"time"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// status is planned when future or modal words surround the trigger.
func (d *Reader) status(toks []text.Token, k, cs, ce int) graph.Status {
	from, to := max(cs, wordsBack(toks, k, 6)), min(ce, k+9)
	// A modal belongs to the stretch between commas that holds the
	// predicate: "A, who will visit Lima, met B" was a meeting.
	for e := k - 1; e >= from; e-- {
		if toks[e].Text == "," {
			from = e + 1
			break
		}
	}
	// A trip told before the purpose clause may lie beyond the six words
	// looked at ("travelled to Port Louis on Wednesday to brief X"): it
	// is sought back to the comma.
	tripFrom := cs
	for e := k - 1; e >= cs; e-- {
		if toks[e].Text == "," {
			tripFrom = e + 1
			break
		}
	}
	// "A held meetings with B last month and will chair the round", "A,
	// who met B in May, is expected to ...": a modal after "and" or a
	// closing comma opens another act of the subject's; it does not make
	// a predicate told in the past one to come.
	if end := laterConjunct(toks, from, k, ce); end >= 0 {
		to, ce = min(to, end), end
	}
	if t := topicClause(toks, k, ce); t >= 0 {
		// "held talks with X on how the truce would work": the modal is
		// the topic's, not the talks'.
		to, ce = min(to, t), t
	}
	for e := max(from, k-2); e < k; e++ {
		if anteriorMods[toks[e].Lower] {
			return graph.Held // "the last round of talks": an earlier event
		}
	}
	if firstToDone(toks, k, cs) {
		return graph.Held // "became the first British leader to visit X": a record set, so done
	}
	if refused(toks, k, cs) {
		return graph.Planned // "refused a meeting with X", "has ruled out meeting X"
	}
	if urgedMeeting(toks, k, cs) {
		return graph.Planned // "urged A to talk to B", "persuade the rebels to talk" (pronounarrival.go)
	}
	if frame.MeetingNouns[toks[k].Lower] && frame.IntentObject(toks, cs, k) {
		return graph.Planned // "is seeking a meeting with", "preparing for talks"
	}
	for e := max(cs, k-6); e+2 < k; e++ {
		if (toks[e].Lower == "is" || toks[e].Lower == "are" || toks[e].Lower == "was" || toks[e].Lower == "were") &&
			toks[e+1].Lower == "to" && toks[e+2].Lower == "be" {
			return graph.Planned // "A is to be received by B"
		}
	}
	if beToFuture(toks, k, tripFrom) {
		return graph.Planned // "A is to fly back to X for consultations with B"
	}
	if modalPurpose(toks, k, cs) {
		return graph.Planned // "will be joined by A, by B and by C, to discuss ..."
	}
	if frame.MeetingNouns[toks[k].Lower] && notOccurred(toks, k) {
		return graph.Planned // "the meeting ..., announced on Monday, did not take place"
	}
	if frame.MeetingNouns[toks[k].Lower] && putOffPastRelative(toks, k, ce) {
		return graph.Planned // "a meeting between A and B that had been due on Monday was postponed"
	}
	if frame.MeetingNouns[toks[k].Lower] && unarranged(toks, k) {
		return graph.Planned // "a meeting between A and B has not yet been arranged", "had been proposed"
	}
	if frame.MeetingNouns[toks[k].Lower] {
		// A noun predicate's own verb follows its phrase: "a meeting
		// between A and B is scheduled for ...", "has been postponed".
		for e := k + 1; e+1 < ce; e++ {
			if clauseCoordinated(toks, e) {
				break // "talks ..., and it was possible thanks to X": another clause's verb
			}
			if l := toks[e].Lower; l == "is" || l == "are" || l == "was" || l == "were" || l == "will" || l == "has" || l == "have" || l == "would" || l == "shall" {
				if l == "will" || l == "would" || l == "shall" {
					return graph.Planned // "a meeting between A and B will be held"
				}
				if frame.PlannedWords[toks[e+1].Lower] || e+2 < ce && frame.PlannedWords[toks[e+2].Lower] && (toks[e+1].Lower == "be" || toks[e+1].Lower == "been") {
					return graph.Planned
				}
				if (l == "is" || l == "are") && purposeParticiples[toks[e+1].Lower] {
					// "the meeting between A and B is intended to seek
					// ...": a purpose told in the present is of a meeting
					// still to come; "was intended to" is left as told.
					return graph.Planned
				}
				break
			}
		}
	}
	if sharedModal(toks, k, cs) {
		return graph.Planned // "would travel to X in his place and hold talks with Y"
	}
	if adjunctMeetingModal(toks, k, cs) {
		return graph.Planned // "he intended to raise rights with X in a private meeting"
	}
	for e := from; e < to; e++ {
		l := toks[e].Lower
		if e < k && l == "to" && e+1 < len(toks) && frame.PlannedVerbs[toks[e+1].Lower] && !(e+1 == k && tripPurpose(toks, tripFrom, e)) {
			return graph.Planned // "expected to meet"; not "flew to X to meet Y"
		}
		if l == "to" && e+1 == k && e > 0 && agreedToTalkVerbs[toks[e-1].Lower] && !toks[k].Cap {
			// "A and B agreed to speak by telephone before X": a call
			// only agreed on (the hundred-and-eightieth round, p1112).
			return graph.Planned
		}
		if l == "to" && e+1 == k && frame.Triggers[toks[k].Lower] != frame.Weak && !tripPurpose(toks, tripFrom, e) && !invertedGreeting(toks, k) {
			// "to meet": an intended meeting; "(met) to discuss": a
			// purpose clause, whose topic verb says nothing of when. "on
			// hand to greet him was X" tells a greeting held (sendoff.go).
			return graph.Planned
		}
		if (l == "invitation" || l == "invited") && e+1 < len(toks) && (toks[e+1].Lower == "of" || toks[e+1].Lower == "by" || toks[e+1].Lower == "from") && e > k {
			continue // "a visit at the invitation of X" names the host
		}
		if frame.PlannedWords[l] && !(l == "set" && (e+1 >= len(toks) || toks[e+1].Lower != "to")) && !(l == "may" && toks[e].Cap) && !attributive(toks, k, e) && !narrativeNext(toks, e) && !titlePlanWord(toks, e) && !perfectPrepared(toks, e) {
			return graph.Planned
		}
		if e > k && l == "to" && e+1 < len(toks) && frame.PlannedVerbs[toks[e+1].Lower] && e > 0 &&
			(toks[e-1].Lower == "are" || toks[e-1].Lower == "is" || toks[e-1].Lower == "was" || toks[e-1].Lower == "were") {
			return graph.Planned // "talks ... are to take place"
		}
		if (l == "not" || l == "never" || l == "n't") && e+1 < len(toks) && occurVerbs[toks[e+1].Lower] {
			return graph.Planned // announced talks that "did not take place"
		}
	}
	return graph.Held
}

// conjunctShiftedDay: the predicate at k stands in a conjunct opened by
// "and" that counts its day from the first conjunct's ("X arrived in Y on
// Tuesday and met Z the next day", "landed on Monday and two days later
// received Z"): the day the first conjunct tells, moved by the count.
// date is the day read for the clause; it must be that first conjunct's
// day, the conjunct after "and" telling none of its own and opening with
// its verb (it shares the first one's subject). "" when the
// clause is no such pair (issue 14's four-hundred-and-twenty-ninth round:
// p2609).
func (d *Reader) conjunctShiftedDay(si, k, cs, ce int, date string) string {
	toks := d.Sents[si].Toks
	if len(date) != len("2006-01-02") {
		return ""
	}
	a := -1
	for e := k - 1; e > cs; e-- {
		if toks[e].Lower == "and" {
			a = e
			break
		}
	}
	if a < 0 {
		return ""
	}
	v := a + 1
	for v < k && frame.SequenceAdverbs[toks[v].Lower] {
		v++ // "and later met"
	}
	if v != k && !frame.LooksVerb(toks, v) && !heldConjunctVerbs[toks[v].Lower] {
		return "" // "and the two leaders discussed X's launch a day earlier": a subject of its own
	}
	n, ok := frame.DayShift(toks, a+1, ce)
	if !ok {
		return ""
	}
	first := ""
	for _, x := range frame.FindDatesIn(toks, cs, ce, d.published, d.storyTimes[si]) {
		if x.At > a {
			return "" // the second conjunct names a day of its own
		}
		if len(x.Value) == len("2006-01-02") && x.Days == 0 {
			first = x.Value
		}
	}
	if first != date {
		return ""
	}
	t, err := time.Parse("2006-01-02", first)
	if err != nil {
		return ""
	}
	return frame.Day(t.AddDate(0, 0, n))
}

// heldConjunctVerbs open a conjunct sharing the subject before "and":
// "and had a long conversation with X the next day".
var heldConjunctVerbs = lex("heldVerbs")

// narrativeNext: the "next" of "the next day", "the next morning" counts
// a day from the event told before (frame.DayShift), in a story of the
// past as in one of the future: "arrived on Tuesday and met X the next
// day" tells a meeting held. The verb's tense or a modal tells a meeting
// to come, not this "next" ("next week", "next Monday" still do; issue
// 14's four-hundred-and-twenty-ninth round: p2609).
func narrativeNext(toks []text.Token, e int) bool {
	return toks[e].Lower == "next" && e > 0 && e+1 < len(toks) && toks[e-1].Lower == "the" &&
		(toks[e+1].Lower == "day" || shiftDayParts[toks[e+1].Lower])
}

// shiftDayParts: parts of a day counted as "the next day" is ("the next
// morning").
var shiftDayParts = lex("shiftDayParts")

// topicClause is the preposition after the predicate at k that opens
// what the meeting was about as a clause of its own — "on how the truce
// would work", "about whether X would", "on the shape the new ties
// would take" (a topic noun and the subject of a clause on it) —, up to a
// modal in that clause: a modal there says what the topic would be, not
// that the meeting is to come (the two-hundred-and-sixty-ninth round,
// p1646). A modal right after the topic's own noun phrase ("talks on the
// border will resume") is the predicate's and keeps its reading. -1 when
// there is no such clause.
func topicClause(toks []text.Token, k, ce int) int {
	for t := k + 1; t+2 < ce && t <= k+14; t++ {
		if toks[t].Text == ";" || toks[t].Text == "." {
			return -1
		}
		if !topicClausePreps[toks[t].Lower] {
			continue
		}
		if topicClauseWh[toks[t+1].Lower] {
			return t
		}
		if !appositionDets[toks[t+1].Lower] {
			continue
		}
		// "on the shape the new ties would take": a second
		// subject opens before any modal.
		for e := t + 3; e < ce && e <= t+6; e++ {
			l := toks[e].Lower
			if !toks[e].Word || frame.PlannedWords[l] {
				break
			}
			if topicClauseSubjects[l] {
				return t
			}
		}
	}
	return -1
}

// topicClausePreps open what a meeting was about: "talks on ...",
// "consultations about ...".
var topicClausePreps = lex("topicClausePreps")

// topicClauseWh open a clause as a topic: "on how", "about whether".
var topicClauseWh = lex("topicClauseWh")

// topicClauseSubjects open the clause a topic noun heads: "the form the
// relations would take", "the terms they would accept".
var topicClauseSubjects = lex("topicClauseSubjects")

// purposeParticiples after a meeting noun's present "is" or "are" tell
// what a meeting still to come is for: "the summit is meant to settle
// the dispute".
var purposeParticiples = lex("purposeParticiples")

// sharedVerbLights stand before a meeting noun as its verb: "hold talks".
var sharedVerbLights = lex("sharedVerbLights")

// lightVerbModifiers may stand between a light verb and its meeting noun:
// "hold their first meeting", "have a further round".
var lightVerbModifiers = lex("lightVerbModifiers")

// sharedModalOpeners govern a first conjunct's verb that an "and"
// conjunct shares: "will visit X and meet Y", "is to give ... and meet".
var sharedModalOpeners = lex("sharedModalOpeners")

// sharedModalNonVerbs after "to" make it a preposition: "due to the
// strike".
var sharedModalNonVerbs = lex("sharedModalNonVerbs")

// bareVerb: a verb in its plain form, as after a modal ("meet", "hold",
// "discuss"), not "met", "meets", "meeting".
func bareVerb(t text.Token) bool {
	l := t.Lower
	return t.Word && !t.Cap && !pastForms[l] && !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing") &&
		(!strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss"))
}

// sharedModal: the predicate at k is the plain verb of an "and" conjunct
// ("and meet Y", "and hold talks with Y") with no subject of its own, and
// the first conjunct, back to the comma or relative word that opens the
// stretch, is governed by a modal or a "to" of intent: "would travel to
// Port Moresby in his place and hold talks with Y", "is to give a lecture
// at the university and meet Z". The conjunct shares the modal, which lies
// beyond the six words status looks back. A first conjunct told in the
// past ("flew to X and met Y") has no such word; a modal across a comma
// ("A, who will visit Lima, flew to Quito and met B") belongs to another
// clause.
func sharedModal(toks []text.Token, k, cs int) bool {
	j := k
	if frame.MeetingNouns[toks[k].Lower] {
		// The noun's determiner and modifiers may stand between it and
		// its light verb: "and hold their first meeting in X" (the
		// hundred-and-fifty-seventh round, p976).
		j = k - 1
		for j > cs && j >= k-3 && !sharedVerbLights[toks[j].Lower] && lightVerbModifiers[toks[j].Lower] {
			j--
		}
		if j < cs || !sharedVerbLights[toks[j].Lower] {
			return false
		}
	}
	if !bareVerb(toks[j]) {
		return false
	}
	a := j - 1
	if a > cs && (toks[a].Lower == "then" || toks[a].Lower == "also" || toks[a].Lower == "later") {
		a--
	}
	if a <= cs || toks[a].Lower != "and" {
		return false
	}
	for e := a - 1; e > cs; e-- {
		l := toks[e].Lower
		if !toks[e].Word || frame.RelativeWords[l] || l == "that" || l == "where" || l == "when" {
			return false
		}
		if (l == "will" || l == "would" || l == "shall" || l == "'ll") && bareVerb(toks[e+1]) {
			return true
		}
		if l == "to" && e+1 < a && sharedModalOpeners[toks[e-1].Lower] && bareVerb(toks[e+1]) && !sharedModalNonVerbs[toks[e+1].Lower] {
			return true
		}
	}
	return false
}

// wordsBack: the token n words before token k, a hyphenated compound
// ("two-plus-two", "long-awaited") counted as one word and quotation
// marks and hyphens as none, so that "are scheduled to hold a
// "two-plus-two" meeting" keeps its "scheduled" within six words of the
// noun (p695).
func wordsBack(toks []text.Token, k, n int) int {
	e := k
	for e > 0 && n > 0 {
		e--
		t := toks[e]
		if !t.Word || t.Glued && e > 0 && (toks[e-1].Word || toks[e-1].Text == "-") {
			continue
		}
		n--
	}
	return e
}

// pastVerb: the predicate is a verb in the past tense ("met", "visited").
func pastVerb(t text.Token) bool {
	return pastForms[t.Lower] || !frame.MeetingNouns[t.Lower] && strings.HasSuffix(t.Lower, "ed")
}

// conjunctModals open a later act of the subject's after "and" or a
// comma: "and will chair", ", is expected to".
var conjunctModals = lex("conjunctModals")

// laterConjunct: where a later act opens after the predicate at k —
// "and" or a comma followed by a conjunctModals word, before ce — when
// the predicate is told in the past (a past verb from "from" up to k);
// -1 otherwise.
func laterConjunct(toks []text.Token, from, k, ce int) int {
	past := false
	for e := from; e <= k; e++ {
		past = past || toks[e].Word && !toks[e].Cap && pastVerb(toks[e])
		// "A, who was in X for talks with B, is to ...": a
		// stay told in the past (pastStayVerbs) is an act done too.
		past = past || pastStayVerbs[toks[e].Lower] && e+1 < len(toks) && toks[e+1].Lower == "in"
	}
	if !past {
		return -1
	}
	for e := k + 1; e+1 < ce && e+1 < len(toks); e++ {
		if (toks[e].Lower == "and" || toks[e].Text == ",") && conjunctModals[toks[e+1].Lower] {
			return e
		}
	}
	return -1
}

// compassWords before "of" and a city say the place lies outside it:
// "south of X".
var compassWords = lex("compassWords")

// afloatWords: a ship or its mooring, within the four words before "off"
// and a city ("aboard the cruiser X off Y").
var afloatWords = lex("afloatWords")

// afloatOff: token i is a city after "off" with a ship word within the
// four words before it, no comma between: a meeting on a ship lying off
// the city's coast.
func afloatOff(toks []text.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "off" {
		return false
	}
	// "aboard the cruiser X in the Mediterranean off Y": the sea the ship
	// lay in, told between the ship and the coast it lay off, is passed
	// over (p1062).
	from := i - 2
	if j := seaBefore(toks, from); j >= 0 {
		from = j
	}
	for e := from; e >= 0 && from-e <= 3; e-- {
		if toks[e].Text == "," {
			return false
		}
		if afloatWords[toks[e].Lower] {
			return true
		}
	}
	return false
}

// seaBefore: the tokens ending at e are "in the" and capitalized words
// (a sea or waters: "in the Mediterranean", "in the Red Sea"); the token
// before "in", else -1.
func seaBefore(toks []text.Token, e int) int {
	j := e
	for j >= 0 && toks[j].Cap && toks[j].Word {
		j--
	}
	if j == e || j < 2 || toks[j].Lower != "the" || toks[j-1].Lower != "in" {
		return -1
	}
	return j - 2
}

// residenceApposition: the apposition opening at token i calls the name
// before it a residence or a retreat ("her official country residence",
// "the prime minister's summer retreat"): a determiner or possessive,
// then at most five words (a possessor's "'s" among them) ending in a
// residenceNouns word.
func residenceApposition(toks []text.Token, i int) bool {
	if i >= len(toks) || !appositionDets[toks[i].Lower] {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		t := toks[k]
		if residenceNouns[t.Lower] {
			return true
		}
		if !t.Word && t.Text != "'s" || functionWords[t.Lower] {
			return false
		}
	}
	return false
}

// townResidence: the residence apposition opening at token i
// (residenceApposition) calls the place an official residence, with no
// word that sets it out of town (awayResidenceWords: "country",
// "summer", "retreat"): "the premier's official residence" is in the
// capital, "her official country residence" is not.
func townResidence(toks []text.Token, i int) bool {
	official := false
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if awayResidenceWords[toks[k].Lower] {
			return false
		}
		official = official || toks[k].Lower == "official"
		if residenceNouns[toks[k].Lower] {
			return official
		}
	}
	return false
}

// awayResidenceWords set a leader's residence out of town (townResidence).
var awayResidenceWords = lex("awayResidenceWords")

// estateNouns are a leader's country home, which "outside" or "near" a
// town locates: "at his farm outside X".
var estateNouns = lex("estateNouns")

// residenceNouns head an apposition that calls a named place a leader's
// residence: "X, her official country residence".
var residenceNouns = lex("residenceNouns")

// PlaceOf finds where a meeting happens: a city "in"/"at" it or right
// before the trigger ("Paris talks"), else a country "in" it.
func (d *Reader) PlaceOf(si, k, cs, ce int) string {
	if p := d.placeOf(si, k, cs, ce); p != "" {
		return p
	}
	if p := d.relativeTripPlace(si, k); p != "" {
		return p // "A, who arrived in P on Sunday, met B"
	}
	return d.whenClausePlace(si, k) // "revived at the summit in P last month, when A met B"
}

// whenClausePlace: the predicate at k stands in a clause opened by ",
// when" ("They were revived at the summit in P last month, when A met
// B"; "a visit A paid to Q in April, when he met B"), with no clause
// break between "when" and the predicate: the clause dates the meeting
// by the event told just before the comma, and that event's place,
// a city or a country after "in", "at" or "to" within the ten tokens
// before the comma and with no comma after it, is the meeting's (issue
// 14's two-hundred-and-eighty-third round: p301, p39, p898, p823). The
// last such place wins; "" when there is none or no such clause.
func (d *Reader) whenClausePlace(si, k int) string {
	s := &d.Sents[si]
	toks := s.Toks
	w := -1
	for e := k - 1; e >= 2; e-- {
		if toks[e].Lower == "when" {
			w = e
			break
		}
		if toks[e].Text == "," || toks[e].Text == ";" || frame.ClauseBreaks[toks[e].Lower] {
			return ""
		}
	}
	if w < 0 || toks[w-1].Text != "," || s.Quoted[w] {
		return ""
	}
	comma := w - 1
	best, bestI := "", -1
	for _, m := range d.Ments[si] {
		if m.I < 1 || m.J > comma || m.I < comma-10 || m.I <= bestI {
			continue
		}
		if p := toks[m.I-1].Lower; p != "in" && p != "at" && p != "to" {
			continue
		}
		switch m.Kind {
		case mention.City:
			best, bestI = m.City, m.I
		case mention.State:
			if c, ok := d.G.Countries[m.Code]; ok {
				best, bestI = c.Name, m.I
			}
		}
	}
	if bestI < 0 {
		return ""
	}
	for e := bestI; e < comma; e++ {
		if toks[e].Text == "," || toks[e].Text == ";" {
			return "" // "in P, the capital, on Monday, when": not one phrase up to the clause
		}
	}
	return best
}

// demonstrativeHere: "in this capital", "in this city" at e (the "this")
// says "here" in the style of agencies that write in translation: the
// dateline's city, whatever the meeting's day ("after he met in this
// capital on February 16 with X"; issue 14's two-hundred-and-eighty-
// seventh round, p1755, p1049, p1353, p780).
func demonstrativeHere(toks []text.Token, e int) bool {
	return e > 0 && e+1 < len(toks) && toks[e].Lower == "this" && (toks[e-1].Lower == "in" || toks[e-1].Lower == "at") &&
		(toks[e+1].Lower == "capital" || settlementNouns[toks[e+1].Lower])
}

// placeOf is PlaceOf before its last resort, the subject's trip told in
// a relative clause (relativeTripPlace).
func (d *Reader) placeOf(si, k, cs, ce int) string {
	s := &d.Sents[si]
	toks := s.Toks
	best, bestDist := "", 1<<30
	// From the token before the predicate, so that a predicate which is
	// itself a topic cue ("the parties discussed the transit through
	// X") opens its topic too.
	topic := frame.TopicSpansOf(toks, max(k-1, 0), ce, false)
	consider := func(name string, at int, weight int) {
		if relativeBefore(toks, 0, at, k) || nounEventPlace(toks, at, k) || sequelHeldAt(toks, at, k) || disputedPlace(toks, at) || laterMeetingPlace(toks, at, k) || topicPlace(toks, topic, at) || placeTopic(toks, at, k) || situatedPlace(toks, at) || governmentSeat(toks, at) && name != d.storyCity() || fromAside(toks, at, k) || namedBuildingHere(toks, at) || at > k && d.postSeatCity(si, at) {
			return
		}
		dist := abs(at-k) + weight
		if at < k {
			// A place phrase belongs to the predicate it follows; one
			// before it, across a comma, to another event ("who were last
			// together in Lima, met in Oslo").
			dist++
			for e := at; e < k; e++ {
				if toks[e].Text == "," {
					dist += 40
					break
				}
			}
		}
		if dist < bestDist {
			best, bestDist = name, dist
		}
	}
	if whereClause(toks, cs) {
		// "travelled to Vilnius, where he met X", "visited Vilnius on
		// Monday, where ...": the relative adverb stands for the place
		// just named, before any time phrase.
		last, end := "", 0
		for _, m := range d.Ments[si] {
			if m.J > cs-2 {
				break
			}
			switch {
			case m.Kind == mention.City && m.Actor < 0:
				last, end = m.City, m.J
			case m.Kind == mention.Unknown && m.Actor < 0 && m.I > 0 && (toks[m.I-1].Lower == "in" || toks[m.I-1].Lower == "at"):
				// "a training centre in Northtown, where ...": a town
				// the gazetteer lacks, told as where something is.
				last, end = m.Text, m.J
			case m.Kind == mention.Unknown && m.Actor < 0 && tripTo(toks, m.I):
				// "flew on Tuesday to Northtown, where he met X": a town
				// the gazetteer lacks, told as a trip's end (p159, p406).
				last, end = m.Text, m.J
			case d.capitalNamed(toks, m) != "":
				// "in the Freedonian capital, where ...": the capital
				// the demonym names (PlaceOf reads it so).
				last, end = d.capitalNamed(toks, m), m.J+1
			case m.Kind == mention.Org && d.G.Orgs[m.Code] != nil && gazetteer.Seats[d.G.Orgs[m.Code].Name]:
				// "went straight to Cheong Wa Dae, where he briefed X":
				// a body named after its building in the capital
				// (gazetteer.Seats) stands where the clause's meeting is.
				last, end = d.G.CapitalCity(d.G.Orgs[m.Code].Country), m.J
			case m.Actor >= 0:
				last = ""
			}
		}
		between := cs - 2 - end
		for e := end; e < cs-2 && last != ""; e++ {
			if toks[e].Text == "," || frame.LooksVerb(toks, e) {
				last = ""
			}
		}
		if last != "" && between <= 4 {
			return last
		}
		if c := d.appositionedWherePlace(si, cs); c != "" {
			return c
		}
	}
	if d.dateline != "" {
		// "met here on Tuesday": the city the article is filed from.
		for e := cs; e < ce; e++ {
			if toks[e].Lower == "here" && !s.Quoted[e] || demonstrativeHere(toks, e) && !s.Quoted[e] {
				consider(d.dateline, e, 0)
			}
		}
	}
	for e := cs; e < ce; e++ {
		if toks[e].Lower == "there" && e > cs && !s.Quoted[e] && (e+1 >= len(toks) || !existentialNext[toks[e+1].Lower]) {
			if name := d.placeBefore(si, e); name != "" {
				consider(name, e, 0) // "visited X and held talks there" (places.go)
			}
		}
	}
	if e := d.bareCapital(si, cs, ce); e >= 0 {
		// "talks opened in the capital on Tuesday" under a capital's
		// dateline: the story's country's capital, the city it is set
		// in (p161, p128, p150, p221); "the capital Moroni" names its
		// own.
		c := d.storyCity()
		if c != "" && !d.G.IsCapital(c) {
			// "NDOLA, Zambia - ... met in the capital": the capital of
			// the country of the city the story is set in.
			c = d.G.CapitalCity(d.cityCountry(c))
		}
		if c == "" {
			// "X arrived in Freedonia on Monday. He held talks in the
			// capital": the capital of the state someone went to.
			c = d.visitedCapital(si, e)
		}
		if c == "" {
			// "X met the head of Freedonia's government in the capital
			// on Wednesday", no dateline: the capital of the state the
			// sentence names last before it, the host's (namedCapital).
			c = d.namedCapital(si, e)
		}
		if c != "" && d.G.IsCapital(c) {
			for ; e >= 0; e = d.bareCapital(si, e+1, ce) {
				consider(c, e, 0)
			}
		}
	}
	if c := d.storyCity(); c != "" && d.dateline != "" {
		for e := cs; e < ce; e++ {
			if bareCityAt(toks, e) && !s.Quoted[e] {
				// "met at a hotel in the city" under a dateline: the
				// city the copy is filed from (the two-hundred-and-
				// twenty-seventh round), as "here" is.
				consider(c, e, 0)
			}
		}
	}
	for e := cs; e < ce; e++ {
		if at := d.describedState(si, e); at >= 0 {
			// "talks opened in Qatar ... sat down for five hours in the
			// Gulf state": the state named before that the description
			// stands for, when no city is told (p1097).
			m := d.Ments[at/sentStride][at%sentStride]
			consider(d.Cast.Actors[m.Actor].Name(), e, 20)
		}
	}
	for e := max(cs, 1); e < ce; e++ {
		if c, _ := d.landmarkAt(si, e); c != "" {
			consider(c, e, 0) // "met at Lancaster House", "in the Great Hall of the People" (places.go)
		}
	}
	for e := cs; e < ce; e++ {
		if t := baseTown(toks, e); t != "" && !s.Quoted[e] {
			consider(t, e+1, 0) // "met X at Northtown Air Base": the base's town
		}
	}
	for e := max(cs, 1); e < ce; e++ {
		if c := d.seatCityAt(si, e); c != "" {
			consider(c, e, 0) // "received X at the Northtown Palace", "met at Riga Castle" (places.go)
		}
	}
	for e := cs; e < ce; e++ {
		if c := bodyHeadquarters(toks, e); c != "" && !s.Quoted[e] {
			consider(c, e, 0) // "held talks at the Commission's headquarters" (places.go)
		}
	}
	for _, m := range d.Ments[si] {
		if m.I < cs || m.J > ce {
			continue
		}
		prev := ""
		if m.I > 0 {
			prev = toks[m.I-1].Lower
		}
		if m.I > 1 && toks[m.I-1].Text == "'s" {
			prev = toks[m.I-2].Lower
		}
		next := ""
		if m.J < len(toks) {
			next = toks[m.J].Lower
		}
		switch {
		case m.Kind == mention.City && m.Actor < 0 && d.postTown(si, m.I):
			// "Patriarch Kirill of Moscow", "Mayor Ana Lopes of Praia":
			// the city completes a person's title, and says nothing of
			// where the meeting was (p156, p170); "the Mayor of X, Y"
			// the same (p334).
		case (m.Kind == mention.City || m.Kind == mention.Unknown) && m.Actor < 0 && prev == "the" && namedCrossing(toks, m.J) &&
			(m.I > 1 && toks[m.I-2].Lower == "at" || onTheBorder(toks)):
			// "met at the X border post" (p409), "agreed to reopen the X
			// crossing after a meeting ... on the border" (p108): a
			// meeting at a border crossing is placed by the crossing's
			// name, which is its town's.
			name := m.City
			if name == "" {
				name = m.Text
			}
			consider(name, m.I, 0)
		case m.Kind == mention.City && m.Actor < 0 && prev == "of" && m.I > 1 && compassWords[toks[m.I-2].Lower]:
			// "at a naval base south of X", "50 km north of X": the
			// city only locates the place, which is outside it.
		case m.Kind == mention.City && m.Actor < 0 && prev == "of" && next == "'s":
			// "X, president of Beijing's association": the city owns
			// the body a person's post is in, and says nothing of where
			// the meeting was.
		case (m.Kind == mention.City || m.Kind == mention.State && m.Actor >= 0) && (prev == "a" || prev == "an") && m.I > 1 &&
			(toks[m.I-2].Lower == "at" || toks[m.I-2].Lower == "in") && venueNouns[next]:
			// "talks in a Singapore office tower", "met at a Nairobi
			// hotel": a city (or city-state) naming a venue, as "at the
			// Lima residence" does below.
			if m.Kind == mention.City {
				consider(m.City, m.I, 0)
			} else {
				consider(d.Cast.Actors[m.Actor].Name(), m.I, 20)
			}
		case (m.Kind == mention.City || m.Kind == mention.Unknown || m.Kind == mention.NonActor) && m.Actor < 0 && islandNamed(toks, m.I, m.J):
			// "met on X island", "talks on Y Island": the island the
			// meeting was held on, a name the gazetteer may lack (read
			// as a place's name of its own when "Island" is in it;
			// places.go).
			name := m.City
			if name == "" {
				name = m.Text
			}
			consider(name, m.I, 0)
		case m.Kind == mention.City && m.Actor < 0 && (prev == "in" || prev == "at" || prev == "of" || prev == "outside" || prev == "near" || frame.MeetingNouns[next]):
			consider(m.City, m.I, 0)
		case m.Kind == mention.City && m.Actor < 0 && capitalApposed(toks, m.I):
			// "met in the capital, X", "in the capital X": the city
			// names the capital the phrase puts the meeting in.
			consider(m.City, m.I, 0)
		case m.Kind == mention.City && m.Actor < 0 && mention.PlightPlace(toks, m.I, plightPreps):
			// "talks in occupied X", "met at war-torn Y": a word of the
			// city's plight stands between the preposition and the name
			// (the four-hundred-and-seventy-ninth round).
			consider(m.City, m.I, 0)
		case m.Kind == mention.City && m.Actor < 0 && cityQuarter(toks, m.I):
			// "at a hotel in central X", "in downtown Y": a part of the
			// city is in the city.
			consider(m.City, m.I, 0)
		case (m.Kind == mention.City || m.Kind == mention.State || m.Kind == mention.Demonym || m.Kind == mention.Unknown) && afloatOff(toks, m.I):
			// "talks aboard the cruiser X off Y" (p818), "a patrol boat
			// anchored off Y" (p283): the ship lay off the city, the
			// territory (a city-state as its city: "off Gibraltar"), or
			// a town the gazetteer lacks.
			name := m.City
			if c := d.G.Countries[m.Code]; name == "" && c != nil && strings.EqualFold(c.Name, m.Text) {
				name = c.Name
				if capital := d.G.CapitalCity(m.Code); strings.EqualFold(capital, m.Text) {
					name = capital
				}
			}
			if name == "" && m.Kind == mention.Unknown {
				name = m.Text
			}
			if name != "" {
				consider(name, m.I, 0)
			}
		case m.Kind == mention.City && visitedThenMet(toks, m.I, m.J, k):
			// "X visited Y and met Z": the place visited, told right
			// before the meeting it is joined to, is where they met
			// (the two-hundred-and-fifty-fifth round); a capital read
			// as its government ("toured Y") is still the place.
			consider(m.City, m.I, 0)
		case m.Kind == mention.State && m.Actor >= 0 && visitedThenMet(toks, m.I, m.J, k):
			// "visited Freedonia and met its president": the country,
			// when the sentence names no city of it.
			consider(d.Cast.Actors[m.Actor].Name(), m.I, 20)
		case (m.Kind == mention.City || m.Kind == mention.Unknown && m.Actor < 0) && prev == "to" && legDestination(toks, cs, m.I):
			// "met A in X, then flew to Y for talks with B": the leg's
			// destination is where its meeting was (nextleg.go); a town
			// the gazetteer lacks by its own name.
			name := m.City
			if name == "" {
				name = m.Text
			}
			consider(name, m.I, 0)
		case m.Kind == mention.City && m.Actor < 0 && prev == "to" && next == "to" && m.J+1 == k && tripPurpose(toks, cs, m.J):
			// "went on to Darwin to meet X", "flew to Suva to see Y":
			// the trip's destination is where its purpose meeting was.
			consider(m.City, m.I, 0)
		case m.Kind == mention.City && m.Actor < 0 && prev == "the" && m.I > 1 && (toks[m.I-2].Lower == "at" || toks[m.I-2].Lower == "in") && venueNouns[next]:
			// "at the Lima residence of ...": a city naming a venue.
			consider(m.City, m.I, 0)
		case (m.Kind == mention.Unknown || m.Kind == mention.City) && m.Actor < 0 && prev == "of" && m.I > 1 &&
			(settlementNouns[toks[m.I-2].Lower] || retreatNouns[toks[m.I-2].Lower]) && !mention.DemonstrativeTown(toks, m.I-2):
			// "the border village of X", "the town of X"; "at the
			// Marshal's island retreat of X" (p1063)
			name := m.City
			if name == "" {
				name = m.Text
			}
			consider(name, m.I, 0)
		case m.Kind == mention.City && m.Actor < 0 && mention.VenueTown(toks, m.I):
			// "at State House X", "at the Lake Hotel, Y": a building's
			// name, then the city or town it stands in.
			consider(m.City, m.I, 0)
		case m.Kind == mention.NonActor && (prev == "in" || prev == "at" || prev == "the") && venueNouns[toks[m.J-1].Lower] && m.J+1 < len(toks) && toks[m.J].Text == ",":
			// "in Bell House, Northtown": a venue, then its locality.
			for _, o := range d.Ments[si] {
				if o.I == m.J+1 && (o.Kind == mention.City || o.Kind == mention.Unknown) && o.Actor < 0 {
					name := o.City
					if name == "" {
						name = o.Text
					}
					consider(name, o.I, 0)
				}
			}
		case m.Kind == mention.NonActor && (prev == "in" || prev == "at" || prev == "near") &&
			m.J+1 < len(toks) && toks[m.J].Text == "," && d.settlementApposition(si, m.J+1):
			// "at X, a border village in Y province" (p324), "at X, the
			// border crossing on the Z river" (p323): a name read
			// as a thing after "at" is a place when its apposition says
			// what kind; without one it may be a building's.
			consider(m.Text, m.I, 0)
		case m.Kind == mention.Unknown && m.Actor < 0 && (prev == "outside" || prev == "near") && m.I > 1 &&
			(estateNouns[toks[m.I-2].Lower] || venueNouns[toks[m.I-2].Lower]):
			// "received X at his farm outside Y", "at a hotel near Y"
			// (the hundred-and-seventy-first round): a town the gazetteer lacks, told as where
			// a home or a venue stands, is where they met.
			consider(m.Text, m.I, 0)
		case (m.Kind == mention.NonActor || m.Kind == mention.Unknown) && m.Actor < 0 && (prev == "at" || prev == "in") &&
			m.J+1 < len(toks) && toks[m.J].Text == "," && residenceApposition(toks, m.J+1):
			// "met X at Northfield, her official country residence",
			// "at Y, the prime minister's summer retreat" (p1058): a
			// name the apposition calls a leader's residence or retreat
			// is where they met, as "Camp David" is.
			if c := d.storyCity(); c != "" && townResidence(toks, m.J+1) {
				// "called on X at Y, the premier's official residence",
				// in a story set in a city: a residence in town stands
				// in that city, the place the schema asks for (the
				// two-hundred-and-forty-third round, p1490).
				consider(c, m.I, 0)
				break
			}
			consider(m.Text, m.I, 0)
		case m.Kind == mention.Unknown && m.Actor < 0 && prev == "in" && m.I > k && d.townWord(si, m.I):
			// "held talks with X in Northtown on Tuesday" (p26), "to see
			// Governor X of the Y Region in Northtown" (p138): one unknown capitalized word right after "in", told
			// after the predicate, is where it took place.
			consider(m.Text, m.I, 0)
		case m.Kind == mention.Unknown && m.Actor < 0 && (prev == "in" || prev == "at" || prev == "outside" || prev == "near") &&
			m.J+1 < len(toks) && toks[m.J].Text == "," && (d.stateAt(si, m.J+1) || d.settlementApposition(si, m.J+1)):
			// "in Northtown, Freedonia": a place the gazetteer lacks,
			// named by its country after a comma, is a city of it; so is
			// one an apposition calls a town (places.go).
			consider(m.Text, m.I, 0)
		case m.Kind == mention.Unknown && m.Actor < 0 && prev == "in" && m.I > 2 &&
			(venueNouns[toks[m.I-2].Lower] && toks[m.I-2].Cap && d.venueAfterAt(si, m.I-2) || frame.MeetingNouns[toks[m.I-2].Lower]):
			// "at the Government Headquarters in X" (a named building,
			// then the town it stands in; p109), "the Eight summit in X"
			// (p107): a name the gazetteer lacks, told as where a
			// building or a gathering is, is a town.
			consider(m.Text, m.I, 0)
		case m.Kind == mention.City && m.Actor < 0 && (prev == "to" || frame.ObjectTriggers[prev]) && frame.ObjectTriggers[toks[k].Lower]:
			consider(m.City, m.I, 0)
		case m.Kind == mention.Unknown && m.Actor < 0 && m.I == k+1 && companionVerbs[toks[k].Lower] && next == "with":
			// "visited Punakha with X": a name the gazetteer lacks, the
			// object of a visit made with someone, is the place visited.
			consider(m.Text, m.I, 0)
		case m.Kind == mention.City && m.Actor < 0 && prev == "to" && arrivalTo(toks, m.I-1):
			// "flew to Quito for talks", "travelled by bus to Quito and
			// met X": the trip's destination.
			consider(m.City, m.I, 0)
		case d.capitalNamed(toks, m) != "":
			// "the Qatari capital", "the Solomon Islands capital", "in
			// Kenya's capital" (places.go): before the state's own case
			// below, which the state in "in Kenya's capital" also fits.
			consider(d.capitalNamed(toks, m), m.I, 0)
		case m.Kind == mention.State && m.Actor >= 0 && prev == "of" && regionOfState(toks, m.I):
			// "took place in the Brest Region of X", "met in the Y
			// province of X": a region named by its country, which is the
			// place when no city is told (p692).
			consider(d.Cast.Actors[m.Actor].Name(), m.I, 20)
		case m.Kind == mention.City && m.Actor < 0 && duringVisitTo(toks, m.I):
			// "held talks during the latter's state visit to X", "the
			// accords reached during a visit to Y": the visit the
			// meeting fell in took place there (issue 14's
			// four-hundred-and-seventy-first round).
			consider(m.City, m.I, 0)
		case m.Kind == mention.State && prev == "in" && possessiveNonPlace(toks, m.J):
			// "named to mediate in Freedonia's crisis", "a role in Y's
			// peace process": the state owns what "in" governs, a matter
			// and not a site, and says nothing of where they met.
		case m.Kind == mention.State && (prev == "in" || prev == "at" || prev == "the" && m.I > 1 && toks[m.I-2].Lower == "in") && m.Actor >= 0:
			// "held talks in Kenya", and with the article a state's name
			// takes ("in the United Arab Emirates", "in the Philippines").
			consider(d.Cast.Actors[m.Actor].Name(), m.I, 20)
		case (m.Kind == mention.State || m.Kind == mention.Demonym) && prev == "the" && m.I > 1 && toks[m.I-2].Lower == "at" &&
			d.G.Countries[m.Code] != nil && (m.J >= len(toks) || !toks[m.J].Word || functionWords[toks[m.J].Lower]):
			// "met at the Vatican on Sunday": a state told as a site,
			// which only a city-state is (the name may read as its
			// adjective, "the Vatican City"); "at the Netherlands
			// embassy", "at the Vatican library" name a building, not
			// where it stands.
			consider(d.G.Countries[m.Code].Name, m.I, 20)
		case m.Kind == mention.Org && (prev == "at" || prev == "in" || prev == "the" && m.I > 1 && (toks[m.I-2].Lower == "at" || toks[m.I-2].Lower == "in")):
			if o := d.G.Orgs[m.Code]; o != nil && gazetteer.Seats[o.Name] {
				consider(d.G.CapitalCity(o.Country), m.I, 5)
			}
		}
	}
	return best
}

// relativeTripPlace: the predicate at k, with no place of its own,
// follows a relative clause on its subject that tells the subject's
// trip — "A, who arrived in P on Sunday, met B on Monday", "A, who flew
// to P, met B", "A, who is visiting P, met B" (the two-hundred-and-
// fifty-fifth round): the meeting is where the trip took A. Only an
// arrival verb (arrivalVerbs) before "in" or "to", or a visit told in
// the present ("visiting", visitingNowVerbs), right before the city;
// "A, who lives in P" or "who visited P last year" tell no trip that
// brought A to the meeting. The city may be told as "here" (the
// dateline's) or as "the Freedonian capital" (capitalNamed). "" otherwise.
func (d *Reader) relativeTripPlace(si, k int) string {
	toks := d.Sents[si].Toks
	for e := 2; e < k && d.dateline != ""; e++ {
		if toks[e].Lower == "here" && arrivalVerbs[toks[e-1].Lower] && !d.Sents[si].Quoted[e] && relativeBefore(toks, 0, e, k) {
			// "A, who arrived here on Monday, then met B": "here"
			// is the dateline's city, where the trip brought A (issue
			// 14's two-hundred-and-eighty-third round, p162, p405).
			return d.dateline
		}
	}
	for _, m := range d.Ments[si] {
		if c := d.capitalNamed(toks, m); c != "" && m.I >= 3 && m.J < k && toks[m.I-1].Lower == "the" && relativeBefore(toks, 0, m.I, k) {
			// "A, who arrived in the Freedonian capital on Sunday, met
			// B": the trip's city told as its country's capital
			// (capitalNamed; issue 14's two-hundred-and-eighty-third
			// round, p1733, p1550).
			if p := toks[m.I-2].Lower; (p == "in" || p == "to") && arrivalVerbs[toks[m.I-3].Lower] || visitingNowVerbs[p] {
				return c
			}
			continue
		}
		if m.Kind != mention.City || m.I < 2 || m.J > k || !relativeBefore(toks, 0, m.I, k) {
			continue
		}
		p := toks[m.I-1].Lower
		if (p == "in" || p == "to") && arrivalVerbs[toks[m.I-2].Lower] || visitingNowVerbs[p] {
			return m.City
		}
	}
	return ""
}

// visitingNowVerbs tell a visit going on: "A, who is visiting P, met B".
var visitingNowVerbs = lex("visitingNowVerbs")

// visitedThenMet: the place named at [i, j) is the object of a visit verb
// (visitedPlaceVerbs) and "and" joins that visit to the predicate at k,
// at most one lower-case word between them ("visited Y and met Z",
// "toured Y and then held talks with Z"): one subject's trip and the
// meeting it made, so the place visited is the meeting's. A comma or any
// other clause between leaves them apart ("visited Y last year, and met
// Z in W"). A time adjunct of the visit may stand between the place and
// "and" ("visited Y on 26 June and held talks with Z", "visited Y
// earlier this month and met Z"): the trip and its meeting are still one
// (issue 14's four-hundred-and-seventy-third round; p883, p1801, p2874).
func visitedThenMet(toks []text.Token, i, j, k int) bool {
	if i < 1 || !visitedPlaceVerbs[toks[i-1].Lower] || j >= k {
		return false
	}
	for e := j; e < k && e-j < 4 && toks[e].Lower != "and" && toks[e].Word && frame.IsTimeWord(toks[e]); e++ {
		if toks[e+1].Lower == "and" {
			j = e + 1
		}
	}
	if toks[j].Lower != "and" {
		return false
	}
	if j+2 < len(toks) && k > j+1 && k <= j+4 && holdVerbs[toks[j+1].Lower] {
		// "visited Y on 26 June and held talks with Z", "and held
		// separate meetings with Z": the trip's meeting told by a verb
		// of holding and its noun, only lower-case words between.
		for e := j + 2; e <= k; e++ {
			if !toks[e].Word || toks[e].Cap {
				return false
			}
		}
		return frame.MeetingNouns[toks[k].Lower] || k == j+1
	}
	if k-j > 2 {
		return false
	}
	return k == j+1 || toks[j+1].Word && !toks[j+1].Cap && !frame.LooksVerb(toks, j+1)
}

// visitedPlaceVerbs take the place visited as their object: "visited Y".
var visitedPlaceVerbs = lex("visitedPlaceVerbs")

// bareCityAt: token e is "city" of "in the city" or "at the city", with
// no name after it ("the city of X", "the city Y" name their own) and no
// kind of city before it ("the port city", "the Ukrainian city" tell of
// another).
func bareCityAt(toks []text.Token, e int) bool {
	if e < 2 || toks[e].Lower != "city" || toks[e-1].Lower != "the" || toks[e-2].Lower != "in" && toks[e-2].Lower != "at" {
		return false
	}
	return e+1 >= len(toks) || !toks[e+1].Cap && toks[e+1].Lower != "of" && toks[e+1].Text != "'s"
}

// regionOfState: the state at token at closes "in the [Name] region of":
// a region noun (regionNouns) before "of", and "in", "at" or "near" then
// "the" at most three tokens before the region noun.
func regionOfState(toks []text.Token, at int) bool {
	r := at - 2
	if r < 2 || !regionNouns[toks[r].Lower] {
		return false
	}
	for e := r - 1; e >= 1 && e >= r-3; e-- {
		if toks[e].Lower == "the" {
			p := toks[e-1].Lower
			return p == "in" || p == "at" || p == "near"
		}
		if !toks[e].Word {
			return false
		}
	}
	return false
}

// regionNouns name a part of a country that "of" and the country follow:
// "in the Brest Region of X".
var regionNouns = lex("regionNouns")

// topicPlace: the place phrase at token at lies in the topic phrase a cue
// opens after the predicate ("discussed the transit of cargo through the
// port of X", "talks covering the rail link to the port of Y"): the town
// is what the talks were about, not where they were held (p329, p556).
// Only a town after "of" or "through" counts, the way a topic names a
// port, a route or a project by the town it serves; "to discuss the
// accord in X" may still tell where they talked.
func topicPlace(toks []text.Token, topic map[int]bool, at int) bool {
	return topic[at] && at > 0 && topicTownPreps[toks[at-1].Lower]
}

var topicTownPreps = map[string]bool{"of": true, "through": true}

// placeTopic: the place at token at closes "on (over) the N of", N a
// noun that makes the place a matter (placeTopicNouns: "status",
// "future", "fate"), told after the predicate at k — "held talks on the
// status of X in Y", "talks over the future of X" (the two-hundred-and-
// fifty-fifth round): X is what they talked about, not where. "on the
// outskirts of X", "on the sidelines of the summit in X" name no such
// noun and still place the meeting.
func placeTopic(toks []text.Token, at, k int) bool {
	if at < 4 || at-4 < k || toks[at-1].Lower != "of" || toks[at-3].Lower != "the" || !placeTopicNouns[toks[at-2].Lower] {
		return false
	}
	p := toks[at-4].Lower
	return p == "on" || p == "over" || p == "about"
}

// disputedPlace: the place at token at closes "over the ... of X" right
// after a noun of strife (disputeOverNouns): "their conflict over the
// mountain enclave of X", "a quarrel over the islet of Y", "the dispute
// over the ownership of Z" (issue 14's three-hundred-and-fourteenth
// round: p1917, p1202, p1158). X is what the sides fight over, so the
// phrase says nothing of where they met; up to three lower-case words
// may stand between "the" and "of". placeTopic reads the "on the status
// of X" kind after the predicate; this one is told by the strife noun,
// wherever it stands.
func disputedPlace(toks []text.Token, at int) bool {
	if at < 5 || toks[at-1].Lower != "of" {
		return false
	}
	for e := at - 2; e >= at-4 && e >= 2; e-- {
		t := toks[e]
		if t.Lower == "the" {
			return toks[e-1].Lower == "over" && disputeOverNouns[toks[e-2].Lower]
		}
		if !t.Word || t.Cap {
			return false
		}
	}
	return false
}

// disputeOverNouns name a strife whose object "over" opens
// (disputedPlace).
var disputeOverNouns = lex("disputeOverNouns")

// placeTopicNouns make the place after "on the N of" a matter talked
// about: "the status of X", "the future of Y".
var placeTopicNouns = lex("placeTopicNouns")

// relativeBefore: token at stands in a relative clause set off by commas
// that closes before the predicate at k: "A, who lives in X, met B", "A,
// whose government hosted earlier rounds in X, spoke with B". The place
// is the clause's own event (where A lives or worked, an earlier round),
// never the predicate's.
func relativeBefore(toks []text.Token, cs, at, k int) bool {
	if at >= k {
		return false
	}
	open := -1
	for e := at - 1; e >= cs; e-- {
		if toks[e].Text == "," {
			open = e
			break
		}
	}
	if open < 0 || open+1 >= at || !relativePronouns[toks[open+1].Lower] {
		return false
	}
	for e := at + 1; e < k; e++ {
		if toks[e].Text == "," {
			return true
		}
	}
	return false
}

// laterMeetingPlace: the place phrase at token at, after the predicate at
// k, belongs to a later meeting the same clause plans: "held talks on
// Monday and agreed to meet again in X" ("and", a planning word, "to" and
// a meeting verb between; "talks set to resume in X" are themselves
// there), "met on Monday ahead of a summit in X next
// month" ("ahead of" and a meeting noun between). The planned meeting
// takes the place from its own predicate; the held one does not.
func laterMeetingPlace(toks []text.Token, at, k int) bool {
	for e := k + 1; e+1 < at; e++ {
		switch {
		case toks[e].Lower == "to" && e > k+2 && toks[e-2].Lower == "and" && planWords[toks[e-1].Lower] && laterMeetVerbs[toks[e+1].Lower]:
			return true
		case toks[e].Lower == "ahead" && toks[e+1].Lower == "of":
			for n := e + 2; n < at && n <= e+5; n++ {
				if frame.MeetingNouns[toks[n].Lower] {
					return true
				}
			}
		}
	}
	return false
}

// planWords tell a meeting planned before "to" and its verb ("agreed to
// meet", "decided to hold"); laterMeetVerbs are those verbs.
var planWords, laterMeetVerbs = lex("planWords"), lex("laterMeetVerbs")

// nounEventPlace: the place phrase at token at closes a participle or
// infinitive that tells the event of a noun other than a meeting — "to
// review the accord signed in X last year" (p519), "the trade fair to be
// held in X in the autumn" (p429). The place is where the accord was
// signed or the fair will be, not where the predicate at k happened. A
// meeting noun's participle ("the talks held in X") says where the talks
// were, and the predicate's own participle ("was signed in X") counts.
func nounEventPlace(toks []text.Token, at, k int) bool {
	if at < 3 || at <= k+2 || toks[at-1].Lower != "in" || !nounEventParticiples[toks[at-2].Lower] {
		return false
	}
	n := at - 3
	if toks[n].Lower == "be" && n >= 2 && toks[n-1].Lower == "to" {
		n -= 2 // "to be held in X"
	} else if toks[at-2].Lower == "held" {
		return false // "the fair held in X" may be the meeting's own
	}
	t := toks[n]
	return n > k && t.Word && !t.Cap && !frame.MeetingNouns[t.Lower] && !functionWords[t.Lower] &&
		!mention.Auxiliaries[t.Lower] && !frame.LooksVerb(toks, n)
}

var nounEventParticiples = lex("nounEventParticiples")

// sequelHeldAt: the place or time at token at, after the predicate at k,
// closes "held" on a meeting noun that a sequel noun looks back on —
// "called on B for a discussion including follow-up to the Summit of the
// Americas held in P in April", "met to settle the agenda, carrying
// forward the work of the ministers' conference held in P in June" (issue
// 14's five-hundred-and-fifty-sixth round; p3368, p634, p900): the older
// meeting's place and month, not the predicate's. "met at the summit held
// in P" has no sequel noun and keeps P.
func sequelHeldAt(toks []text.Token, at, k int) bool {
	h := -1
	for e := at - 1; e > k && e >= at-6; e-- {
		if !toks[e].Word {
			return false
		}
		if toks[e].Lower == "held" {
			h = e
			break
		}
	}
	return h >= 0 && sequelHeldNoun(toks, h, k)
}

// sequelHeldNoun: the "held" at h closes a meeting noun phrase, after k,
// that a sequel noun looks back on through "to the" or "of the"
// (sequelHeldAt).
func sequelHeldNoun(toks []text.Token, h, k int) bool {
	meetingNoun := false
	for e := h - 1; e > k+1 && e >= h-8; e-- {
		t := toks[e]
		if _, ok := frame.Triggers[t.Lower]; ok || frame.MeetingNouns[t.Lower] {
			meetingNoun = true
		}
		if t.Lower == "the" && meetingNoun && (toks[e-1].Lower == "to" || toks[e-1].Lower == "of") && e >= 2 && heldSequelNouns[toks[e-2].Lower] {
			return toks[e-2].Lower != "up" || e >= 4 && toks[e-3].Text == "-" && toks[e-4].Lower == "follow"
		}
		if !t.Word && t.Text != "'" && t.Text != "'s" {
			return false
		}
	}
	return false
}

var heldSequelNouns = lex("heldSequelNouns")

// situatedPlace: the place at token at follows "in" (or "in the") right
// after a lower-case noun that is located by it (situatedNouns): "the
// bases in X", "the war in Y", "the situation in the Z". The phrase says
// where that thing is, not where the meeting was, which "talks in X" and
// "met in X to discuss the war" still tell.
func situatedPlace(toks []text.Token, at int) bool {
	n := at - 2
	if at >= 3 && toks[at-1].Lower == "the" && toks[at-2].Lower == "in" {
		n = at - 3
	} else if at < 2 || toks[at-1].Lower != "in" {
		return false
	}
	if n >= 0 && toks[n].Word && postSeatNouns[toks[n].Lower] && joinedByBefore(toks, n) {
		return true // "were joined by the American Ambassador in X": the envoy's post, not the venue
	}
	return n >= 0 && toks[n].Word && !toks[n].Cap && situatedNouns[toks[n].Lower]
}

var postSeatNouns = lex("postSeatNouns")

// postSeatCity: the city at token at follows "in" inside a post apposed
// to a person's name after the meeting's predicate ("received X, head of
// the movement in P, ..."; "met a delegation headed by Y, the head of
// the group's political office in Q, in R"): it says where that person
// serves, not where the meeting was, which the sentence tells elsewhere
// or not at all (issue 14's five-hundred-and-thirty-seventh round; p3255,
// p3197, p1468, p1632). The post opens after the name's comma, with a
// title word or a determiner, and holds a title word and no name, verb,
// "-ing" word, conjunction or relative pronoun ("X, who met the crown
// prince in P" tells a clause). "His envoy in P, Y, met Z" tells the post
// before the predicate and still places the meeting in P (p253).
func (d *Reader) postSeatCity(si, at int) bool {
	toks := d.Sents[si].Toks
	if at < 3 || toks[at-1].Lower != "in" {
		return false
	}
	title, n := false, at-2
	for ; n >= 0 && at-2-n < 8; n-- {
		t := toks[n]
		if t.Text == "," || postDeterminers[t.Lower] && n > 0 && toks[n-1].Lower != "of" {
			break // "of the" stays inside the post: "head of the movement in P"
		}
		if !t.Word && t.Text != "'s" || t.Word && (relativePronouns[t.Lower] || postBreakWords[t.Lower] || frame.LooksVerb(toks, n) ||
			!t.Cap && strings.HasSuffix(t.Lower, "ing") && !frame.MeetingNouns[t.Lower]) {
			return false // "X, who met the crown prince in P": a clause, no post
		}
		if mention.IsTitleWord(t.Lower) {
			title = true
		}
	}
	if !title || n < 1 {
		return false
	}
	for _, o := range d.Ments[si] {
		if o.Kind == mention.Person && o.J > n && o.I < at {
			return false // "A and Ambassador B in P": the name is in the phrase
		}
	}
	open := n // the comma, or the determiner that opens the post
	if postDeterminers[toks[n].Lower] {
		open = n - 1
	}
	// "X, head of the bureau in P": the post is apposed to the name and
	// opens with its title or a determiner; "X, at army headquarters in
	// P" is the meeting's venue.
	if open < 1 || toks[open].Text != "," || !d.personBefore(si, open) {
		return false
	}
	first := toks[open+1].Lower
	return postDeterminers[first] || mention.IsTitleWord(first)
}

// postDeterminers open a post's noun phrase (", the head of the office
// in P"); postBreakWords cannot stand in it (a second conjunct, a clause).
var (
	postDeterminers = lex("postDeterminers")
	postBreakWords  = lex("postBreakWords")
)

// joinedByBefore: a "joined by" (tableJoinVerbs) stands before token n,
// so that the envoy at n is one who joined a meeting told before, not
// one who met someone where he serves ("His envoy in X met Y").
func joinedByBefore(toks []text.Token, n int) bool {
	for e := 0; e+1 < n; e++ {
		if tableJoinVerbs[toks[e].Lower] && toks[e+1].Lower == "by" {
			return true
		}
	}
	return false
}

var situatedNouns = lex("situatedNouns")

// governmentSeat: the city at token at follows "in" right after a noun
// for a government (governmentSeatNouns): "the government in X", "the
// regime in Y". The city stands for the rulers who sit there, as "talk
// to the government in X" or "the prime minister of the government in
// Y" tells, not for where the meeting was (issue 14's three-hundred-and-
// eighty-first round: p2318, p2079, p1375).
func governmentSeat(toks []text.Token, at int) bool {
	return at >= 2 && toks[at-1].Lower == "in" && toks[at-2].Word && !toks[at-2].Cap && governmentSeatNouns[toks[at-2].Lower]
}

var governmentSeatNouns = lex("governmentSeatNouns")

var relativePronouns = map[string]bool{"who": true, "whom": true, "whose": true, "which": true}

// venueAfterAt: the capitalized words ending at token e of sentence si
// (a building's name: "Government Headquarters", "State House") follow
// "at" or "at the".
func (d *Reader) venueAfterAt(si, e int) bool {
	return mention.NameAfterAt(d.Sents[si].Toks, e, 4)
}

// townWord: token i of sentence si, one capitalized word the gazetteer
// lacks, may name a town: it is no common English word, the article never
// writes it in lower case ("in Parliament", "in Congress" are bodies), and
// it opens no longer name or possessive.
func (d *Reader) townWord(si, i int) bool {
	toks := d.Sents[si].Toks
	t := toks[i]
	if !t.Cap || t.Acronym || d.G.Common[t.Lower] || d.lowerSeen[t.Lower] {
		return false
	}
	if i >= 2 && !toks[i-2].Cap && quarterVenues[toks[i-2].Lower] {
		// "at his official residence in X", "at the ministry in X"
		// (p143, p185, p250, p258, p92): a building's quarter of the
		// city, where the gold keeps the city.
		return false
	}
	if i+2 < len(toks) && toks[i+1].Text == "," && appositionDets[toks[i+2].Lower] && !d.settlementApposition(si, i+2) {
		return false // "in X, a former colleague of both": the apposition says what X is
	}
	return i+1 >= len(toks) || !toks[i+1].Cap && toks[i+1].Text != "'s" && toks[i+1].Text != "'"
}

// stateAt: a state's mention starts at token i of sentence si.
func (d *Reader) stateAt(si, i int) bool {
	for _, o := range d.Ments[si] {
		if o.I == i && o.Kind == mention.State {
			return true
		}
	}
	return false
}

// inheritPlace: "the meeting" refers to a meeting reported just before
// with someone in common; it happened where that one did. Without the
// definite article only the two sentences before count, and in the one
// just before a person also stands for their state or group.
func (d *Reader) inheritPlace(prev []Frame, parts []int, si int, anaphoric bool, status graph.Status, date string) string {
	reach := 2
	if anaphoric {
		reach = 3
	}
	for i := len(prev) - 1; i >= 0; i-- {
		p := prev[i]
		if si-p.Sent > reach {
			break
		}
		if p.Place == "" || p.Mode == graph.Call || p.Status != status {
			continue // a held meeting is not where a planned one will be
		}
		if p.Aside {
			continue // "arrived in X after meeting Y in Z": the story goes on in X
		}
		if flashback(prev, i) && (sameDayPhrase(d.Sents[si].Toks) || frame.AnyWord(d.Sents[si].Toks, 0, min(8, len(d.Sents[si].Toks)), sequenceAdverbs)) {
			// "later in the day", "The visiting minister later met X"
			// go on from the story's day, not from a meeting told
			// out of order before ("Y visited Z in August").
			continue
		}
		if !SameTime(p.Date, date) && !(status == graph.Held && withinDays(p.Date, date, 2) && d.visitGoesOn(si) && !d.datelineHolds(si, date)) {
			// Another date is another event ("since they met in March");
			// a held meeting a day or two after, with someone in common,
			// told as one more ("also") or in a story whose lead tells a
			// visit, is the next day of the same visit ("On 4th June A
			// welcomed B in X ... On 5 June, B was received by C"), unless
			// the dateline's city is where the story's days are told
			// ("arrived here Sunday night" after talks elsewhere on
			// Saturday: Monday's talks are here).
			continue
		}
		for _, a := range parts {
			if slices.Contains(p.Parts, a) || (si-p.Sent == 1 && slices.Contains(p.Parts, d.Cast.Actors[a].Affiliation)) {
				return p.Place
			}
		}
	}
	return ""
}

// visitGoesOn: sentence si tells its meeting as one more ("also"), or
// the lead tells a visit: a meeting on the next day may be the visit's
// next day.
func (d *Reader) visitGoesOn(si int) bool {
	toks := d.Sents[si].Toks
	if slices.ContainsFunc(toks, func(t text.Token) bool { return t.Lower == "also" }) {
		return true
	}
	ls := d.leadSentence()
	if ls < 0 {
		return false
	}
	lead := d.Sents[ls].Toks
	return frame.AnyWord(lead, 0, len(lead), visitWords)
}

// SameTime: two dates may name the same event: either is unknown, or one
// is as precise a part of the other ("2025-05" and "2025-05-05").
func SameTime(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// inheritDate: a held meeting told without a date, in the two sentences
// after a held meeting with someone in common at the same place, is the
// same visit told further ("Upon arrival, X was welcomed by Y").
func (d *Reader) inheritDate(prev []Frame, parts []int, si int, place string) string {
	for i := len(prev) - 1; i >= 0; i-- {
		p := prev[i]
		if si-p.Sent > 2 {
			break
		}
		if flashback(prev, i) && (sameDayPhrase(d.Sents[si].Toks) || frame.AnyWord(d.Sents[si].Toks, 0, min(8, len(d.Sents[si].Toks)), sequenceAdverbs)) {
			// "later in the day", "The visiting minister later met X"
			// go on from the story's day, not from a meeting told
			// out of order before ("Y visited Z in August").
			continue
		}
		if p.Date == "" || p.Status != graph.Held || p.Mode == graph.Call || place != "" && p.Place != "" && place != p.Place {
			continue
		}
		for _, a := range parts {
			if slices.Contains(p.Parts, a) {
				return p.Date
			}
		}
	}
	return ""
}

// retoldDay: the sentence after si opens with the meeting retold by "The"
// and a meeting noun, and the day set off by commas right after it ("The
// talks, on Saturday, lasted for nearly three hours"): the day of the
// meeting si told without one. "" when the next sentence does not open so.
func (d *Reader) retoldDay(si int) string {
	if si+1 >= len(d.Sents) {
		return ""
	}
	toks := d.Sents[si+1].Toks
	if len(toks) >= 5 && toks[0].Lower == "the" && frame.MeetingNouns[toks[1].Lower] && toks[2].Lower == "on" {
		return d.retoldOnDay(si + 1)
	}
	if len(toks) < 5 || toks[0].Lower != "the" || !frame.MeetingNouns[toks[1].Lower] || toks[2].Text != "," {
		return ""
	}
	end := 3
	for end < len(toks) && end < 9 && toks[end].Text != "," {
		end++
	}
	if end >= len(toks) || toks[end].Text != "," {
		return ""
	}
	for _, x := range frame.FindDatesIn(toks, 3, end, d.published, d.storyTimes[si+1]) {
		if len(x.Value) == len("2006-01-02") && x.Days == 0 {
			return x.Value
		}
	}
	return ""
}

// retoldOnDay: sentence sj opens "The meeting on Monday afternoon ran
// for well over an hour": the meeting noun's "on" phrase, a weekday or a
// date with at most a part of the day after it, dates the meeting the
// sentence before told with no day (issue 14's two-hundred-and-
// fifty-ninth round, p1590: "X has held talks with Y at the Great Hall.
// The meeting on Monday afternoon ran ..."). "" when the phrase holds
// no day.
func (d *Reader) retoldOnDay(sj int) string {
	toks := d.Sents[sj].Toks
	for _, x := range frame.FindDatesIn(toks, 3, min(len(toks), 7), d.published, d.storyTimes[sj]) {
		if x.At <= 4 && len(x.Value) == len("2006-01-02") && x.Days == 0 {
			return x.Value
		}
	}
	return ""
}

// leadRangeMonth: the month of a range of days within one month that the
// lead tells ("the meetings, which ran from Aug. 5-8"), "" when the lead
// tells none.
func (d *Reader) leadRangeMonth() string {
	si := d.leadSentence()
	if si < 0 || d.published.IsZero() {
		return ""
	}
	toks := d.Sents[si].Toks
	for _, e := range frame.FindDates(toks, 0, len(toks), d.published) {
		if e.Days > 0 && len(e.Value) == len("2006-01-02") && !inDateline(toks, e.At) {
			return e.Value[:len("2006-01")]
		}
	}
	return ""
}

// furtherWords mark an encounter told as one more besides those before
// ("X also met Y").
var furtherWords = lex("furtherWords")

// dateOf resolves the date expression nearest the trigger at k in the
// clause [cs, ce) of sentence si, a day without its year read by the time
// that sentence's story has reached (storyTimes).
func (d *Reader) dateOf(si, k, cs, ce int, st graph.Status) string {
	toks := d.Sents[si].Toks
	ds := frame.FindDatesIn(toks, cs, ce, d.published, d.storyTimes[si])
	if s, e := beganRelative(toks, k, ce); len(ds) == 0 && s > 0 {
		// "The talks, which began on Tuesday at X, ended today": the
		// talks' own clause has no time; the relative clause on them
		// tells the day they opened.
		ds = frame.FindDatesIn(toks, s, e, d.published, d.storyTimes[si])
	}
	// A time in the topic phrase ("to discuss the May 3 summit") is the
	// topic's, not the predicate's.
	if topic := frame.TopicSpansOf(toks, k, ce, false); topic != nil {
		ds = slices.DeleteFunc(ds, func(x frame.DateExpr) bool { return topic[x.At] && !frame.AfterApproxSpan(toks, x.At) })
	}
	// "follow-up to the summit held in P in April": the older meeting's
	// month (sequelHeldAt).
	ds = slices.DeleteFunc(ds, func(x frame.DateExpr) bool { return sequelHeldAt(toks, x.At, k) })
	if frame.TopicCues[toks[k].Lower] {
		// "to discuss the plan signed in May": a time after a
		// participle in the predicate's own object is that event's.
		ds = slices.DeleteFunc(ds, func(x frame.DateExpr) bool { return frame.ParticipleBetween(toks, k+1, x.At) })
	}
	// "met Y to prepare a joint statement to be issued Friday": a bare
	// weekday after a passive infinitive following the predicate is when
	// the statement is due, a day to come, not the day of a meeting
	// held (issue 14's two-hundred-and-fifty-ninth round, p1587). "to be
	// issued today" may be both, and stays.
	ds = slices.DeleteFunc(ds, func(x frame.DateExpr) bool { return x.Bare && x.At > k && passiveInfinitiveBefore(toks, k, x.At) })
	// "the two leaders dined together and were to walk in the garden on
	// Saturday": a time after a clause joined to a held predicate that
	// tells what is still to come ("and were to", "and will", "and is
	// expected to") is that plan's, not the meeting's day (issue 14's
	// four-hundred-and-sixty-first round, p2802, p2304).
	if st == graph.Held {
		ds = slices.DeleteFunc(ds, func(x frame.DateExpr) bool { return x.At > k && futureCoordinateBefore(toks, k, x.At) })
	}
	// "X, who took office in 2017, received Y": a time inside a relative
	// clause set off between the subject and the predicate is that
	// clause's event (p95's "whom the AU appointed as its mediator in
	// 2022").
	ds = slices.DeleteFunc(ds, func(x frame.DateExpr) bool { return x.At < k && insideRelative(toks, x.At, k) })
	// "The talks were convened by X, whom the AU named in August as its
	// mediator": a time in a relative clause on a person after the
	// predicate is that person's event (p99, once its heads joined the
	// talks).
	ds = slices.DeleteFunc(ds, func(x frame.DateExpr) bool { return x.At > k && personRelativeBefore(toks, k, x.At) })
	// "the first meeting between A and B since the coup last October":
	// the time in the "since" phrase after a first encounter dates what
	// came before it, not the encounter.
	if s := firstSince(toks, cs, ce); s > 0 {
		ds = slices.DeleteFunc(ds, func(x frame.DateExpr) bool { return x.At > s })
	}
	// "A and B agreed today to reopen their consulates, closed since the 1979
	// war, at the end of a round of talks": a time after "since" in an
	// aside closed by a comma before the predicate dates how long a state
	// of things has lasted, not the talks (the three-hundred-and-forty-
	// first round, p1924).
	ds = slices.DeleteFunc(ds, func(x frame.DateExpr) bool { return x.At < k && sinceBefore(toks, x.At) && commaBetween(toks, x.At, k) })
	// "MONROVIA, March 20 -- X met Y at the palace on Saturday": a
	// dateline closed by a double hyphen stays in the lead
	// (text.datelineDashRE), and its day, two tokens into the clause,
	// was nearer the predicate than a time told after the object and a
	// place. It is the filing's day; another time in the clause is the
	// meeting's (issue 14's three-hundred-and-thirtieth round, p2014).
	if slices.ContainsFunc(ds, func(x frame.DateExpr) bool { return !inDateline(toks, x.At) }) {
		ds = slices.DeleteFunc(ds, func(x frame.DateExpr) bool { return inDateline(toks, x.At) })
	}
	// "ended on Saturday their talks of June 7-8", "their
	// two-day summit ending on Saturday": a day told as the end of the
	// meeting's span is its close; the span's first day dates it, as a
	// range's first day does (the three-hundred-and-fifty-first round).
	ds = spanStarts(toks, ds)
	if len(ds) == 0 {
		return ""
	}
	ownTimeAfter := slices.ContainsFunc(ds, func(x frame.DateExpr) bool { return x.At > k })
	// A time phrase belongs to the predicate it follows, or opens the
	// clause ("On Friday, X met Y") or stands right before it ("Friday's
	// talks"); one further back modifies another event ("after the
	// truce of 2019, they met on 3 May").
	cost := func(x frame.DateExpr) int {
		c := abs(x.At - k)
		if x.At < k && x.At-cs > 2 && k-x.At > 3 {
			c += 40
		}
		if x.At < k && x.At-cs > 2 {
			for e := x.At; e < k; e++ {
				if toks[e].Text == "," {
					c += 40 // across a comma: another phrase's time
					break
				}
			}
		}
		if x.At < k && ownTimeAfter && andBetween(toks, x.At, k) {
			// "flew to P on Sunday and met B on Monday": the time
			// before "and" closes the first verb's phrase, when the
			// predicate has its own after it (the two-hundred-and-
			// fifty-fifth round).
			c += 40
		}
		return c
	}
	best := ds[0]
	for _, x := range ds[1:] {
		if cost(x) < cost(best) {
			best = x
		}
	}
	if best.Bare && st == graph.Planned {
		return frame.Day(frame.NearestWeekday(d.published, best.Weekday))
	}
	if day := dayWithin(best, ds); day != "" {
		return day
	}
	if st == graph.Planned && !best.Year && !best.Relative && d.storyTimes[si].IsZero() && toComeMarked(toks, cs, best.At) {
		return d.ahead(best.Value)
	}
	return best.Value
}

// toComeMarked: tokens [cs, at) tell a meeting still to come in so many
// words — "will", "again" ("agreed to meet again"), "are to" or "is to" —
// and no plan of the past ("had agreed", "was supposed to"), whose month
// may lie behind the publication.
func toComeMarked(toks []text.Token, cs, at int) bool {
	marked := false
	for e := max(cs, 0); e < at && e < len(toks); e++ {
		switch l := toks[e].Lower; {
		case l == "had" || l == "supposed" || l == "would":
			return false
		case l == "will" || l == "again":
			marked = true
		case (l == "are" || l == "is") && e+1 < at && toks[e+1].Lower == "to":
			marked = true
		}
	}
	return marked
}

// ahead: a month or day told without its year for a meeting still to come
// ("are to meet again in November", told in February) is the next one from
// the publication, not the nearest, which may lie behind it (issue 14's
// four-hundred-and-eighty-third round, p2933). The value moves a year on
// while it falls before the publication's month.
func (d *Reader) ahead(v string) string {
	if d.published.IsZero() || len(v) < 7 {
		return v
	}
	t, err := time.Parse("2006-01", v[:7])
	if err != nil {
		return v
	}
	pub := time.Date(d.published.Year(), d.published.Month(), 1, 0, 0, 0, 0, time.UTC)
	if !t.Before(pub) || t.AddDate(1, 0, 0).Before(pub) {
		return v // already ahead, or more than a year back: another year's plan
	}
	return t.AddDate(1, 0, 0).Format("2006") + v[4:]
}

// sinceBefore: "since" or "since the" stands right before the time at at.
func sinceBefore(toks []text.Token, at int) bool {
	return at >= 1 && toks[at-1].Lower == "since" || at >= 2 && toks[at-1].Lower == "the" && toks[at-2].Lower == "since"
}

// commaBetween: a comma stands between tokens at and k.
func commaBetween(toks []text.Token, at, k int) bool {
	for e := at + 1; e < k; e++ {
		if toks[e].Text == "," {
			return true
		}
	}
	return false
}

// andBetween: an "and" joins two verb phrases between the time at at
// and the predicate at k: "flew to P on Sunday and met B".
func andBetween(toks []text.Token, at, k int) bool {
	for e := at + 1; e < k; e++ {
		if toks[e].Lower == "and" {
			return true
		}
	}
	return false
}

// firstSince: the index of a "since" in [cs, ce) that follows a first
// encounter, "first" standing before a meeting noun past at most two
// modifiers ("the first meeting between A and B since", "their first
// face-to-face talks since", "the first such contact since"); -1 when
// there is none. The time after it dates what came before the encounter.
func firstSince(toks []text.Token, cs, ce int) int {
	first := -1
	for e := cs; e < ce; e++ {
		switch {
		case toks[e].Lower == "first":
			first = e
		case toks[e].Lower == "since" && first >= 0:
			return e
		case first >= 0 && e-first > 5 && !firstNounWithin(toks, first, e):
			first = -1
		}
	}
	return -1
}

// firstNounWithin: a meeting noun stands within five tokens after the
// "first" at f, before e.
func firstNounWithin(toks []text.Token, f, e int) bool {
	for j := f + 1; j < e && j <= f+5; j++ {
		if frame.MeetingNouns[toks[j].Lower] || frame.Triggers[toks[j].Lower] > 0 {
			return true
		}
	}
	return false
}

// dayWithin: a range of days and, in the same clause, one day inside it
// ("held talks on Tuesday, during the official visit from September 16 to
// 19", "on 19 November, during the visit from 18 to 20 November"): the
// range spans the visit, the day is the meeting's (p117, p126). "" when
// r is no range or no day of ds falls in it.
func dayWithin(r frame.DateExpr, ds []frame.DateExpr) string {
	if r.Days == 0 {
		return ""
	}
	from, err := time.Parse("2006-01-02", r.Value)
	if err != nil {
		return ""
	}
	to := from.AddDate(0, 0, r.Days)
	for _, x := range ds {
		if x.Days != 0 || len(x.Value) != len("2006-01-02") {
			continue
		}
		if t, err := time.Parse("2006-01-02", x.Value); err == nil && !t.Before(from) && !t.After(to) {
			return x.Value
		}
	}
	return ""
}

// insideRelative: token at lies in a relative clause opened by ", who"
// (whom, which, whose) and closed by a comma before the predicate at k.
func insideRelative(toks []text.Token, at, k int) bool {
	open := -1
	for e := at; e > 0; e-- {
		if toks[e].Text == "," {
			break
		}
		if frame.RelativeWords[toks[e].Lower] && (toks[e-1].Text == "," || appositionRelative(toks, e) > 0) {
			// ", who", or an apposition's own: ", a veteran whose
			// party lost in 2019," (the hundred-and-eighty-second round).
			open = e
			break
		}
	}
	if open < 0 {
		return false
	}
	for e := at + 1; e < k; e++ {
		if toks[e].Text == "," {
			return true
		}
	}
	return false
}

// arrivalRelativeDay: the predicate at k has a subject with a relative
// clause on it, ", who" closed by a comma before k, whose verb tells an
// arrival (arrivalDayVerbs) on a day counted from the news ("A, who
// arrived in P on Monday, held talks with B"): that day, when the
// sentence tells no other time and no sequel word (arrivalSequelWords:
// "later", "during the week") moves the talks off it. The trip brought
// the talks; with nothing else to date them they were on its day (issue
// 14's four-hundred-and-fifty-seventh round: p2774, p1960, p2356,
// p351, p1049). An arrival "late" or at "night" (lateArrivalWords) may put
// the talks on the next day, and dates nothing. "" otherwise.
func (d *Reader) arrivalRelativeDay(si, k int) string {
	toks := d.Sents[si].Toks
	open, shut := -1, -1
	for e := k - 1; e > 0; e-- {
		if toks[e].Text == "," && shut < 0 {
			shut = e
		}
		if toks[e].Lower == "who" && toks[e-1].Text == "," {
			open = e
			break
		}
	}
	if open < 0 || shut <= open {
		return ""
	}
	arrival := false
	for e := open + 1; e < shut; e++ {
		if lateArrivalWords[toks[e].Lower] || toks[e].Text == "," {
			return ""
		}
		arrival = arrival || arrivalDayVerbs[toks[e].Lower]
	}
	if !arrival || frame.AnyWord(toks, shut, len(toks), arrivalSequelWords) {
		return ""
	}
	day := ""
	for _, x := range frame.FindDatesIn(toks, 0, len(toks), d.published, d.storyTimes[si]) {
		if x.At <= open || x.At >= shut || !x.Relative || x.Days != 0 || len(x.Value) != len("2006-01-02") || day != "" {
			return "" // another time in the sentence, or none of the day
		}
		day = x.Value
	}
	return day
}

// arrivalDayVerbs tell an arrival whose day, in a relative clause on the
// subject, dates the meeting of the main clause (arrivalRelativeDay).
var arrivalDayVerbs = lex("arrivalDayVerbs")

// lateArrivalWords set an arrival late in its day (arrivalRelativeDay).
var lateArrivalWords = lex("lateArrivalWords")

// arrivalSequelWords move the main clause's meeting off the day of the
// arrival told in the subject's relative clause (arrivalRelativeDay).
var arrivalSequelWords = lex("arrivalSequelWords")

// personRelativeBefore: a relative clause on a person, ", who" or ",
// whom", opens between the predicate at k and the time at at, with no
// comma after it. ", which" may be the meeting's own ("the talks, which
// ended on Friday") and is not read.
func personRelativeBefore(toks []text.Token, k, at int) bool {
	for e := at; e > k+1; e-- {
		if toks[e].Text == "," {
			return false
		}
		if (toks[e].Lower == "who" || toks[e].Lower == "whom") && toks[e-1].Text == "," {
			return true
		}
	}
	return false
}

// settlementNouns name a place by its kind: "the village of X".
var settlementNouns = lex("settlementNouns")

// townPosts: "the mayor of X" names the post's town, not a venue.
var townPosts = lex("townPosts")

// retreatNouns name a leader's retreat by its place after "of": "the
// island retreat of X".
var retreatNouns = lex("retreatNouns")

// venueNouns head the name of a building or compound where talks are held.
var venueNouns = lex("venueNouns")

// governmentSeats name a government's seat by its office ("the
// presidency", "the ministry"), with no name of a building.
var governmentSeats = lex("governmentSeats")

// quarterVenues are lower-case nouns for a building whose "in X" names
// the city's quarter it stands in, not a town.
var quarterVenues = lex("quarterVenues")

// anteriorMods before a meeting word set it before another event: "the
// previous round", "last talks".
var anteriorMods = lex("anteriorMods")

// refused: a verb of refusal governs the meeting word at k, right before
// it or past a determiner ("refused a meeting with X", "rejected any
// talks", "has ruled out meeting X", "turned down a meeting"): a meeting
// asked for or offered and not held.
func refused(toks []text.Token, k, cs int) bool {
	e := k - 1
	if e > cs && refusedMeetingMods[toks[e].Lower] {
		// "refused any direct encounter", "refused face-to-face talks":
		// the manner of the meeting refused stands between the verb (or
		// its determiner) and the meeting word (issue 14's
		// five-hundred-and-sixty-fourth round; p3418, p2437, p2099).
		e--
	}
	if e >= cs && (toks[e].Lower == "a" || toks[e].Lower == "any" || toks[e].Lower == "the") {
		e--
	}
	if e < cs {
		return false
	}
	if refuseVerbs[toks[e].Lower] {
		return true
	}
	if e-2 >= cs && toks[e].Lower == "from" && toks[e-1].Lower == "away" && awayVerbs[toks[e-2].Lower] {
		// "stayed away from the meeting", "kept away from the talks": a
		// meeting kept away from, as one refused (the
		// five-hundred-and-thirteenth round, p3114).
		return true
	}
	return e > cs && (toks[e].Lower == "out" || toks[e].Lower == "down") && refuseParticleVerbs[toks[e-1].Lower]
}

// refuseVerbs refuse the meeting that follows them; refuseParticleVerbs
// do with "out" or "down" ("ruled out", "turned down").
var (
	refuseVerbs         = lex("refuseVerbs")
	refuseParticleVerbs = lex("refuseParticleVerbs")
	refusedMeetingMods  = lex("refusedMeetingMods")
	awayVerbs           = lex("awayVerbs")
)

// notOccurred: the verb of the noun predicate at k, after its phrase and
// any inserted participle clause ("a meeting between A and B, announced
// on Monday, did not take place", "the talks never happened"), is a
// negated occurrence: an announced meeting that stays planned. The search
// stops at a clause break, so another clause's negation is not the noun's.
func notOccurred(toks []text.Token, k int) bool {
	for e := k + 1; e+1 < len(toks) && e-k <= 24; e++ {
		l := toks[e].Lower
		if toks[e-1].Text == "," && strings.HasSuffix(l, "ed") {
			// ", announced by X on Monday,": an inserted participle
			// clause; the noun's verb comes after its closing comma.
			if c := slices.IndexFunc(toks[e:min(len(toks), e+12)], func(t text.Token) bool { return t.Text == "," }); c > 0 {
				e += c
				continue
			}
		}
		if frame.ClauseBreaks[l] && l != "which" && l != "that" || toks[e].Text == ";" || frame.MeetingNouns[l] {
			return false
		}
		if (l == "not" || l == "never" || l == "n't") && (occurVerbs[toks[e+1].Lower] || onAgenda(toks, e+1)) {
			return true
		}
	}
	return false
}

// onAgenda: tokens from k say "on the agenda" (or "on the table", "on the
// cards"): negated after a meeting noun ("a meeting between A and B is not
// on the agenda"), the meeting is not held.
func onAgenda(toks []text.Token, k int) bool {
	return k+2 < len(toks) && toks[k].Lower == "on" && toks[k+1].Lower == "the" && agendaNouns[toks[k+2].Lower]
}

// agendaNouns hold what is planned: "on the agenda", "on the cards".
var agendaNouns = lex("agendaNouns")

// occurVerbs say that an event takes place; negated, an announced meeting
// stays planned.
var occurVerbs = lex("occurVerbs")

// eventVerbs say that talks took (or take) place.
var eventVerbs = lex("eventVerbs")

// pastPreps govern talks that took place: "after talks", "during the
// negotiations".
var pastPreps = lex("pastPreps")

// arrivalVerbs, in the past tense, tell a trip made whose purpose ("for
// talks with X") is the meeting it brought about.
var arrivalVerbs = lex("arrivalVerbs")

// pastStayVerbs, the past of "be", tell a stay made: "X was in P last
// week for talks with Y", "X, who was in P for talks with Y, is to
// ..." — the talks the stay was for were held, as those of a
// trip made are (arrivalVerbs). The present ("is in X for
// consultations") tells talks still going on, not held, and is left out
// (issue 14's four-hundred-and-seventh round; p2474, p606).
var pastStayVerbs = lex("pastStayVerbs")

// pastStayIn: the word at v is a pastStayVerb before "in" and a city's
// or a state's name, and the "for" of the talks at k follows that place
// with no comma between.
func (d *Reader) pastStayIn(si, v, k int) bool {
	toks := d.Sents[si].Toks
	if !pastStayVerbs[toks[v].Lower] || v+2 >= k || toks[v+1].Lower != "in" {
		return false
	}
	for e := v + 2; e < k; e++ {
		if toks[e].Text == "," || toks[e].Text == ";" {
			return false
		}
	}
	return slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool {
		return m.I == v+2 && (m.Kind == mention.City || m.Kind == mention.State)
	})
}

// titlePlanWord: the plannedWord at e is capitalized inside a title,
// before the title's capitalized head: "Planning Minister X" holds a
// post, says nothing of a meeting to come (the four-hundred-and-seventieth
// round: p2854; the title stands in p1326 and p449 outside a meeting's
// clause).
func titlePlanWord(toks []text.Token, e int) bool {
	return e > 0 && toks[e].Cap && e+1 < len(toks) && toks[e+1].Cap && mention.IsTitleWord(toks[e+1].Lower)
}

// attributive: the planned word at e modifies a noun of the predicate's
// topic after it ("held talks on ... a planned rail link"): it says the
// link is to come, not the talks.
func attributive(toks []text.Token, k, e int) bool {
	return e > k+1 && e+1 < len(toks) && (toks[e-1].Lower == "a" || toks[e-1].Lower == "an") &&
		toks[e+1].Word && !toks[e+1].Cap && frame.Triggers[toks[e+1].Lower] == 0 && !frame.MeetingNouns[toks[e+1].Lower]
}

// arrivalTo: the "to" at i follows an arrival verb, or one and the means
// of the trip ("travelled by bus to", "flew by special plane to"; the
// hundred-and-fifty-seventh round, p978).
func arrivalTo(toks []text.Token, i int) bool {
	v := i - 1
	for b := i - 2; b >= 1 && b >= i-3; b-- {
		if toks[b].Lower != "by" {
			continue
		}
		words := true
		for e := b + 1; e < i; e++ {
			words = words && toks[e].Word && !toks[e].Cap
		}
		if words {
			v = b - 1
		}
		break
	}
	return v >= 0 && (arrivalVerbs[toks[v].Lower] || perfectArrival(toks, v))
}

// perfectArrival: the word at v is an arrival's past participle after a
// perfect "had", "has" or "have" with no modal before it — "had flown to
// X for consultations with Y", "has travelled to X" — a trip made, as
// "flew to X" is; "would have flown" tells none.
func perfectArrival(toks []text.Token, v int) bool {
	if v < 1 || !arrivalParticiples[toks[v].Lower] {
		return false
	}
	a := toks[v-1].Lower
	if a != "had" && a != "has" && a != "have" {
		return false
	}
	return v < 2 || !modalWords[toks[v-2].Lower]
}

// arrivalParticiples are the past participles of arrivalVerbs, a trip made
// after a perfect auxiliary; modalWords before that auxiliary make it
// hypothetical.
var (
	arrivalParticiples = lex("arrivalParticiples")
	modalWords         = lex("perfectModals")
)

// tripVerbs, in the past tense, tell a trip made: "went on to see X",
// "crossed to the north bank to see X".
var tripVerbs = lex("tripVerbs")

// tripPurpose: the "to" at e ends a trip told in the past tense before it
// in the clause — "went on to see X", "crossed the river to see X" — so
// the meeting it opens is the trip's, held, not one intended.
func tripPurpose(toks []text.Token, from, e int) bool {
	for v := e - 1; v >= from && v >= e-8; v-- {
		if toks[v].Text == "," || toks[v].Lower == "to" && v < e-1 && frame.PlannedVerbs[toks[v+1].Lower] {
			return false
		}
		if tripVerbs[toks[v].Lower] {
			return v == 0 || !mention.Auxiliaries[toks[v-1].Lower] && toks[v-1].Lower != "to"
		}
	}
	return false
}

// talksHappen: "talks" and "negotiations" are also topics ("stalled
// negotiations"); they make a meeting only with a place or time right
// after them, a place right before ("Paris talks"), a verb of
// occurrence, or a trip made for them.
func (d *Reader) talksHappen(si, k, cs, ce int) bool {
	toks := d.Sents[si].Toks
	if frame.AnyWord(toks, cs, ce, eventVerbs) || broughtTogether(toks, k, ce) || hadTalks(toks, cs, k) || endedRelative(toks, k, ce) || relativeThenEvent(toks, k, ce) {
		return true
	}
	if k > 0 && pastPreps[toks[k-1].Lower] || k > 1 && pastPreps[toks[k-2].Lower] && (toks[k-1].Lower == "the" || toks[k-1].Lower == "these" || talksPossessives[toks[k-1].Lower]) {
		return true // "a statement issued after talks between A and B", "after his talks with X"
	}
	if pastPrepAcross(toks, k) {
		return true // "after a day of direct talks between A and B", "after three rounds of talks"
	}
	if emergedFromTalks(toks, k) {
		return true // "A emerged from talks with B late Saturday"
	}
	if k > 0 && toks[k-1].Lower == "for" {
		if cs >= 2 && text.NextLeg(toks, cs-1) {
			return true // "then crossed the river for talks with X": the leg's talks (nextleg.go)
		}
		for v := cs; v < k; v++ {
			if arrivalVerbs[toks[v].Lower] && (v == 0 || !mention.Auxiliaries[toks[v-1].Lower] && toks[v-1].Lower != "to") || perfectArrival(toks, v) {
				return true // "arrived in Cairo for talks with X": the trip's talks
			}
			if d.pastStayIn(si, v, k) {
				return true // "was in P on Friday for talks with X": the stay's talks
			}
		}
	}
	for _, m := range d.Ments[si] {
		if (m.Kind == mention.City || m.Kind == mention.State) && ((m.I > k && m.I <= k+3 && (toks[m.I-1].Lower == "in" || toks[m.I-1].Lower == "at")) || m.J == k || (m.J == k-1 && toks[k-1].Text == "'s")) {
			return true
		}
	}
	return len(frame.FindDates(toks, k+1, min(ce, k+4), d.published)) > 0
}

// emergedFromTalks: the talks noun at k follows "from" after an emerge
// verb, with at most a determiner or a possessive between ("A emerged
// from talks with B", "emerging from their talks"): one comes out of
// talks that took place, so they are held, as "after talks with B" is
// (issue 14's three-hundred-and-ninety-eighth round). "from" alone stays
// no mark of talks held: "withdrew from talks", "a call from talks".
func emergedFromTalks(toks []text.Token, k int) bool {
	f := k - 1
	if f >= 1 && (toks[f].Lower == "the" || talksPossessives[toks[f].Lower]) {
		f--
	}
	return f >= 1 && toks[f].Lower == "from" && emergeVerbs[toks[f-1].Lower]
}

// emergeVerbs before "from" tell talks left when over.
var emergeVerbs = lex("emergeVerbs")

// pastPrepAcross: a past preposition governs the talks noun at k across
// what measures or describes the talks — "after direct talks", "after a
// day of closed-door talks", "following three rounds of talks", "after
// the two weeks of intensive negotiations" — as it does right before
// them (talksHappen): talks told as over, when the sentence's act
// followed them. Modifiers are lower-case words that are neither verbs,
// triggers nor words of talks to come ("after proposed talks", "after
// possible talks" are none); a measure is a count and a span noun before
// "of" (talksSpanCounts, talksSpanNouns), "a day of", "months of". A
// noun of anything else before "of" ("after calls for talks", "after the
// collapse of talks") is not crossed (the hundred-and-fifty-second
// round, p947).
func pastPrepAcross(toks []text.Token, k int) bool {
	i := crossedPastPrep(toks, k)
	if i < 0 {
		return false
	}
	for e := 0; e < i; e++ {
		if frame.PlannedWords[toks[e].Lower] && toks[e].Lower != "announced" && !setParticle(toks, e) {
			return false // "will sign the accord after two days of talks": to come
		}
	}
	return true
}

// setParticle: the "set" at e is the phrasal verb of a thing made ("agreed
// to set up a hotline after five hours of talks", "set out their
// positions"), not the "set" of a plan ("set to meet", "set for
// Monday"): it tells no talks to come.
func setParticle(toks []text.Token, e int) bool {
	return toks[e].Lower == "set" && e+1 < len(toks) && setParticles[toks[e+1].Lower]
}

var setParticles = map[string]bool{"up": true, "out": true, "aside": true, "off": true, "down": true}

// crossedPastPrep is the past preposition that governs the talks noun at
// k across at least one word that measures or describes the talks
// (pastPrepAcross), or -1.
func crossedPastPrep(toks []text.Token, k int) int {
	if frame.Triggers[toks[k].Lower] != frame.Talks || !frame.MeetingNouns[toks[k].Lower] {
		return -1
	}
	modifier := func(i int) bool {
		t := toks[i]
		if t.Text == "-" && t.Glued {
			return true // "closed-door", "face-to-face"
		}
		return t.Word && !t.Cap && !functionWords[t.Lower] && !pastPreps[t.Lower] && !talksSpanNouns[t.Lower] &&
			frame.Triggers[t.Lower] == 0 && !frame.PlannedWords[t.Lower] && !frame.Negations[t.Lower] && !frame.LooksVerb(toks, i)
	}
	i := k - 1
	for n := 0; n < 5 && i >= 0 && modifier(i); n++ {
		i-- // "direct", "closed-door", "intensive"
	}
	if i >= 1 && toks[i].Lower == "of" && talksSpanNouns[toks[i-1].Lower] {
		i -= 2 // "days of", "rounds of"
		j := i
		for j >= 0 && i-j < 2 && (modifier(j) || rankOrdinal(toks[j].Lower)) {
			j--
		}
		if j < i && j >= 0 && (toks[j].Lower == "the" || toks[j].Lower == "a") && sidesNamed(toks, k) {
			i = j // "the 19th round of", "a final round of": the round's rank after its determiner
		}
		if i >= 0 && (talksSpanCounts[toks[i].Lower] || mention.IsNumber(toks[i].Lower)) {
			i-- // "a day of", "three days of", "48 hours of"
		}
		if i >= 0 && toks[i].Lower == "the" {
			i-- // "after the two days of talks"
		}
	}
	if c := closeOfPrep(toks, i); c >= 0 {
		return c // "at the end of nine hours of talks", "at the close of talks"
	}
	if i >= 1 && toks[i].Lower == "the" {
		if c := closeOfPrep(toks, i-1); c >= 0 {
			return c // "at the conclusion of the talks"
		}
	}
	if i >= 1 && i < k-1 && (toks[i].Lower == "the" || talksPossessives[toks[i].Lower]) && pastPreps[toks[i-1].Lower] && sidesNamed(toks, k) {
		i-- // "after the long talks", "after their lengthy talks"
	}
	if i == k-1 || i < 0 || !pastPreps[toks[i].Lower] {
		return -1 // nothing crossed (talksHappen reads "after talks" itself), or no past preposition
	}
	return i
}

// sidesNamed: "between" or "with" follows the talks noun at k, so the
// talks named after a determiner and a rank or describing word are new
// to the sentence, told with their sides ("after the 19th round of talks
// between A and B"); without them "after the phone talks" is the talks
// told before, whose people are not the sentence's (p2991).
func sidesNamed(toks []text.Token, k int) bool {
	return k+1 < len(toks) && (toks[k+1].Lower == "between" || toks[k+1].Lower == "with")
}

// rankOrdinal: a written rank, "19th", "3rd", "22nd" (a number with an
// ordinal's ending), as a round of a series of talks is numbered.
func rankOrdinal(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(w, suf); ok && mention.IsNumber(n) {
			return true
		}
	}
	return false
}

// closeOfPrep: the "of" at i closes "at the end of", "at the close of",
// "at the conclusion of", a phrase that governs the talks after it as
// "after" does: the sentence's act came as the talks ended, so they took
// place ("the two leaders signed the accord at the end of nine hours of
// talks", "agreed at the close of the round"; the
// three-hundred-and-forty-second round: p2087, p350; the phrase is common
// in the probe, p1474, p1544, p1604, p1753, whose meetings other
// sentences already gave). The index of "at", or -1.
func closeOfPrep(toks []text.Token, i int) int {
	if i < 3 || toks[i].Lower != "of" || !talksCloseNouns[toks[i-1].Lower] || toks[i-2].Lower != "the" || toks[i-3].Lower != "at" {
		return -1
	}
	return i - 3
}

// talksCloseNouns name the close of talks after "at the" and before "of"
// (closeOfPrep).
var talksCloseNouns = lex("talksCloseNouns")

// talksSpanNouns measure talks before "of": "three days of talks",
// "two rounds of negotiations" (pastPrepAcross).
var talksSpanNouns = lex("talksSpanNouns")

// talksSpanCounts count talksSpanNouns: "a day of talks", "several rounds
// of negotiations" (pastPrepAcross).
var talksSpanCounts = lex("talksSpanCounts")

// talksOwnRelative: the index of the relative word ("which", "that") that
// opens, after the comma ending the clause of the talks noun at k (at ce),
// a relative clause of the talks' own: no other meeting noun stands
// between the noun and that comma, and the relative is no "who" or
// "whom" (a person's). -1 when there is none. endedRelative and
// relativeThenEvent read the clause's verb from there.
func talksOwnRelative(toks []text.Token, k, ce int) int {
	r := ce
	if r < len(toks) && toks[r].Text == "," {
		r++
	}
	if r+1 >= len(toks) || r-1 <= k || toks[r-1].Text != "," || !frame.RelativeWords[toks[r].Lower] || toks[r].Lower == "who" || toks[r].Lower == "whom" {
		return -1
	}
	for e := k + 1; e < r-1; e++ {
		if frame.MeetingNouns[toks[e].Lower] {
			return -1
		}
	}
	return r
}

// endedRelative: the clause of the talks noun at k ends (at ce) at a comma
// and a relative clause whose verb says they took place and ended, "the talks
// between A and B, which ended on Sunday in X, broke down", with no
// negation ("which never took place") and no other meeting noun or
// person named between the noun and the comma, so that the relative
// clause is the talks' own (the hundred-and-thirtieth round).
func endedRelative(toks []text.Token, k, ce int) bool {
	r := talksOwnRelative(toks, k, ce)
	if r < 0 {
		return false
	}
	end := min(len(toks), r+7)
	for e := r + 1; e < end; e++ {
		l := toks[e].Lower
		if toks[e].Text == "," || frame.Negations[l] {
			return false
		}
		if endedRelativeVerbs[l] {
			return true
		}
	}
	return false
}

// relativeThenEvent: the talks noun at k is the subject of a verb of
// taking place told past a relative clause set off by commas, "the talks
// between A and B, which began on Tuesday, ended today", "the first
// talks, which opened on Monday at X, were held behind closed doors":
// reports of a round tell its span in the relative clause and its close
// in the main one. The clause of the noun ends (at ce) at the comma before
// the relative word; the relative clause holds at most sixteen words and
// no negation, and no other meeting noun stands between the talks noun
// and it (so the clause is the talks' own, as in endedRelative); the main
// verb (past "was" or "were") comes right after the closing comma (the
// three-hundred-and-forty-second round: p2086, p623), or a gatherVerbs word
// and "together" do, naming who sat ("which opened on Thursday, brought
// together A, B and C").
func relativeThenEvent(toks []text.Token, k, ce int) bool {
	r := talksOwnRelative(toks, k, ce)
	if r < 0 {
		return false
	}
	for e := r + 1; e < len(toks) && e <= r+17; e++ {
		if frame.Negations[toks[e].Lower] || frame.MeetingNouns[toks[e].Lower] {
			return false
		}
		if toks[e].Text != "," {
			continue
		}
		v := e + 1
		if v+1 < len(toks) && (toks[v].Lower == "was" || toks[v].Lower == "were") {
			v++
		}
		if v < len(toks) && eventVerbs[toks[v].Lower] {
			return true
		}
		if v+1 < len(toks) && gatherVerbs[toks[v].Lower] && toks[v+1].Lower == "together" {
			return true // "the talks, which opened on Thursday, brought together A, B and C" (round 527: p3199, p1811, p520)
		}
		// "which began on Tuesday at X, outside Y, ended today": an
		// apposition inside the relative clause; read on to the next comma.
	}
	return false
}

// beganRelative: the clause of the talks noun at k ends (at ce) at a
// comma and a relative clause whose verb, within its first three words,
// says the talks opened — "the talks, which began on Sunday at X, were the
// first", "the round, which opened on Monday, ended today" — with no other
// meeting noun between the noun and the comma. Reports of a round date it
// by its opening day (SCHEMA: the start of the span). The span of the
// relative clause after its verb, up to the next comma, or 0, 0 (the
// three-hundred-and-forty-second round: p2086, p857, p951).
func beganRelative(toks []text.Token, k, ce int) (int, int) {
	r := ce
	if r < len(toks) && toks[r].Text == "," {
		r++
	}
	if r+1 >= len(toks) || r-1 <= k || toks[r-1].Text != "," || (toks[r].Lower != "which" && toks[r].Lower != "that") {
		return 0, 0
	}
	for e := k + 1; e < r-1; e++ {
		if frame.MeetingNouns[toks[e].Lower] {
			return 0, 0
		}
	}
	for v := r + 1; v < len(toks) && v <= r+3; v++ {
		if toks[v].Text == "," || frame.Negations[toks[v].Lower] {
			return 0, 0
		}
		if !beganRelativeVerbs[toks[v].Lower] {
			continue
		}
		e := v + 1
		for e < len(toks) && toks[e].Text != "," {
			e++
		}
		return v + 1, e
	}
	return 0, 0
}

// beganRelativeVerbs in a relative clause on talks tell the day they
// opened: "which began on Tuesday", "which opened on May 3".
var beganRelativeVerbs = lex("beganRelativeVerbs")

// endedRelativeVerbs in a relative clause on talks say they took place
// and are over: "which ended on Sunday", "which were held in X". Talks
// "which opened in February" may be a series still running, whose date
// the clause does not give.
var endedRelativeVerbs = lex("endedRelativeVerbs")

// hadTalks: a "have" verb governs the talks noun at k, with at most three
// lower-case modifiers between ("A had talks with B", "he and B had long
// talks at the palace", "had their first formal talks with B"; p1090): the light verb says the talks took place as
// "held" does. A negation between ("had no talks") or a verb the "have"
// is the auxiliary of ("has chaired the talks", p491) does not.
func hadTalks(toks []text.Token, cs, k int) bool {
	if k-2 > cs && toks[k-1].Lower == "of" && talksSpanNouns[toks[k-2].Lower] {
		// "had five hours of talks", "had two rounds of discussions": the
		// measure crossed (the hundred-and-sixty-fourth round, p1018).
		k -= 2
		if k-1 > cs && (talksSpanCounts[toks[k-1].Lower] || mention.IsNumber(toks[k-1].Lower)) {
			k--
		}
	}
	for v := k - 1; v >= cs && v >= k-4; v-- {
		t := toks[v]
		if haveVerbs[t.Lower] {
			return true
		}
		if !t.Word || t.Cap || frame.Negations[t.Lower] || frame.Triggers[t.Lower] > 0 ||
			frame.PartakeVerbs[t.Lower] || frame.LooksVerb(toks, v) || strings.HasSuffix(t.Lower, "ed") {
			return false // "has chaired the talks": the auxiliary of another verb
		}
	}
	return false
}

// fromAside: the place at token at stands before the predicate at k in a
// phrase set off by commas (or opening the sentence) that tells where
// someone came from, a fromAsideOpeners word then "from" ("A, fresh from
// a summit in X, met B", "Back from talks in X, A met B", "just back
// from"): the trip's origin, another event than the meeting.
func fromAside(toks []text.Token, at, k int) bool {
	if at >= k {
		return false
	}
	closed := false
	for e := at + 1; e < k; e++ {
		if toks[e].Text == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	open := at - 1
	for open >= 0 && toks[open].Text != "," {
		open--
	}
	o := open + 1
	for o < at && fromAsideOpeners[toks[o].Lower] {
		o++
	}
	return o > open+1 && o < at && toks[o].Lower == "from"
}

// fromAsideOpeners open a phrase of where someone came from: "fresh
// from", "back from", "just back from".
var fromAsideOpeners = lex("fromAsideOpeners")

// visitedCapital: the capital of the last state named after "in" or "to"
// outside a quotation in sentence si before token e or in the two
// sentences before it ("arrived in Freedonia", "a visit to Freedonia"),
// "" when none.
func (d *Reader) visitedCapital(si, e int) string {
	for s := si; s >= max(0, si-2); s-- {
		if d.Sents[s].Title {
			break
		}
		toks := d.Sents[s].Toks
		code := ""
		for _, m := range d.Ments[s] {
			if s == si && m.I >= e {
				break
			}
			if m.Kind == mention.State && m.I > 0 && !d.Sents[s].Quoted[m.I] && (toks[m.I-1].Lower == "in" || toks[m.I-1].Lower == "to") {
				code = m.Code
			}
		}
		if code != "" {
			return d.G.CapitalCity(code)
		}
	}
	return ""
}

// namedCapital: the capital of the last state (or demonym's state) that
// sentence si names, outside quotations, before token e ("in the
// capital" at e). A story with no dateline tells a visit to a country by
// its host's state ("met the head of Freedonia's interim government",
// "met his Freedonian counterpart") and then "in the capital": the
// visitor is named first, the host last. "" when none is named.
//
// A state told right after "visiting" ("Visiting Freedonian Foreign
// Minister X met President Y in the capital") is the guest's, whose
// capital the visit is not in: it is passed over, and when no other state
// stands before the capital, the one other state the sentence names after
// it ("... and discussed the Sylvanian peace process") is the host's.
func (d *Reader) namedCapital(si, e int) string {
	toks := d.Sents[si].Toks
	code, guest := "", ""
	for _, m := range d.Ments[si] {
		if m.I >= e {
			break
		}
		if (m.Kind == mention.State || m.Kind == mention.Demonym) && m.Code != "" && !d.Sents[si].Quoted[m.I] {
			if guestState(toks, m.I) {
				guest = m.Code
				continue
			}
			code = m.Code
		}
	}
	if code == "" && guest != "" {
		code = d.hostAfter(si, e, guest)
	}
	if code == "" {
		return ""
	}
	return d.G.CapitalCity(code)
}

// guestState: the state's mention at i stands right after "visiting"
// ("visiting Freedonian minister", "the visiting Freedonia delegation"):
// it tells whose the visitor is.
func guestState(toks []text.Token, i int) bool {
	return i > 0 && toks[i-1].Lower == "visiting"
}

// hostAfter: the one state other than the guest's that sentence si names,
// outside quotations, after token e; "" when none or more than one.
func (d *Reader) hostAfter(si, e int, guest string) string {
	code := ""
	for _, m := range d.Ments[si] {
		if m.I <= e || (m.Kind != mention.State && m.Kind != mention.Demonym) || m.Code == "" || m.Code == guest || d.Sents[si].Quoted[m.I] {
			continue
		}
		if code != "" && code != m.Code {
			return ""
		}
		code = m.Code
	}
	return code
}

// possessiveNonPlace: token j (just after a state's name) is "'s" and
// what the state owns is no place: none of the three words after it is
// capitalized (a region's own name, "Y's Darfur region") or a word for a
// region, settlement, venue, direction or capital ("Y's northern
// province", "Y's north", "Y's capital"). "in Y's crisis" names a matter.
func possessiveNonPlace(toks []text.Token, j int) bool {
	if j >= len(toks) || toks[j].Text != "'s" {
		return false
	}
	for e := j + 1; e < len(toks) && e <= j+3; e++ {
		t := toks[e]
		if !t.Word {
			break // the phrase ends
		}
		if t.Cap {
			return false
		}
		l := t.Lower
		if regionNouns[l] || settlementNouns[l] || venueNouns[l] || compassWords[l] || describedStateNouns[l] || l == "capital" || strings.HasSuffix(l, "ern") {
			return false
		}
	}
	return true
}

// sentStride packs a sentence and a mention index into one int
// (describedState).
const sentStride = 1 << 16

// describedState: token e opens "in the <Region> <noun>", a state told by
// a capitalized description and a noun for a country ("in the Gulf
// state", "in the Himalayan kingdom"; describedStateNouns), not followed
// by "of" ("in the Free State of X" names its own). The state is the
// last one the text named before it, in that sentence or the three
// before: returned as sentence*sentStride+mention, -1 when none.
func (d *Reader) describedState(si, e int) int {
	toks := d.Sents[si].Toks
	if e+3 >= len(toks) || toks[e].Lower != "in" || toks[e+1].Lower != "the" || d.Sents[si].Quoted[e] {
		return -1
	}
	n, capMod := e+2, false
	for ; n < len(toks) && n <= e+4 && toks[n].Word && !describedStateNouns[toks[n].Lower]; n++ {
		capMod = capMod || toks[n].Cap
	}
	if n >= len(toks) || n == e+2 || !capMod || !describedStateNouns[toks[n].Lower] || toks[n].Cap ||
		n+1 < len(toks) && toks[n+1].Lower == "of" {
		return -1
	}
	for _, m := range d.Ments[si] {
		if m.I >= e+2 && m.I < n && (m.Kind == mention.State || m.Kind == mention.Demonym || m.Kind == mention.City) {
			return -1 // "in the Qatari state": a mention of its own
		}
	}
	for s := si; s >= max(0, si-3); s-- {
		if d.Sents[s].Title {
			break
		}
		for j := len(d.Ments[s]) - 1; j >= 0; j-- {
			m := d.Ments[s][j]
			if s == si && m.I >= e {
				continue
			}
			if m.Kind == mention.State && m.Actor >= 0 && !d.Sents[s].Quoted[m.I] {
				return s*sentStride + j
			}
		}
	}
	return -1
}

var describedStateNouns = lex("describedStateNouns")

// capitalApposed: the city at token i follows "in the capital" or "at
// the capital", a comma between them or none: "met in the capital, X".
func capitalApposed(toks []text.Token, i int) bool {
	c := i - 1
	if c > 0 && toks[c].Text == "," {
		c--
	}
	return c > 1 && toks[c].Lower == "capital" && toks[c-1].Lower == "the" && (toks[c-2].Lower == "in" || toks[c-2].Lower == "at")
}

// cityQuarter: the city at token i follows a cityQuarters word that
// follows "in" or "at": "in central X", "in downtown Y".
func cityQuarter(toks []text.Token, i int) bool {
	return i > 1 && cityQuarters[toks[i-1].Lower] && (toks[i-2].Lower == "in" || toks[i-2].Lower == "at")
}

var cityQuarters = lex("cityQuarters")

// plightPreps open a plight before a city's name where the meeting was:
// "in occupied X", "at war-torn Y" (mention.PlightPlace).
var plightPreps = map[string]bool{"in": true, "at": true}

// haveVerbs: "had", "has", "have" (lexicon).
var haveVerbs = lex("haveVerbs")

// broughtTogether: a gatherVerbs word followed by "together" comes after
// the talks noun at k within its clause (ending at ce): "the talks brought
// together A and B" name the people who sat at them, so the talks took
// place.
func broughtTogether(toks []text.Token, k, ce int) bool {
	for e := k + 1; e+1 < ce && e+1 < len(toks); e++ {
		if gatherVerbs[toks[e].Lower] && toks[e+1].Lower == "together" {
			return true
		}
	}
	return false
}

var gatherVerbs = lex("gatherVerbs")

// gatheredSession: the sessionNouns word at k, after a determiner and up
// to two lower-case modifiers, is the subject of a gatherVerbs word and
// "together" within its sentence part: "The opening session in the hall
// brought together A, B and C" names those who sat at it, as "the summit
// brought together" does. "A session of parliament" (an "of" after it)
// and a session the sentence only mentions are not a sitting of talks.
func gatheredSession(toks []text.Token, k int) bool {
	if !sessionNouns[toks[k].Lower] || k+1 < len(toks) && toks[k+1].Lower == "of" {
		return false
	}
	b := k - 1
	for b >= 0 && k-b <= 3 && toks[b].Word && !toks[b].Cap && !sessionDeterminers[toks[b].Lower] {
		b--
	}
	if b < 0 || !sessionDeterminers[toks[b].Lower] {
		return false
	}
	for e := k + 1; e+1 < len(toks) && e <= k+8; e++ {
		if !toks[e].Word && toks[e].Text != "," {
			return false
		}
		if gatherVerbs[toks[e].Lower] && toks[e+1].Lower == "together" {
			return true
		}
	}
	return false
}

// sessionDeterminers open the subject of "brought together" in
// gatheredSession: "the opening session", "its first session".
var sessionDeterminers = lex("sessionDeterminers")

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// whereClause: the clause starting at cs is a relative ", where ..."
// about the place the clause before it names.
// namedCrossing: the words from token j name a border crossing of the
// name before them: "crossing", "border crossing", "border post" ("the X
// crossing", "the X border post"). "Post" or "point" alone does not: "the
// X Post" is a newspaper.
func namedCrossing(toks []text.Token, j int) bool {
	border := false
	for j < len(toks) && borderWords[toks[j].Lower] {
		border = true
		j++
	}
	return j < len(toks) && crossingNouns[toks[j].Lower] && (border || toks[j].Lower == "crossing")
}

// onTheBorder: the sentence says its event was "on the border" or "at
// the border".
func onTheBorder(toks []text.Token) bool {
	for e := 2; e < len(toks); e++ {
		if borderWords[toks[e].Lower] && toks[e-1].Lower == "the" && (toks[e-2].Lower == "on" || toks[e-2].Lower == "at") {
			return true
		}
	}
	return false
}

var (
	borderWords   = lex("borderWords")
	crossingNouns = lex("crossingNouns")
)

// tripTo: the name at token i ends a trip, "to" after an arrival verb
// with at most a short time phrase between ("flew to X", "travelled on
// Monday to X", "went yesterday to X"); a comma between cuts it off.
func tripTo(toks []text.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "to" {
		return false
	}
	for e := i - 2; e >= 0 && e >= i-4; e-- {
		if toks[e].Text == "," {
			return false
		}
		if arrivalVerbs[toks[e].Lower] {
			return true
		}
	}
	return false
}

func whereClause(toks []text.Token, cs int) bool {
	return cs >= 3 && toks[cs-1].Lower == "where" && toks[cs-2].Text == ","
}

// sameDelegation: two meetings' people include someone of the same state
// each: the same delegation's members, in different meetings of one visit.
func (d *Reader) sameDelegation(a, b []int) bool {
	for _, x := range a {
		s := d.Cast.Actors[x].Affiliation
		if s < 0 {
			continue
		}
		if slices.ContainsFunc(b, func(y int) bool { return d.Cast.Actors[y].Affiliation == s }) {
			return true
		}
	}
	return false
}

// SameDay: "On the same day, A received B", "A spoke with B the same
// afternoon": a meeting told without a date of its own took place on the
// day of the last meeting told before it with a day.
func (d *Reader) SameDay(ms []Frame) {
	for i := range ms {
		if ms[i].Date != "" {
			continue
		}
		if !sameDayPhrase(d.Sents[ms[i].Sent].Toks) {
			if inPerson(ms[i]) && dayPartOfStory(d.Sents[ms[i].Sent].Toks) {
				ms[i].Date = d.storyDay(ms, i)
			}
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if ms[j].Sent < ms[i].Sent && len(ms[j].Date) == len("2006-01-02") && !flashback(ms, j) {
				m := &ms[i]
				m.Date = ms[j].Date
				if m.Place == "" && m.Mode != graph.Call && m.Mode != graph.Virtual && m.Status == graph.Held && ms[j].Place != "" &&
					ms[j].Mode != graph.Call && ms[j].Mode != graph.Virtual && slices.ContainsFunc(m.Parts, func(a int) bool { return slices.Contains(ms[j].Parts, a) }) {
					// "Earlier on the same day, the visitor held talks
					// with C": the day's visit, where its meeting was
					// (p98, p105).
					m.Place = ms[j].Place
				}
				if m.Place == "" && m.Mode != graph.Call && m.Mode != graph.Virtual && m.Status == graph.Held && ms[j].Place != "" &&
					ms[j].Status == graph.Held && ms[j].Mode != graph.Call && ms[j].Mode != graph.Virtual && d.sameDelegation(m.Parts, ms[j].Parts) && !d.namesOtherCity(m.Sent) {
					// "The same day, the visiting foreign minister held
					// talks with his counterpart": the ministers of a
					// state visit meet where their leaders met that day
					// (p375, p556), though no one is in both meetings.
					m.Place = ms[j].Place
				}
				if m.Place == "" && m.Mode != graph.Call && m.Mode != graph.Virtual && m.Status == graph.Held && d.datelineHolds(m.Sent, m.Date) {
					m.Place = d.storyCity()
				}
				if m.Mode != graph.Call && m.Mode != graph.Virtual && m.Status == graph.Held && (m.Place == "" || d.dateline != "" && m.Place == d.storyCity()) {
					// "Earlier in the day, the foreign ministers met at
					// the ministry", in a story whose visitor "arrived in
					// X": the visit's city (arrivalCity, places.go).
					if c := d.arrivalCity(m.Sent, m.Date); c != "" {
						m.Place = c
					}
				}
				break
			}
		}
	}
}

// flashback: meeting j is dated before a meeting told ahead of it ("A
// received B on Thursday ... The summit followed a meeting of their
// ministers on Tuesday"): told out of the story's order, its day is not
// the day a later "later in the day" continues. Visits only: a roundup
// of calls runs back in time call by call (p70).
func flashback(ms []Frame, j int) bool {
	for i := 0; i < j; i++ {
		if ms[i].Sent < ms[j].Sent && ms[i].Status == graph.Held && inPerson(ms[i]) && inPerson(ms[j]) &&
			len(ms[i].Date) == len("2006-01-02") && ms[j].Date < ms[i].Date {
			return true
		}
	}
	return false
}

// inPerson: a meeting not told as a call or a video conference.
func inPerson(m Frame) bool { return m.Mode != graph.Call && m.Mode != graph.Virtual }

// sequenceAdverbs carry a story on from the event it last told in order:
// "later", "then".
var sequenceAdverbs = lex("sequenceAdverbs")

// sameDayWords end "the same day", "that same evening".
var sameDayWords = lex("sameDayNouns")

// sequenceOpener: the sentence opens with "Following this," or
// "Following that," (readouts chaining one talk to the next: p100, p115),
// or a bare "Earlier," or "Meanwhile," (wire copy stepping back or aside
// within the day it reports: p109, p148): the event it tells comes right beside the one told
// just before, on that day.
func sequenceOpener(toks []text.Token) bool {
	if len(toks) > 3 && toks[0].Lower == "following" && (toks[1].Lower == "this" || toks[1].Lower == "that") && toks[2].Text == "," {
		return true
	}
	if len(toks) > 4 && toks[0].Lower == "in" && toks[1].Lower == "the" && sameDayWords[toks[2].Lower] && toks[2].Lower != "day" && toks[3].Text == "," {
		// "In the afternoon, the minister also received X", "In the
		// evening, X hosted a dinner" (readouts going through a day:
		// p94, p309).
		return true
	}
	if len(toks) > 3 && toks[0].Lower == "then" && toks[0].Cap {
		// "Then the Chairman X met with Y", "Then, in the presence of
		// the leaders, ...": an agency's report of a visit going on
		// through its day, the scene after the one told just before
		// (issue 14's two-hundred-and-seventy-sixth round, p1690, p1686,
		// p1257).
		return true
	}
	return len(toks) > 2 && sameDayOpeners[toks[0].Lower] && toks[1].Text == ","
}

// sameDayOpeners: "Earlier," (p109), "Meanwhile," (p148).
var sameDayOpeners = lex("sameDayOpeners")

// sameDayPhrase: the sentence says "the same day" or "that same day" (or
// morning, afternoon, evening, night), "later that day" or "earlier in
// the day".
func sameDayPhrase(toks []text.Token) bool {
	if sequenceOpener(toks) {
		return true
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower == "same" && (toks[k-1].Lower == "the" || toks[k-1].Lower == "that") && sameDayWords[toks[k+1].Lower] {
			return true
		}
		if sameDayWords[toks[k+1].Lower] && toks[k].Lower == "that" && (toks[k-1].Lower == "later" || toks[k-1].Lower == "earlier") {
			// "Later that day", opening the sentence too (the two-
			// hundred-and-fifty-fourth round, p1560).
			return true
		}
		if k >= 2 && sameDayWords[toks[k+1].Lower] && toks[k].Lower == "the" && toks[k-1].Lower == "in" && (toks[k-2].Lower == "earlier" || toks[k-2].Lower == "later") {
			return true
		}
	}
	return false
}

// PastPerfect: the sentence tells an act before its own time ("Before
// leaving in the morning, X said he had spoken with Y"): a part of the day
// it names times another act, not that one.
func PastPerfect(toks []text.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if w := toks[k+1].Lower; toks[k].Lower == "had" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "met" || w == "held" || w == "told" || w == "had") {
			return true
		}
	}
	return false
}

// dayPartOfStory: "in the afternoon", "in the morning", "in the
// evening" tell a part of a day the text does not name, wherever they
// stand in the sentence: "In the afternoon X met Y" with no comma
// after it, "A and B held a separate meeting in the afternoon", "C met
// D in the morning but ...". A story tells the parts of the one day it
// is going through, so an in-person meeting so told with no date of its
// own is on the day the story has reached (storyDay, read in SameDay),
// as one after "In the afternoon," or "earlier in the day" is (issue 14's
// two-hundred-and-eighty-fourth round; p1536, p1039, p1335, p1448, p163,
// p58, p1332). Round 285 wrote the same reading as a late pass
// (extract.partOfDayOnly: held meetings and calls, "that evening",
// "later in the day", not after a past perfect); the merge kept both,
// since folding either into the other dated fewer probe meetings (3 and
// 15 fewer, docs/extraction-log.md). "in the morning of 5 May"
// dates itself, and "the day" is no part of one.
func dayPartOfStory(toks []text.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "the" || toks[k-1].Lower != "in" {
			continue
		}
		if w := toks[k+1].Lower; sameDayWords[w] && w != "day" && (k+2 >= len(toks) || toks[k+2].Lower != "of") {
			return true
		}
	}
	return false
}

// storyDay is the day a story has reached before meeting i: the latest
// day, not after the day the story counts from, among the held in-person
// meetings told before it and the days its earlier sentences tell ("late
// on Monday", "On Tuesday morning", "This morning", "to-day"; the
// dateline's own date left out, so "X met Y yesterday. In the afternoon
// ..." stays on yesterday). A call told before is no day the story goes
// through, and a plan none it has reached. "" when none is told.
func (d *Reader) storyDay(ms []Frame, i int) string {
	best := ""
	limit := ""
	if !d.published.IsZero() {
		limit = frame.Day(d.published)
	}
	take := func(v string) {
		if len(v) == len("2006-01-02") && (limit == "" || v <= limit) && v > best {
			best = v
		}
	}
	for j := 0; j < i; j++ {
		if ms[j].Sent < ms[i].Sent && ms[j].Status == graph.Held && inPerson(ms[j]) {
			take(ms[j].Date)
		}
	}
	for si := 0; si < ms[i].Sent; si++ {
		if d.Sents[si].Title {
			continue
		}
		toks := d.Sents[si].Toks
		for _, e := range frame.FindDatesIn(toks, 0, len(toks), d.published, d.storyTimes[si]) {
			if e.Days == 0 && !inDateline(toks, e.At) {
				take(e.Value)
			}
		}
	}
	return best
}

// togetherAt: "together" at token k of sentence si follows a form of "be"
// (past an adverb: "were last together", "had been together") and a city
// comes right after it ("in X", "in person in X"): the people of the
// clause met there, an encounter told by where they were (p231's "were
// last together in person in Bogor", p232's "in Cobija", p234's "in
// Riga"). Without a city it says nothing of a meeting ("were together on
// the issue", "together in government").
func (d *Reader) togetherAt(si, k int) bool {
	toks := d.Sents[si].Toks
	if toks[k].Lower != "together" {
		return false
	}
	e := k - 1
	for e >= 0 && k-e <= 2 && togetherAdverbs[toks[e].Lower] {
		e--
	}
	if e < 0 || !beForms[toks[e].Lower] {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I > k && m.I <= k+4 && m.Kind == mention.City && m.Actor < 0 && (toks[m.I-1].Lower == "in" || toks[m.I-1].Lower == "at") {
			for e := k + 1; e < m.I-1; e++ {
				if !toks[e].Word || toks[e].Cap {
					return false
				}
			}
			return true
		}
	}
	return false
}

// beForms and togetherAdverbs: "were last together", "had been together".
var (
	beForms         = lex("beForms")
	togetherAdverbs = lex("togetherAdverbs")
)

// shiftedDay: sentence si, up to ce, dates its meeting by days counted
// from the meeting told before it ("The previous day, A had met B", "The
// next day he flew to X, where he spent the afternoon with Y", "two days
// later"): that meeting's day moved by the count (p112, p171, p207). ""
// when the sentence says no such thing or no meeting before has a day.
func (d *Reader) shiftedDay(prev []Frame, si, ce int) string {
	toks := d.Sents[si].Toks
	if ce > 0 && ce+1 < len(toks) && toks[ce-1].Lower == "the" && toks[ce].Lower == "following" {
		// "A called on B at the palace the following day": "following",
		// a clause break as a preposition ("following talks with C"),
		// is the adjective of a day here, and the phrase the
		// predicate's (the four-hundred-and-thirty-second round, p2626).
		ce += 2
	}
	n, ok := frame.DayShift(toks, 0, ce)
	if !ok {
		return ""
	}
	// The event told just before may be no meeting ("initialled it on
	// Sunday evening. The following morning, A was received by B"): the
	// last day the sentence before tells is the one counted from (p296).
	if si > 0 {
		if t, err := time.Parse("2006-01-02", d.lastDay(si-1)); err == nil {
			return frame.Day(t.AddDate(0, 0, n))
		}
	}
	for i := len(prev) - 1; i >= 0; i-- {
		if len(prev[i].Date) != len("2006-01-02") {
			continue
		}
		t, err := time.Parse("2006-01-02", prev[i].Date)
		if err != nil {
			return ""
		}
		return frame.Day(t.AddDate(0, 0, n))
	}
	// No meeting of the last sentences has a day: the nearest day told
	// further back is the one counted from, past a step back told as a
	// range ("On 4 May the Heads of State held talks. ... Prior to the
	// visit, the commission met on 1-2 May. ... The next day the
	// President travelled to X": p333; "had met ten days earlier", p225),
	// and past the day a report was made ("met on Wednesday, the ministry
	// said on Thursday. ... The previous day, A had met B": p112).
	for sj := si - 2; sj >= 0; sj-- {
		if t, err := time.Parse("2006-01-02", d.lastEventDay(sj)); err == nil {
			return frame.Day(t.AddDate(0, 0, n))
		}
	}
	return ""
}

// lastEventDay is lastDay without a day that follows a verb of reporting
// ("the ministry said on Thursday"): the day of the last event sentence si
// tells, "" when it tells none.
func (d *Reader) lastEventDay(si int) string {
	toks := d.Sents[si].Toks
	ds := frame.FindDatesIn(toks, 0, len(toks), d.published, d.storyTimes[si])
	for j := len(ds) - 1; j >= 0; j-- {
		if len(ds[j].Value) == len("2006-01-02") && ds[j].Days == 0 && !reportedBefore(toks, ds[j].At) {
			return ds[j].Value
		}
	}
	return ""
}

// toldEventDay: sentence si names by an adjunct, with a noun in -ing, an
// event the story told before with its day ("The leaders signed the
// treaty on Sunday. Before the signing, they were received by X"; "signed
// on Monday ... held a closed meeting for one hour before the signing";
// "On the sidelines of the signing, A held talks with B"): that day, from
// the nearest sentence before that tells the event's verb with a day, past
// a retelling without one (p280, p282, p300). Of that sentence's days the
// one nearest the verb is the event's, not the last: "signed on Thursday,
// ending a dispute that began when ... on May 1" (issue 14's
// five-hundred-and-fifty-fourth round; p3359, p828, p1313, p1197). ""
// when there is none.
func (d *Reader) toldEventDay(si, ce int) string {
	toks := d.Sents[si].Toks
	stem := ""
	for k := 2; k < len(toks); k++ {
		w := toks[k].Lower
		if toks[k-1].Lower == "the" && toldEventPreps[toks[k-2].Lower] && len(w) > 6 && strings.HasSuffix(w, "ing") {
			if k+1 < len(toks) && toks[k+1].Word {
				continue // "before the signing of X": an event of its own
			}
			stem = strings.TrimSuffix(w, "ing")
			break
		}
	}
	if stem == "" {
		return ""
	}
	return d.dayNearTold(si, func(w string) bool { return strings.HasPrefix(w, stem) })
}

// toldMeeting: sentence si opens with an adjunct naming a meeting the
// story told before, "After (Before, Following) the (their) <meeting
// noun>," ("After the summit, A met B"): the meeting that sentence tells
// with no day of its own was on the day of the nearest sentence before
// that names the noun with a day, the day nearest the noun, and where
// that meeting was. It returns the day, and the sentence and token of
// the noun there. Without it the encounter took the day of whatever the
// sentence before told, and a story that recalled the leaders' first
// summit of two years before put the later encounter on that old day
// (issue 14's two-hundred-and-sixty-fifth round, p1622; p227, p264).
// "" and -1 when the sentence opens no such adjunct or no sentence
// before tells its day.
func (d *Reader) toldMeeting(si int) (string, int, int) {
	toks := d.Sents[si].Toks
	if len(toks) < 4 || !toldMeetingPreps[toks[0].Lower] || toks[1].Lower != "the" && toks[1].Lower != "their" ||
		!frame.MeetingNouns[toks[2].Lower] || toks[3].Text != "," {
		return "", -1, -1
	}
	noun := toks[2].Lower
	for sj := si - 1; sj >= 0; sj-- {
		pt := d.Sents[sj].Toks
		best, bk, gap := "", -1, 0
		for _, e := range frame.FindDatesIn(pt, 0, len(pt), d.published, d.storyTimes[sj]) {
			if len(e.Value) != len("2006-01-02") || e.Days != 0 {
				continue
			}
			for k, t := range pt {
				if t.Lower != noun {
					continue
				}
				if g := abs(k - e.At); best == "" || g < gap {
					best, bk, gap = e.Value, k, g
				}
			}
		}
		if best != "" {
			return best, sj, bk
		}
	}
	return "", -1, -1
}

// toldMeetingPreps open an adjunct that names a meeting told before:
// "After the summit,", "Before the talks,", "Following their meeting,".
var toldMeetingPreps = lex("toldMeetingPreps")

// toldEventTime: a clause with no time of its own dated by an event the
// sentence just before told with its time ("... last month's
// announcement by A and B. They spoke by phone the day before the
// announcement"): "before" or "after", "the" and a noun of an event
// (eventNounEnds: "announcement", "election", "signing", "arrival") that
// the sentence before holds outside quotes. Its time is that sentence's
// nearest the noun: a month or year as told, a day shifted by "the day
// before/after" (the hundred-and-sixty-second round). The phrase may open
// a clause of its own after the predicate's ("They spoke by phone the day
// before the announcement"). "" when the noun is not in the sentence
// before or that sentence tells no time.
func (d *Reader) toldEventTime(si int) string {
	if si == 0 || d.Sents[si-1].Title {
		return ""
	}
	toks := d.Sents[si].Toks
	prev := d.Sents[si-1].Toks
	for k := 2; k < len(toks); k++ {
		p, w := toks[k-2].Lower, toks[k].Lower
		if toks[k-1].Lower != "the" || p != "before" && p != "after" || !toks[k].Word || toks[k].Cap || !eventNoun(w) {
			continue
		}
		if k+1 < len(toks) && toks[k+1].Lower == "of" {
			return "" // "before the signing of X": an event of its own
		}
		pk := slices.IndexFunc(prev, func(t text.Token) bool { return t.Lower == w })
		if pk < 0 || d.Sents[si-1].Quoted[pk] {
			return ""
		}
		date := d.nearestDate(si-1, pk)
		if len(date) == len("2006-01-02") {
			if k < 4 || toks[k-3].Lower != "day" || toks[k-4].Lower != "the" {
				return date
			}
			t, err := time.Parse("2006-01-02", date)
			if err != nil {
				return ""
			}
			if p == "before" {
				return frame.Day(t.AddDate(0, 0, -1))
			}
			return frame.Day(t.AddDate(0, 0, 1))
		}
		return date
	}
	return ""
}

// nearestDate is the time told nearest token k of sentence si, in tokens
// either way: the antecedent noun closes its clause ("agreed on Thursday
// ..., after a meeting"), so the clause-opening preference of dateOf,
// which a dateline left in the text ("Kingstown, Dec 15 (PL) The
// presidents ...") would win, does not apply.
func (d *Reader) nearestDate(si, k int) string {
	best, bestDist := "", 1<<30
	for _, x := range frame.FindDatesIn(d.Sents[si].Toks, 0, len(d.Sents[si].Toks), d.published, d.storyTimes[si]) {
		if !d.published.IsZero() && (len(x.Value) == 10 && x.Value > frame.Day(d.published) || len(x.Value) == 7 && x.Value > frame.Month(d.published)) {
			continue // a time to come ("a truce starting on August 4") is no held meeting's
		}
		if sequelHeldAt(d.Sents[si].Toks, x.At, -1) {
			continue // "the work of the conference held in X in June": the older meeting's
		}
		if dist := abs(x.At - k); dist < bestDist {
			best, bestDist = x.Value, dist
		}
	}
	return best
}

// eventNoun: a noun that names an event by its ending ("announcement",
// "election", "decision", "signing", "arrival"), not a person or a thing.
func eventNoun(w string) bool {
	if len(w) < 6 {
		return false
	}
	for end := range eventNounEnds {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// eventNounEnds are the endings of nouns that name events (eventNoun).
var eventNounEnds = lex("eventNounEnds")

// dayNearTold is the day of the nearest sentence before si that holds a
// word told (the event's verb) and a day, past a retelling without one,
// read for the event's own day: of the single days that sentence tells,
// the one nearest the event's word, not the last. "The conference came
// close to breaking up this morning when A demanded an apology for the
// plane shot down on May 1" holds the conference on the morning's day;
// the later day is the plane's, told in a clause of its own.
func (d *Reader) dayNearTold(si int, told func(lower string) bool) string {
	for sj := si - 1; sj >= 0; sj-- {
		pt := d.Sents[sj].Toks
		var at []int
		for k, t := range pt {
			if told(t.Lower) {
				at = append(at, k)
			}
		}
		if len(at) == 0 {
			continue
		}
		best, gap := "", 0
		for _, e := range frame.FindDatesIn(pt, 0, len(pt), d.published, d.storyTimes[sj]) {
			if len(e.Value) != len("2006-01-02") || e.Days != 0 {
				continue
			}
			for _, k := range at {
				g := k - e.At
				if g < 0 {
					g = -g
				}
				if best == "" || g < gap {
					best, gap = e.Value, g
				}
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// lastDay is the last single day (no range) sentence si tells, "" when it
// tells none.
func (d *Reader) lastDay(si int) string {
	toks := d.Sents[si].Toks
	ds := frame.FindDatesIn(toks, 0, len(toks), d.published, d.storyTimes[si])
	for j := len(ds) - 1; j >= 0; j-- {
		if len(ds[j].Value) == len("2006-01-02") && ds[j].Days == 0 {
			return ds[j].Value
		}
	}
	return ""
}

// ThatPartDay: sentence si times its meeting by "that evening" ("that
// morning", "that afternoon", "that night") and tells one full day before
// it, in a clause of its own ("A, who flew in on Sunday, called on B that
// evening", "C flew to P on Monday, and D hosted a banquet for him that
// evening"): the demonstrative points back to that day, not to the day the
// story told last (the three-hundred-and-thirty-fourth round; p2036,
// p1291). "" when the sentence has no such "that" or tells no day, or
// more than one, before it.
func (d *Reader) ThatPartDay(si int) string {
	toks := d.Sents[si].Toks
	at := -1
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower == "that" && thatDayParts[toks[k+1].Lower] && toks[k-1].Lower != "same" && !d.Sents[si].Quoted[k] {
			at = k
			break
		}
	}
	if at < 0 {
		return ""
	}
	day := ""
	for _, x := range frame.FindDatesIn(toks, 0, at, d.published, d.storyTimes[si]) {
		if len(x.Value) != len("2006-01-02") || x.Days != 0 {
			continue
		}
		if day != "" && day != x.Value {
			return ""
		}
		day = x.Value
	}
	return day
}

// thatDayParts end "that evening": the parts of a day ThatPartDay reads.
var thatDayParts = lex("thatDayParts")

// toldEventPreps: "before the signing", "on the sidelines of the signing".
var toldEventPreps = lex("toldEventPreps")

// personBefore: a person's mention of sentence si ends at token e.
// postTown: the city mention opening at token i completes a post after
// "of": a person's title ("Mayor Ana Lopes of Praia") or a town's post
// ("the mayor of X, Y", townPosts). It tells whose town the post is,
// not where a meeting was.
func (d *Reader) postTown(si, i int) bool {
	toks := d.Sents[si].Toks
	if i < 2 || toks[i-1].Lower != "of" {
		return false
	}
	return d.personBefore(si, i-1) || townPosts[toks[i-2].Lower]
}

func (d *Reader) personBefore(si, e int) bool {
	for _, o := range d.Ments[si] {
		if o.J == e && o.Kind == mention.Person {
			return true
		}
	}
	return false
}

// StoryDay is the day the lead (the first sentence after the headline)
// dates the story's event ("signed a peace accord on Friday", "met in
// Manama on Tuesday"), when that day falls in the week before
// publication: news of the day. "" when the lead dates no such day.
func (d *Reader) StoryDay() string { return d.leadDayOf(false) }

// leadDayOf is StoryDay; withRange also takes the first day of a range
// the lead tells ("met on February 27-28").
func (d *Reader) leadDayOf(withRange bool) string {
	if d.published.IsZero() {
		return ""
	}
	si := d.leadSentence()
	if si < 0 {
		return ""
	}
	toks := d.Sents[si].Toks
	for _, e := range frame.FindDates(toks, 0, len(toks), d.published) {
		t, err := time.Parse("2006-01-02", e.Value)
		if err != nil || e.Days != 0 && !withRange || inDateline(toks, e.At) {
			continue
		}
		if plannedBefore(toks, e.At) {
			return "" // "talks are set to resume on Sunday": no day's news yet
		}
		if reportedBefore(toks, e.At) {
			continue // "sources told CBS News on Saturday": the report's day
		}
		if age := d.published.Sub(t); age >= 0 && age <= 7*24*time.Hour {
			return e.Value
		}
		return "" // the lead's first day is another time: no news of the day
	}
	return ""
}

// plannedBefore: the stretch of the lead before the date at, back to a
// comma, holds a word of plans ("are set to resume on Sunday", "is
// expected to sign on Friday"): the day is of an event to come, no story
// day (a build-half article).
func plannedBefore(toks []text.Token, at int) bool {
	return wordBefore(toks, at, len(toks), frame.PlannedWords)
}

// reportedBefore: a verb of reporting stands just before the date at, in
// its clause ("two sources told CBS News on Saturday", "officials said on
// Friday"): the day the news was told, not the day of what it tells.
func reportedBefore(toks []text.Token, at int) bool {
	return wordBefore(toks, at, 6, reportVerbs)
}

// wordBefore: one of words stands in the reach tokens before at, back to
// a comma.
func wordBefore(toks []text.Token, at, reach int, words map[string]bool) bool {
	for e := at - 1; e >= 0 && at-e <= reach && toks[e].Text != ","; e-- {
		if words[toks[e].Lower] {
			return true
		}
	}
	return false
}

// inDateline: token at follows only a dateline's capitals and commas
// ("ULAANBAATAR, 22 May 2019 /AGENCY/. On 21 May, ..."): the filing's
// day, not the event's (p309).
func inDateline(toks []text.Token, at int) bool {
	for _, t := range toks[:at] {
		if t.Word && t.Text != strings.ToUpper(t.Text) {
			return false
		}
	}
	return at > 0
}

// leadSentence is the index of the first sentence after the headline, -1
// when there is none.
func (d *Reader) leadSentence() int {
	for si := range d.Sents {
		if !d.Sents[si].Title && !datelineOnly(d.Sents[si].Toks) && !issuerLine(d.Sents[si].Toks) {
			return si
		}
	}
	return -1
}

// LeadMeetingDay: the day of the meeting the lead tells in place, when
// a later sentence si tells an undated held meeting there — "Envoys of A
// and B met on Tuesday in P. ... X hosted the two delegations for five
// hours at a guest house, said a statement released late on Tuesday"
// (the two-hundred-and-fifty-fifth round, p1562): the lead's meeting,
// though its sides name no person, is the one retold, on its day. The
// lead's meeting predicate (Meet or Talks, not a signing: "signed a pact
// in X on Tuesday" tells no meeting a later scene retells) must have
// place as its own place and a date of its own, and si tell no earlier
// or repeated meetings (notRetoldWords: "had met", "three times"); ""
// otherwise.
func (d *Reader) LeadMeetingDay(si int, place string) string {
	lead := d.leadSentence()
	if lead < 0 || lead >= si || frame.AnyWord(d.Sents[si].Toks, 0, len(d.Sents[si].Toks), notRetoldWords) {
		return ""
	}
	s := &d.Sents[lead]
	for k, t := range s.Toks {
		c := frame.Triggers[t.Lower]
		if (c != frame.Meet && c != frame.Talks) || s.Quoted[k] || frame.MeetingNouns[t.Lower] || signVerbs[t.Lower] || nameVerbs[t.Lower] {
			continue // a signing is no meeting the story retells ("signed a pact in X on Tuesday")
		}
		cs, ce := s.Clause(k)
		if d.PlaceOf(lead, k, cs, ce) != place {
			continue
		}
		return d.dateOf(lead, k, cs, ce, graph.Held)
	}
	return ""
}

// notRetoldWords in a sentence tell meetings before the lead's event or
// several of them ("had carried the bargaining and met X three times
// during the week"): not the lead's meeting retold (LeadMeetingDay).
var notRetoldWords = lex("notRetoldWords")

// datelineOnly: a dated line set off as a sentence of its own ("14 March
// 2024."): no word with a lower-case letter. The lead is the sentence
// after it (p46).
func datelineOnly(toks []text.Token) bool {
	return !slices.ContainsFunc(toks, func(t text.Token) bool { return t.Word && !t.Cap && t.Text != strings.ToUpper(t.Text) })
}

// issuerLine: a line set off before the lead that names the body issuing
// a release ("Government of X", "Ministry of Y, Government of X",
// "Office of the Spokesperson"), or a credit or headline in title case:
// capitalized words and the small words of a name only ("of", "the",
// "and", "for"), no lower-case verb, no closing period. The lead is the
// sentence after it, as after a dated line (p1099, p856, p581).
func issuerLine(toks []text.Token) bool {
	small := 0
	for _, t := range toks {
		switch {
		case !t.Word:
		case issuerSmallWords[t.Lower]:
			small++
		case !t.Cap:
			return false
		}
	}
	return small > 0 && len(toks) > 0 && toks[len(toks)-1].Text != "."
}

// issuerSmallWords are the lower-case words of an issuing body's name.
var issuerSmallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true}

// OfStoryDay: held meeting m, told further down with no time of its own,
// is a scene of the day the lead reports, not of some day of the month
// ("X held the closing session with Y at the foreign ministry", "A sat
// down with B at a hotel" under a lead dated Tuesday: p261, p287, p323,
// p335). Its sentence tells no time at all and nothing done before
// ("had met", "previously"), it is no call, and it is set where the lead
// is, or nowhere said.
func (d *Reader) OfStoryDay(m Frame) bool {
	ls := d.leadSentence()
	if ls < 0 || m.Status != graph.Held || !inPerson(m) || m.Date != "" || m.Sent <= ls {
		return false
	}
	toks := d.Sents[m.Sent].Toks
	if recordDates(toks, d.published) > 0 || priorEvent(toks) || pastPerfect(toks) || ownEvent(toks) || periodOfItsOwn(toks) {
		return false
	}
	if lead := d.Sents[ls].Toks; frame.SpanOfDays(lead) && !frame.AnyWord(toks, 0, len(toks), singleOccasionWords) {
		// "agreed on Thursday after three days of talks ... A's
		// delegation met B's team at a hotel": the talks as a whole, over
		// those days (p214); "held the closing session" is one of them
		// (p261).
		return false
	}
	if lead := d.Sents[ls].Toks; visitTimed(toks) && !frame.AnyWord(lead, 0, len(lead), visitWords) && frame.AnyWord(lead, 0, len(lead), frame.MeetingNouns) {
		// "During his visit, X paid a courtesy call on Y" after a lead
		// that dates a session of talks, one event of the visit: some
		// day of the visit, told by the month (p389, p419). A lead that
		// dates the visit itself ("paid an official visit to X on 13
		// March", p04, p46) or tells no session ("signed a pact on 10
		// September") dates its scenes.
		return false
	}
	// A lead that brings its traveller back from a trip (returnTrip)
	// sets its scenes on the trip, in its days, and the homecoming's
	// scene under the dateline ("went straight from the airport to the
	// presidential office, where he briefed X") on the day of the return.
	return m.Place == "" || m.Place == d.storyCity() || d.leadNames(m.Place) || m.Place == d.returnTrip() || d.dateline != "" && m.Place == d.dateline && d.returnTrip() != ""
}

// recordDates counts the dates of a sentence but those after "since" in a
// record phrase ("on the first visit by a head of state since 2005",
// "the first such talks since March"): the record runs from that time, it
// does not time the sentence's meeting (the two-hundred-and-sixty-second
// round, p1608). "since" with no ordinal or "only" before it in its
// clause counts: "have not met since 2005" times a gap.
func recordDates(toks []text.Token, pub time.Time) int {
	n := 0
	for _, e := range frame.FindDates(toks, 0, len(toks), pub) {
		if e.At > 0 && toks[e.At-1].Lower == "since" && recordOrdinalBefore(toks, e.At-1) {
			continue
		}
		n++
	}
	return n
}

// recordOrdinalBefore: an ordinal of a record ("first", "only": lexicon
// recordOrdinals) stands after a determiner within the eight words before
// token k, back to a comma.
func recordOrdinalBefore(toks []text.Token, k int) bool {
	for e := k - 1; e > 0 && k-e <= 8 && toks[e].Text != ","; e-- {
		if recordOrdinals[toks[e].Lower] && ordinalDeterminers[toks[e-1].Lower] {
			return true
		}
	}
	return false
}

// priorEvent: a priorEventWords word ("previously", "first met", "prior
// talks") sets the sentence's meeting before the story's day. "first"
// after a determiner is an ordinal of a record, not that adverb: "X, on
// the first visit by a head of state since 2005, held talks with Y" tells
// the visit's rank, and its talks are the day's (the
// two-hundred-and-sixty-second round, p1608). "for the first time" is
// the adverb's sense again, the encounter's place in the pair's history
// ("which brought A and B together for the first time").
func priorEvent(toks []text.Token) bool {
	for k, t := range toks {
		if !priorEventWords[t.Lower] {
			continue
		}
		if recordOrdinals[t.Lower] && k > 0 && ordinalDeterminers[toks[k-1].Lower] && (k+1 >= len(toks) || toks[k+1].Lower != "time") {
			continue
		}
		if sequenceFirst(toks, k) {
			continue
		}
		return true
	}
	return false
}

// sequenceFirst: the "first" at k opens a sequence of the day's scenes
// that a later "then" goes on with — "met first with X and then with Y",
// "received them separately, first X and then Y" — not a time before the
// story's day ("first met in Geneva"): no verb follows it, and "then"
// comes later in the sentence (issue 14's two-hundred-and-seventy-fifth
// round, p548).
func sequenceFirst(toks []text.Token, k int) bool {
	if toks[k].Lower != "first" || k+1 >= len(toks) || frame.LooksVerb(toks, k+1) {
		return false
	}
	for e := k + 2; e < len(toks); e++ {
		if toks[e].Lower == "then" {
			return true
		}
	}
	return false
}

// ordinalDeterminers stand before an ordinal adjective: "the first
// visit", "his first trip".
var ordinalDeterminers = lex("ordinalDeterminers")

// visitTimed: the sentence opens by timing its event by a visit: "During
// his visit, ...", "In the framework of the visit, ...".
func visitTimed(toks []text.Token) bool {
	if len(toks) == 0 || !visitTimePreps[toks[0].Lower] {
		return false
	}
	for k := 1; k < len(toks) && k <= 6 && toks[k].Text != ","; k++ {
		if visitWords[toks[k].Lower] && (toks[k-1].Lower == "the" || frame.AnyWord(toks, k-1, k, possessiveDets)) {
			return true
		}
	}
	return false
}

var (
	visitTimePreps = lex("visitTimePreps")
	visitWords     = lex("visitWords")
	possessiveDets = lex("possessiveDets")
)

// ownEvent: the tokens time their meeting by an event named with an
// object of its own ("Before the signing of the annexes, ...", "before
// the end of his visit"): some other moment, whose day the story need not
// have told (toldEventDay; p309).
// "after the signing to discuss" and "of the meeting" are no such time
// (p289, p89).
func ownEvent(toks []text.Token) bool {
	for k := 2; k+1 < len(toks); k++ {
		if toks[k-1].Lower == "the" && toldEventPreps[toks[k-2].Lower] && toks[k-2].Lower != "of" && toks[k].Word && !toks[k].Cap && toks[k+1].Lower == "of" {
			return true
		}
	}
	return false
}

// singleOccasionWords: "closing", "final" (lexicon).
var singleOccasionWords = lex("singleOccasionWords")

// priorEventWords: "previously", "once" (lexicon).
var priorEventWords = lex("priorEventWords")

// PastPerfect reports pastPerfect for the sentence si: it tells an event
// before the story's day ("had met", "had conferred").
func (d *Reader) PastPerfect(si int) bool {
	return pastPerfect(d.Sents[si].Toks)
}

// pastPerfect: the tokens hold "had" before a past participle ("had met",
// "had first discussed"), an event before the story's day; "had a
// meeting", "had talks" tell the meeting itself (p46).
func pastPerfect(toks []text.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Lower != "had" {
			continue
		}
		e := k + 1
		if priorEventWords[toks[e].Lower] && e+1 < len(toks) {
			e++ // "had first discussed"
		}
		w := toks[e].Lower
		if toks[e].Word && !toks[e].Cap && (perfectParticiples[w] || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en"))) {
			return true
		}
	}
	return false
}

// periodOfItsOwn: the sentence opens with a stretch of time no date is
// read from ("Earlier this year, A held talks with B", "Last week, ..."):
// the meeting's own time, not the lead's day (the thirteenth round's
// minimal pair). Further in, such a phrase may time another event ("an
// accord that lapsed last year", p170).
func periodOfItsOwn(toks []text.Token) bool {
	for k := 1; k < len(toks) && k <= 3; k++ {
		if periodNouns[toks[k].Lower] && periodDeictics[toks[k-1].Lower] {
			return true
		}
	}
	return false
}

var (
	periodNouns    = lex("periodNouns")
	periodDeictics = lex("periodDeictics")
)

// perfectParticiples: "met", "held" (lexicon).
var perfectParticiples = lex("perfectParticiples")

// leadNames: the lead sentence names the city place.
func (d *Reader) leadNames(place string) bool {
	si := d.leadSentence()
	if si < 0 {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.Kind == mention.City && m.City == place {
			return true
		}
	}
	return false
}

// eveDay: sentence si, up to ce, dates its meeting by the eve of an
// event ("On the eve of the talks, A and B dined together", "On the eve
// of these meetings, A held a call with B"): the day before that event's
// day, from the nearest sentence before that names the event with a day,
// else from the lead's day, the story's event (p94, p332, p336). "" when
// the sentence says no such thing or no day is known.
func (d *Reader) eveDay(si, ce int) string {
	toks := d.Sents[si].Toks
	noun := ""
	for k := 2; k+2 < ce && k+2 < len(toks); k++ {
		if toks[k].Lower != "eve" || toks[k-1].Lower != "the" || toks[k+1].Lower != "of" || !eveDeterminers[toks[k+2].Lower] {
			continue
		}
		for e := k + 3; e < len(toks) && e <= k+6 && toks[e].Word; e++ {
			if !toks[e].Cap {
				noun = toks[e].Lower // past a name: "the NATO summit"
				break
			}
		}
		break
	}
	shift, near := -1, 0
	if noun == "" {
		noun, shift = dayBesideMeetingNoun(toks, ce)
		near = gatheringDayGap
	}
	if len(noun) < 4 {
		return ""
	}
	stem := noun[:len(noun)-1] // "meetings" and "meeting", "talks" and "talk"
	day := d.dayNearTold(si, func(w string) bool { return strings.HasPrefix(w, stem) })
	if near > 0 {
		day = d.dayCloseTo(si, near, func(w string) bool { return strings.HasPrefix(w, stem) })
	}
	if day == "" {
		day = d.leadDayOf(true)
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	return frame.Day(t.AddDate(0, 0, shift))
}

// dayBesideMeetingNoun: the clause up to ce sets its meeting a day off a
// gathering the story tells elsewhere with its day ("A had met B the day
// before the talks opened", "a day after the summit, A called B"): "the"
// or "a", "day", "before" or "after", "the" and a meeting noun
// (frame.MeetingNouns). It returns the noun and the shift in days, -1
// before and +1 after; "" when the clause says no such thing. A noun of
// any other event ("the day before the announcement") is toldEventTime's,
// which reads it only from the sentence just before; a gathering is the
// story's event, whose day the lead often holds (the four-hundred-and-
// thirty-second round: p2625).
func dayBesideMeetingNoun(toks []text.Token, ce int) (string, int) {
	for k := 1; k+3 < ce && k+3 < len(toks); k++ {
		if toks[k].Lower != "day" || toks[k-1].Lower != "the" && toks[k-1].Lower != "a" || toks[k+2].Lower != "the" {
			continue
		}
		shift := 0
		switch toks[k+1].Lower {
		case "before":
			shift = -1
		case "after":
			shift = 1
		}
		if w := toks[k+3].Lower; shift != 0 && !toks[k+3].Cap && frame.MeetingNouns[w] {
			return w, shift
		}
	}
	return "", 0
}

// gatheringDayGap: at most this many tokens between a gathering's noun
// and the day told as its own ("began border talks at a castle near the
// capital on Friday"); a day further off belongs to another clause ("the
// talks, sought by the council since a truce began on Monday", p2487).
const gatheringDayGap = 8

// dayCloseTo is the single day told at most gap tokens from a word told
// (the gathering's noun) in the nearest sentence before si that has one,
// "" when there is none.
func (d *Reader) dayCloseTo(si, gap int, told func(lower string) bool) string {
	for sj := si - 1; sj >= 0; sj-- {
		pt := d.Sents[sj].Toks
		best, bestGap := "", gap+1
		for _, e := range frame.FindDatesIn(pt, 0, len(pt), d.published, d.storyTimes[sj]) {
			if len(e.Value) != len("2006-01-02") || e.Days != 0 {
				continue
			}
			for k, t := range pt {
				if told(t.Lower) && abs(k-e.At) < bestGap {
					best, bestGap = e.Value, abs(k-e.At)
				}
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// eveDeterminers: "the eve of the talks", "of these meetings" (lexicon).
var eveDeterminers = lex("eveDeterminers")

// putOffWords, after a passive auxiliary, say that a meeting was put off:
// "was postponed", "has been delayed", "were called off".
var putOffWords = lex("putOffWords")

// putOffPastRelative: the meeting noun at k is the subject of a passive
// "was postponed" (or "called off", "put off") told past the relative
// clause that ends its phrase at ce: "a meeting between A and B that had
// been due to take place on Wednesday was postponed", "talks between A
// and B, which the envoy had planned to host, have been put off". The
// clause's own verb ("that had been postponed in May was held") is the
// relative's, not the meeting's, and is left alone.
func putOffPastRelative(toks []text.Token, k, ce int) bool {
	if ce >= len(toks) {
		return false
	}
	rel := ce
	if toks[rel].Text == "," && rel+1 < len(toks) {
		rel++
	}
	if l := toks[rel].Lower; l != "that" && l != "which" {
		return false
	}
	for e := rel + 1; e+1 < len(toks) && e-k <= 40; e++ {
		l := toks[e].Lower
		if l == ";" || frame.Triggers[l] > 0 && frame.MeetingNouns[l] {
			return false // another clause, or another meeting
		}
		if l != "was" && l != "were" && l != "is" && l != "are" && l != "been" {
			continue
		}
		start := e // the auxiliary chain: "has been", "had been", "was"
		for start > 0 && (toks[start-1].Lower == "has" || toks[start-1].Lower == "have" || toks[start-1].Lower == "had") {
			start--
		}
		w := e + 1
		if w < len(toks) && strings.HasSuffix(toks[w].Lower, "ly") && !toks[w].Cap {
			w++ // "was abruptly postponed"
		}
		if w >= len(toks) || !putOff(toks, w) {
			continue
		}
		p := toks[start-1].Lower
		return p != "that" && p != "which" && p != "who"
	}
	return false
}

// putOff: toks[w] starts "postponed", "called off" or "put off".
func putOff(toks []text.Token, w int) bool {
	l := toks[w].Lower
	if putOffWords[l] {
		return true
	}
	off := w+1 < len(toks) && toks[w+1].Lower == "off"
	back := w+1 < len(toks) && toks[w+1].Lower == "back"
	return off && (l == "called" || l == "put") || back && l == "pushed"
}

// unarranged: the verb of the noun predicate at k, after its phrase and
// any inserted clause (", which X proposed for next week,"), says that the
// meeting is only being arranged: a negated arrangement ("a meeting
// between A and B has not yet been arranged", "... was never fixed") or a
// proposal ("had been proposed", "was mooted", "had been discussed for
// next month"). Such a meeting is planned, not held. The first auxiliary
// after the noun decides; a clause break or another meeting noun before
// it ends the search.
func unarranged(toks []text.Token, k int) bool {
	for e := k + 1; e+1 < len(toks) && e-k <= 24; e++ {
		l := toks[e].Lower
		if toks[e].Text == "," && e+1 < len(toks) && (frame.RelativeWords[toks[e+1].Lower] || toks[e+1].Lower == "that" || strings.HasSuffix(toks[e+1].Lower, "ed")) {
			// An inserted clause: the noun's verb comes after its
			// closing comma.
			c := slices.IndexFunc(toks[e+1:min(len(toks), e+16)], func(t text.Token) bool { return t.Text == "," })
			if c < 0 {
				return false
			}
			e += c + 1
			continue
		}
		if frame.ClauseBreaks[l] || toks[e].Text == ";" || frame.MeetingNouns[l] {
			return false
		}
		if !arrangeAux[l] {
			continue
		}
		neg := false
		j := e + 1
		for ; j < len(toks) && arrangeFiller[toks[j].Lower]; j++ {
			neg = neg || toks[j].Lower == "not" || toks[j].Lower == "n't" || toks[j].Lower == "never"
		}
		if j >= len(toks) {
			return false
		}
		w := toks[j].Lower
		return neg && arrangeWords[w] || !neg && proposeWords[w] ||
			!neg && proposeForWords[w] && j+1 < len(toks) && toks[j+1].Lower == "for"
	}
	return false
}

// arrangeAux, arrangeFiller, arrangeWords, proposeWords, proposeForWords:
// see unarranged.
var (
	arrangeAux      = lex("arrangeAux")
	arrangeFiller   = lex("arrangeFiller")
	arrangeWords    = lex("arrangeWords")
	proposeWords    = lex("proposeWords")
	proposeForWords = lex("proposeForWords")
)

// baseTown: "at" at token e opens "at X Air Base" (or "X Naval Base", "X
// Airbase"): one capitalized word, then a capitalized kind of base
// (baseKindWords) and a base noun (baseNouns), or the base noun alone. A
// military base so named is called after the town it stands by, and a
// meeting there took place in that town; "" for any other tokens. "X Air
// Force Base" is left out: such bases are often named for a person.
func baseTown(toks []text.Token, e int) string {
	if toks[e].Lower != "at" || e+2 >= len(toks) {
		return ""
	}
	x := toks[e+1]
	if !x.Word || !x.Cap || x.Acronym || functionWords[x.Lower] {
		return ""
	}
	k := e + 2
	if baseKindWords[toks[k].Lower] && toks[k].Cap && k+1 < len(toks) {
		k++
	}
	if !toks[k].Cap || !baseNouns[toks[k].Lower] || k+1 < len(toks) && toks[k+1].Word && toks[k+1].Cap {
		return ""
	}
	if k == e+2 && toks[k].Lower != "airbase" {
		return "" // "at X Camp", "at X Base": the name may be a person's
	}
	return x.Text
}

var baseKindWords = lex("baseKindWords")

// adjunctMeetingModal: a meeting noun in an adjunct of another verb — "he
// intended to raise human rights with X in a private meeting", "she would
// press Y on the issue at their talks" — takes its status from that verb,
// which may stand further back than the six words status looks at. A
// modal ("will", "would") or an intention verb before "to" ("intended
// to", "plans to") in the same clause tells an act not yet done, so the
// meeting is one to come. The search stops at a comma or a relative or
// complement opener, so "X, who will visit Lima, met Y in a meeting" and
// "he would say that he met Y in a meeting" stay as told.
func adjunctMeetingModal(toks []text.Token, k, cs int) bool {
	if !frame.MeetingNouns[toks[k].Lower] {
		return false
	}
	p := -1
	for e := k - 1; e >= max(cs, k-4); e-- {
		if adjunctMeetingPreps[toks[e].Lower] {
			p = e
			break
		}
		if toks[e].Cap || toks[e].Text == "," {
			return false
		}
	}
	if p < 0 {
		return false
	}
	for e := p - 1; e >= max(cs, p-16); e-- {
		l := toks[e].Lower
		if toks[e].Text == "," || toks[e].Text == ";" || toks[e].Text == ":" || l == "that" || l == "who" || l == "which" {
			return false
		}
		if l == "will" || l == "would" || l == "shall" || l == "'ll" {
			return true
		}
		if l == "to" && e > cs && adjunctIntentVerbs[toks[e-1].Lower] {
			return true
		}
	}
	return false
}

// adjunctMeetingPreps open an adjunct whose noun is a meeting: "in a
// private meeting", "at the talks", "during their talks".
var adjunctMeetingPreps = lex("adjunctMeetingPreps")

// adjunctIntentVerbs before "to" tell an act intended, not done: "he
// intended to raise it with X in a meeting".
var adjunctIntentVerbs = lex("adjunctIntentVerbs")

// appositionedWherePlace: "flew to X, the capital of Y, where he met Z",
// "arrived in X, a spa town in the north, where ...": the relative adverb
// stands for the city named before an apposition that describes it (a
// determiner, then words with no verb and no comma, up to ten tokens), not
// for the country or region the apposition names. "" when no such city.
func (d *Reader) appositionedWherePlace(si, cs int) string {
	toks := d.Sents[si].Toks
	comma := cs - 2
	for _, m := range d.Ments[si] {
		if m.J >= comma {
			break
		}
		if m.Kind != mention.City || m.Actor >= 0 || toks[m.J].Text != "," || m.J+1 >= comma {
			continue
		}
		if describesPlace(toks, m.J+1, comma) {
			return m.City
		}
	}
	return ""
}

// describesPlace: toks[i:j] is an apposition describing a place: a
// determiner (appositionDets) then at most nine words with no comma and no
// verb ("the capital of the south", "a small resort on the coast").
func describesPlace(toks []text.Token, i, j int) bool {
	if j-i < 2 || j-i > 10 || !appositionDets[toks[i].Lower] {
		return false
	}
	for e := i + 1; e < j; e++ {
		if !toks[e].Word && toks[e].Text != "'s" && toks[e].Text != "-" || frame.LooksVerb(toks, e) {
			return false
		}
	}
	return true
}

// recordOrdinals rank the one who did a thing among all who did it:
// "the first leader to visit", "the only minister to meet".
var recordOrdinals = lex("recordOrdinals")

// firstToDone: the predicate at k is the verb of "to" after a record
// phrase, an ordinal and at most five words of its noun after "the",
// that a past "became", "was" or "were" (or "has become") predicates of
// the subject: "X yesterday became the first British prime minister to
// visit Libya", "she was the only minister to meet Y". The infinitive
// tells what the subject did, not what they mean to do, so the meeting
// is held (issue 14's two-hundred-and-fifty-ninth round, p1589). A
// record still to come ("will become the first to visit", "hopes to be
// the first to meet") has no past copula and stays planned.
func firstToDone(toks []text.Token, k, cs int) bool {
	to := k - 1
	if to <= cs || toks[to].Lower != "to" {
		return false
	}
	for e := to - 1; e > cs && e >= to-6; e-- {
		if !toks[e].Word {
			return false
		}
		if !recordOrdinals[toks[e].Lower] {
			continue
		}
		if e-2 < cs || toks[e-1].Lower != "the" {
			return false
		}
		switch toks[e-2].Lower {
		case "became", "was", "were":
			return true
		case "become":
			return e-3 >= cs && (toks[e-3].Lower == "has" || toks[e-3].Lower == "have" || toks[e-3].Lower == "had")
		}
		return false
	}
	return false
}

// passiveInfinitiveBefore: a passive infinitive, "to be" and a lower-case
// word, stands between the predicate at k and a time at j with no comma
// or semicolon between it and the time: "met Y separately to prepare a
// joint statement to be issued Friday".
func passiveInfinitiveBefore(toks []text.Token, k, j int) bool {
	for e := j - 1; e > k+1; e-- {
		if toks[e].Text == "," || toks[e].Text == ";" {
			return false
		}
		if e+2 < j && toks[e].Lower == "to" && toks[e+1].Lower == "be" && toks[e+2].Word && !toks[e+2].Cap {
			return true
		}
	}
	return false
}

// beToFuture: the predicate at k follows, in the same stretch between
// commas, a present "is" or "are" with "to" and a plain verb — the
// be-to future of wire and broadsheet English: "A is to fly back to X for
// consultations with B at the end of the month", "the ministers are to
// travel to Y for talks with Z". The six words status looks back miss the
// "is to" when a trip and its destination stand between it and the
// meeting noun, and a trip verb such as "fly" or "go" is no planned verb
// of its own (the three-hundred-and-forty-eighth round, p2120). "was to"
// is left as told: it may tell a plan that was kept. An "and", "but" or
// relative word between them opens another act.
func beToFuture(toks []text.Token, k, from int) bool {
	for e := max(from, k-12); e+2 < k; e++ {
		if l := toks[e].Lower; (l != "is" && l != "are") || toks[e+1].Lower != "to" || !bareVerb(toks[e+2]) {
			continue
		}
		for j := e + 3; j < k; j++ {
			if l := toks[j].Lower; l == "and" || l == "but" || frame.RelativeWords[l] {
				return false
			}
		}
		return true
	}
	return false
}

// modalPurpose: the predicate at k is a purpose infinitive ("to
// discuss", "to review") whose governing verb is a modal future told
// further back than the six words status looks at, past the agents a
// passive lists or the trip and time an adjunct tells: "On Wednesday the
// delegates will be joined by A, by B and by C, to discuss ...", "A will
// travel to X on Wednesday to discuss ... with B" (the
// three-hundred-and-seventieth round, p2254). The purpose clause says
// nothing of when; the modal says the act it serves is still to come,
// and a weekday then resolves forward. A clause break, a relative word,
// or an "and" or "but" before a verb between modal and infinitive opens
// another act ("A will retire and met B to discuss"), and a modal inside
// a relative clause is that clause's ("A, who will visit Lima, met B to
// discuss"): both are left as told.
func modalPurpose(toks []text.Token, k, cs int) bool {
	to := k - 1
	if to <= cs || toks[to].Lower != "to" {
		return false
	}
	for e := to - 1; e >= cs && e >= to-30; e-- {
		l := toks[e].Lower
		if frame.ClauseBreaks[l] || frame.RelativeWords[l] || (l == "and" || l == "but" || l == "or") && e+1 < to && frame.LooksVerb(toks, e+1) {
			return false
		}
		if l != "will" && l != "shall" && l != "would" {
			continue
		}
		if e+1 >= to || !bareVerb(toks[e+1]) {
			return false
		}
		// The clause start may lie past the relative word ("who" opens
		// the clause found), so the phrase before the modal is read back
		// to its comma.
		for f := e - 1; f >= 0 && toks[f].Text != "," && toks[f].Text != ";"; f-- {
			if frame.RelativeWords[toks[f].Lower] {
				return false
			}
		}
		return true
	}
	return false
}

// spanStarts drops from ds a day told as the end of a span (frame.SpanEnd)
// when a range of ds holds it, so that the range's first day stands, and
// moves it back to the span's first day when an "N-day" compound tells
// the span's length (p2141, p2143).
func spanStarts(toks []text.Token, ds []frame.DateExpr) []frame.DateExpr {
	out := ds[:0:0]
	for _, x := range ds {
		if x.Days != 0 || len(x.Value) != len("2006-01-02") {
			out = append(out, x)
			continue
		}
		n, ok := frame.SpanEnd(toks, x.At)
		if !ok {
			out = append(out, x)
			continue
		}
		if slices.ContainsFunc(ds, func(r frame.DateExpr) bool { return r.Days > 0 && dayWithin(r, []frame.DateExpr{x}) != "" }) {
			continue
		}
		if t, err := time.Parse("2006-01-02", x.Value); err == nil && n > 1 {
			x.Value = frame.Day(t.AddDate(0, 0, 1-n))
			x.Bare = false
		}
		out = append(out, x)
	}
	return out
}

// futureCoordinateBefore: between k and e "and" (or "but") opens a
// clause of the same subject that tells a plan: "will", "would", or a
// form of "be" then "to", "due", "expected" or "scheduled" ("and were to
// walk", "and is expected to call").
func futureCoordinateBefore(toks []text.Token, k, e int) bool {
	for a := k + 1; a+1 < e; a++ {
		if l := toks[a].Lower; l != "and" && l != "but" {
			continue
		}
		n := a + 1
		if toks[n].Lower == "also" && n+1 < e {
			n++
		}
		switch toks[n].Lower {
		case "will", "would":
			return true
		case "was", "were", "is", "are":
			if n+1 < e {
				switch toks[n+1].Lower {
				case "to", "due", "expected", "scheduled":
					return true
				}
			}
		}
	}
	return false
}

// duringVisitTo: the place mention at i ends "during <possessor or
// modifiers> visit to", within eight words of "during" ("during the
// latter's state visit to X", "during his visits to Y", "during Prime
// Minister Z's visit to W"): a meeting told with that phrase was held
// in the course of the visit, at its destination.
func duringVisitTo(toks []text.Token, i int) bool {
	if i < 3 || toks[i-1].Lower != "to" {
		return false
	}
	v := i - 2
	if n := toks[v].Lower; !visitStayNouns[n] && !visitStayNouns[strings.TrimSuffix(n, "s")] {
		return false
	}
	for e := v - 1; e >= 0 && e >= v-8; e-- {
		if toks[e].Lower == "during" {
			return true
		}
		if !toks[e].Word && toks[e].Text != "'s" && toks[e].Text != "'" && toks[e].Text != "." {
			return false
		}
	}
	return false
}

// perfectPrepared: "prepared" after "had", "has" or "have" and before an
// object, "had prepared the accord in talks in X", tells a past act, not
// readiness ("prepared to meet"): the talks it names were held (issue
// 14's five-hundred-and-sixty-seventh round, p3437, p3439).
func perfectPrepared(toks []text.Token, e int) bool {
	if toks[e].Lower != "prepared" || e == 0 || e+1 >= len(toks) {
		return false
	}
	aux := toks[e-1].Lower
	return (aux == "had" || aux == "has" || aux == "have") && toks[e+1].Lower != "to" && toks[e+1].Lower != "for"
}
