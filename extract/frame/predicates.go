// Package frame holds the clause-level knowledge the meeting frames are
// built from, as functions of a sentence's tokens alone: the meeting
// predicates and their classes (Triggers, from lexicon/predicates.txt),
// clause and conjunct bounds (Conjunct, AfterRelative), the cues of
// modality (negation, plans, intent, calls) and the date expressions of a
// clause (FindDates). It knows no actors: package extract fills a frame's
// arguments, place and time from the resolved story.
package frame

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// Trigger classes, strongest last: a clause yields one meeting, from its
// strongest trigger.
const (
	Weak  = iota + 1 // discussed, spoke
	Talks            // talks, negotiations, consultations
	Meet             // met, meeting, summit, visit, hosted, convened
	Call             // phone call
)

// Triggers are the words that report an encounter, with their class.
var Triggers = predicateClasses(lexicon.Predicates())

// predicateClasses maps each predicate of lexicon/predicates.txt to its
// frame class.
func predicateClasses(sections map[string][]string) map[string]int {
	out := map[string]int{}
	for name, class := range map[string]int{"weak": Weak, "talks": Talks, "meet": Meet, "call": Call} {
		words, ok := sections[name]
		if !ok {
			panic("frame: no predicate class [" + name + "]")
		}
		for _, w := range words {
			out[w] = class
		}
	}
	return out
}

// PassiveOnly triggers report a meeting only in the passive, with the host
// after "by": "was welcomed by X" (the host received the subject), while
// "X welcomed the deal" is no meeting.
var PassiveOnly = lex("passiveOnly")

// ObjectTriggers only count with an actor right after them: "received
// Israel's position" is not a meeting, "received Putin" is.
var ObjectTriggers = lex("objectTriggers")

// MeetingNouns are the nouns among the triggers.
var MeetingNouns = lex("meetingNouns")

// ClauseBreaks end the clause a trigger's participants are looked for in.
var ClauseBreaks = lex("clauseBreaks")

// PlannedWords near a trigger make the meeting planned.
var PlannedWords = lex("plannedWords")

// PlannedVerbs after "to" before a trigger: "expected to meet", "set to
// resume talks".
var PlannedVerbs = lex("plannedVerbs")

// CallWords and virtualWords set a meeting's mode.
var CallWords = lex("callWords")

var VirtualWords = lex("virtualWords")

// NounPreps may govern a meeting noun that names an event the sentence
// is set in ("at the meeting", "after the talks").
var NounPreps = lex("nounPreps")

// LooksVerb: a lower-case word read as a finite verb without a tagger —
// a meeting predicate, a reporting or taking-part verb, or a past tense
// in "-ed" that no determiner or adverb ("newly appointed") precedes —
// and not a passive participle before "by".
func LooksVerb(toks []text.Token, e int) bool {
	t := toks[e]
	if !t.Word || t.Cap {
		return false
	}
	if (Triggers[t.Lower] > 0 && !MeetingNouns[t.Lower] || reportVerbs[t.Lower] || PartakeVerbs[t.Lower]) && (e+1 >= len(toks) || toks[e+1].Lower != "by") {
		return true
	}
	if PerfectSeen(toks, e) {
		return true // "had seen X": a perfect's participle
	}
	if len(t.Lower) <= 4 || !strings.HasSuffix(t.Lower, "ed") || e > 0 && (leadDets[toks[e-1].Lower] || strings.HasSuffix(toks[e-1].Lower, "ly")) {
		return false
	}
	// "the delegation led by X" is a participle, not a finite verb.
	return e+1 >= len(toks) || toks[e+1].Lower != "by"
}

// perfectSeeParticiples and perfectSeeAuxiliaries tell an earlier meeting
// in the perfect: "had seen X in P on Monday" (issue 14's
// five-hundred-and-fifty-first round). "seen" is read here, not as a
// trigger word, so that the passive send-off and sightings ("was seen
// off by X", "was seen leaving") keep their own readings.
var (
	perfectSeeParticiples = lex("perfectSeeParticiples")
	perfectSeeAuxiliaries = lex("perfectSeeAuxiliaries")
)

// PerfectSeen: the token at k is "seen" after "had", "has" or "have",
// perhaps past one adverb in -ly or "already" ("had already seen X").
// A meeting also needs a person as its object (meeting's caller):
// "had seen the need for talks" is no meeting, though still a verb, so
// that "had seen X and had spoken with Y" holds two conjuncts.
func PerfectSeen(toks []text.Token, k int) bool {
	if !perfectSeeParticiples[toks[k].Lower] || k < 1 {
		return false
	}
	aux := k - 1
	if a := toks[aux].Lower; aux > 0 && (a == "already" || len(a) > 3 && strings.HasSuffix(a, "ly")) {
		aux--
	}
	return perfectSeeAuxiliaries[toks[aux].Lower]
}

// SeenApart: the object of the perfect "seen" at k is told as encounters
// apart — "had seen A and B in their capitals", "had seen A in P on D,
// and B there the following day" (a gapped second clause: a comma, "and",
// a capitalised name and no verb to the sentence's end). PerfectSeen's
// meeting would join A and B, who never met (issue 14's
// five-hundred-and-fifty-first round; p604, p3324).
func SeenApart(toks []text.Token, k int) bool {
	for e := k + 1; e+2 < len(toks); e++ {
		if toks[e].Lower == "in" && toks[e+1].Lower == "their" {
			return true
		}
		if toks[e].Text == "," && toks[e+1].Lower == "and" && toks[e+2].Cap {
			gapped := true
			for v := e + 3; v < len(toks) && gapped; v++ {
				gapped = !LooksVerb(toks, v)
			}
			if gapped {
				return true
			}
		}
	}
	return false
}

// SequenceAdverbs after "and" open a later, second encounter of the same
// subject: "and later with C", "and then C".
var SequenceAdverbs = lex("sequenceAdverbs")

// Conjunct narrows a predicate's clause to the conjunct that holds it.
// "A met B in Paris, and C visited D in Rome": "and" followed by a new
// subject and its verb joins two sentences about two events (also without
// the comma once a verb stood before "and"); "A met B and thanked C": "and"
// followed by a verb (or by a sequence adverb and a verb: "and later met
// C") joins a second predicate whose object (C) is not the
// first one's, and in "A thanked C and met B" the span [skipFrom, skipTo)
// holds the other predicate's object; "A met B to pass on a message from
// C": an infinitive after the object opens a purpose clause. The
// predicate's arguments stay inside its own conjunct.
func Conjunct(toks []text.Token, cs, ce, k int) (from, to, skipFrom, skipTo int) {
	verbBefore, predBefore := -1, -1
	for e := cs; e < ce; e++ {
		if verbBefore < 0 && LooksVerb(toks, e) {
			verbBefore = e
		}
		if predBefore < 0 && (LooksVerb(toks, e) || e+1 < ce && toks[e+1].Lower == "by" && LooksVerb(toks[:e+1], e)) {
			predBefore = e // also a passive "was received by"
		}
		if toks[e].Lower != "and" && toks[e].Lower != "but" && !(toks[e].Lower == "to" && e > k) {
			continue
		}
		if toks[e].Lower == "to" {
			// "to" + a bare verb: not "to the", "to Paris", "to talks".
			if e+1 < ce && toks[e+1].Word && !toks[e+1].Cap && !leadDets[toks[e+1].Lower] && Triggers[toks[e+1].Lower] == 0 &&
				!TopicCues[toks[e+1].Lower] && e > k+1 {
				return cs, e, skipFrom, skipTo
			}
			continue
		}
		if e+1 >= ce || e == cs {
			continue
		}
		verbAt, shared := -1, false
		adv := e + 1
		for adv+1 < ce && SequenceAdverbs[toks[adv].Lower] {
			adv++ // "and later met C": the adverb is no subject
		}
		adv = pastDayPhrase(toks, adv, ce) // "and on Tuesday held talks with C"
		if LooksVerb(toks, adv) {
			verbAt, shared = adv, true // "and thanked C"
		} else if heldConjunct(toks, adv, ce) {
			verbAt, shared = adv, true // "and had there a long conversation with C"
		} else if passiveConjunct(toks, adv, ce) && !passiveBefore(toks, cs, e) {
			verbAt, shared = adv, true // "and was also received by C"
		} else if toks[e-1].Text == "," && !apposedSubjectPair(toks, cs, e, verbBefore) && !describedSubjectPair(toks, cs, e, verbBefore) || toks[e].Lower == "but" || verbBefore >= 0 && verbBefore < e {
			// "(,) and C visited D": a new subject, then its verb.
			for v := e + 2; v < ce && v < e+8; v++ {
				if !toks[v].Word || NounPreps[toks[v].Lower] {
					break // a subject holds no preposition: "and B in Paris to discuss"
				}
				if LooksVerb(toks, v) {
					verbAt = v
					break
				}
			}
			if verbAt < 0 && reportedConjunct(toks, e, ce) {
				verbAt = ce // "A met B, and C said ...": C reports, the clause ends at "said"
			}
		}
		if verbAt < 0 {
			continue
		}
		if k < e {
			return cs, e, skipFrom, skipTo
		}
		if shared {
			// The second predicate shares the first one's subject, not
			// its object.
			if predBefore >= 0 && predBefore < e {
				skipFrom, skipTo = predBefore+1, e
			}
			continue
		}
		cs, skipFrom, skipTo, verbBefore, predBefore = e+1, 0, 0, -1, -1
	}
	return cs, ce, skipFrom, skipTo
}

// pastDayPhrase: at adv, after "and", "on" and a day's phrase of up to
// four time words with a weekday, a month or a number in it ("on
// Tuesday", "on the morning of 5 May"), then the verb of a second
// predicate: where that verb stands, so that the predicate shares the
// first one's subject ("A met B on Monday and on Tuesday held talks with
// C", issue 14's five-hundred-and-first round: p3043, p513); otherwise
// adv itself. A name after the phrase is a new subject ("and on Tuesday
// C met D") and stays one.
func pastDayPhrase(toks []text.Token, adv, ce int) int {
	if adv >= ce || toks[adv].Lower != "on" {
		return adv
	}
	day, j := false, adv+1
	for ; j < ce && j <= adv+4 && toks[j].Word && IsTimeWord(toks[j]); j++ {
		_, wd := lexicon.Weekdays[toks[j].Lower]
		_, mo := lexicon.Months[toks[j].Lower]
		day = day || wd || mo || toks[j].Lower[0] >= '0' && toks[j].Lower[0] <= '9'
	}
	if !day || j >= ce || toks[j].Cap || !(LooksVerb(toks, j) || heldConjunct(toks, j, ce)) {
		return adv
	}
	return j
}

// heldConjunct: the conjunct at adv opens with a holding verb ("had",
// "held"), then at most four plain words ("there", "a long") and a meeting
// word: "X landed in Y and had (there) a long conversation with Z". The
// conjunct shares the first one's subject; read as "and [had a long]
// conversation", a new subject and its verb, it lost X, since a meeting
// word that may be a verb ("conversation", "talk") looks like one (issue
// 14's four-hundred-and-twenty-ninth round: p2606, p2610).
func heldConjunct(toks []text.Token, adv, ce int) bool {
	if adv >= ce || !heldVerbs[toks[adv].Lower] {
		return false
	}
	for v := adv + 1; v < ce && v <= adv+5; v++ {
		t := toks[v]
		if !t.Word || t.Cap {
			return false
		}
		if Triggers[t.Lower] > 0 {
			return true
		}
		if LooksVerb(toks, v) || NounPreps[t.Lower] {
			return false
		}
	}
	return false
}

// heldVerbs hold a meeting noun: "had a conversation", "held talks".
var heldVerbs = lex("heldVerbs")

// apposedSubjectPair: the ", and" at e closes the apposition of a name
// that opens the clause, so it joins two subjects, not two clauses: "A,
// general secretary of the party, and Premier B held talks with C". The
// clause holds no verb before "and" (a clause joined by ", and" has one
// of its own), it opens with a name of capitalized words (a title among
// them) up to a comma, and the apposition runs from that comma to the
// comma before "and", one phrase of up to fifteen words with no other
// comma. Read as two clauses, A was cut off from the meeting B's verb
// tells (issue 14's two-hundred-and-eighty-second round, p1725).
func apposedSubjectPair(toks []text.Token, cs, e, verbBefore int) bool {
	if toks[e].Lower != "and" || verbBefore >= 0 && verbBefore < e || e < cs+4 {
		return false
	}
	c := cs
	for c < e-1 && toks[c].Text != "," {
		t := toks[c]
		if !(t.Word && t.Cap || t.Text == "." && t.Glued || t.Text == "-" && t.Glued) {
			return false
		}
		c++
	}
	if c == cs || c >= e-2 || e-2-c > 15 {
		return false
	}
	for a := c + 1; a < e-1; a++ {
		if toks[a].Text == "," || toks[a].Text == ";" || toks[a].Text == "(" {
			return false
		}
	}
	return true
}

// describedSubjectPair: the ", and" at e closes a name set in apposition
// after the post that opens the clause, so it joins two subjects, not two
// clauses: "The special envoy for the region, A, and Deputy Minister B
// met" (issue 14's four-hundred-and-eighty-eighth round, p2964), the
// mirror of apposedSubjectPair. The clause holds no verb before "and"; it
// opens with a description of up to fourteen words holding a title word
// ("envoy", "negotiator") and no comma, and the name between its two
// commas is one to six capitalized words. Read as two clauses, A was cut
// off from the meeting B's verb tells when B stood bare, with no
// apostrophe or preposition to stop the search for B's verb.
func describedSubjectPair(toks []text.Token, cs, e, verbBefore int) bool {
	if toks[e].Lower != "and" || verbBefore >= 0 && verbBefore < e || e < cs+4 {
		return false
	}
	c, titled := cs, false
	for c < e-1 && toks[c].Text != "," {
		t := toks[c]
		if !t.Word && !(t.Glued && (t.Text == "'s" || t.Text == "'" || t.Text == "." || t.Text == "-")) {
			return false
		}
		if t.Word && mention.IsTitleWord(t.Lower) {
			titled = true
		}
		c++
	}
	if !titled || c == cs || c-cs > 14 || c >= e-2 || e-2-c > 6 {
		return false
	}
	for a := c + 1; a < e-1; a++ {
		t := toks[a]
		if !(t.Word && t.Cap || t.Glued && (t.Text == "." || t.Text == "-")) {
			return false
		}
	}
	return toks[c+1].Word && toks[c+1].Cap
}

// reportedConjunct: "A met B in X, and C said (that) ...": the clause
// holding the meeting ends at the speech verb, so the conjunct after
// "and" holds only its subject, a short run of words (C, "his aide C")
// right before a reporting verb that opens what is said. C reports on
// the meeting or beside it; C was not at it. A bare "and C said." that
// ends the sentence is left alone.
func reportedConjunct(toks []text.Token, e, ce int) bool {
	if ce >= len(toks)-1 || ce-e < 2 || ce-e > 6 || !reportVerbs[toks[ce].Lower] || !LooksVerb(toks, ce) {
		return false
	}
	for v := e + 1; v < ce; v++ {
		if !toks[v].Word || NounPreps[toks[v].Lower] {
			return false
		}
	}
	return toks[ce+1].Word
}

// CallNoun: "call" after a determiner ("a phone call on Sunday", "a
// courtesy call on X") or before a time ("call on Monday") is the noun of
// a call, not the verb of "calls on X to ...".
func CallNoun(toks []text.Token, k int) bool {
	if k > 0 && leadDets[toks[k-1].Lower] || k > 1 && leadDets[toks[k-2].Lower] {
		return true
	}
	return k+2 < len(toks) && toks[k+1].Lower == "on" && IsTimeWord(toks[k+2])
}

// FrontedAnaphor: the sentence opens with an adjunct about a meeting told
// before ("During the visit, ...", "After the talks, ..."), whose place and
// time are that meeting's.
func FrontedAnaphor(toks []text.Token) bool {
	return len(toks) > 3 && frontPreps[toks[0].Lower] && (toks[1].Lower == "the" || toks[1].Lower == "this") && MeetingNouns[toks[2].Lower]
}

// RelativeWords open a relative clause.
var RelativeWords = lex("relativeWords")

// AfterRelative: when the clause of a predicate opens with a relative
// pronoun whose clause a comma closes before the predicate ("X, who
// replaced Y in May, received Z"), the predicate's own arguments start
// after that comma; the people inside the relative clause (Y) belong to
// another event.
func AfterRelative(toks []text.Token, cs, k int) int {
	if cs == 0 || !RelativeWords[toks[cs-1].Lower] {
		return cs
	}
	for e := cs; e < k; e++ {
		if toks[e].Text == "," {
			return e + 1
		}
	}
	return cs
}

// TopicCues open what a meeting was about: "met X to discuss ...",
// "talks about ...".
var TopicCues = lex("topicCues")

// TopicSpans marks the tokens of the topic phrases after a predicate —
// from a topic cue ("to discuss the case of Z", "talks regarding Z") or a
// topic preposition phrase ("on the fate of Z", "over the release of Z")
// to the next "with", comma or the clause end. A person named there is
// what the meeting was about, not one of its participants.
func TopicSpans(toks []text.Token, k, ce int) map[int]bool {
	return TopicSpansOf(toks, k, ce, true)
}

// agreementOn: "on" at t right after an agreement noun and before "the"
// and a lower-case word — "reached agreement on the long-standing issue
// of X", "an accord on the sharing of Y" — opens what was agreed, a
// topic: the names in it are no participants (issue 14's
// two-hundred-and-fifty-second round, p901).
func agreementOn(toks []text.Token, t, k, ce int) bool {
	return t > k && t+2 < ce && toks[t].Lower == "on" && agreementTopicNouns[toks[t-1].Lower] &&
		toks[t+1].Lower == "the" && toks[t+2].Word && !toks[t+2].Cap
}

// agreementTopicNouns are what is agreed "on" a topic (agreementOn).
var agreementTopicNouns = lex("agreementTopicNouns")

// TopicSpansOf marks topic phrases; without preps, only those a topic cue
// opens ("to discuss", "about"): "on the sidelines of the summit on
// Monday" also reads as "on the N of", but its time is the meeting's.
func TopicSpansOf(toks []text.Token, k, ce int, preps bool) map[int]bool {
	var out map[int]bool
	for t := k; t < ce; t++ {
		cue := TopicCues[toks[t].Lower] && (t > k || preps && k+1 < ce)
		if !cue && preps && t > k && t+3 < ce && (toks[t].Lower == "on" || toks[t].Lower == "over") &&
			toks[t+1].Lower == "the" && toks[t+2].Word && !toks[t+2].Cap && toks[t+3].Lower == "of" {
			cue = true
		}
		if !cue && preps && agreementOn(toks, t, k, ce) {
			cue = true
		}
		if !cue {
			continue
		}
		end := ce
		if approximateSpan(toks, t, ce) {
			// "lasted about 75 minutes and brought together A, B
			// and C": an "about" that rounds a stretch of time says
			// how long, not what was discussed; its span ends where
			// a second verb is coordinated (issue 14's
			// five-hundred-and-thirty-sixth round; p3250, p1968).
			end = stretchVerbAnd(toks, t+3, ce)
		}
		for e := t + 1; e < end && toks[e].Lower != "with" && toks[e].Text != ","; e++ {
			if out == nil {
				out = map[int]bool{}
			}
			out[e] = true
			t = e
		}
	}
	return out
}

// AfterApproxSpan: the time phrase at at follows right after an "about"
// that rounds a stretch of time ("met for about an hour today", "talked
// for about two hours on Friday", "about 90 minutes yesterday"): that
// "about" says how long, not what the talks were about, so the time is
// the meeting's, though it lies in the topic span "about" opens.
//
// The stretch may run on with "and a quarter" ("and a half") and be
// followed by where it was spent, "at" or "in" and at most four words
// with no comma or "and" among them, before its time ("talked for about
// an hour and a quarter at the airport this afternoon"; the
// hundred-and-sixty-ninth round, p1051).
func AfterApproxSpan(toks []text.Token, at int) bool {
	for t := at - 3; t >= 0 && t >= at-12; t-- {
		if !approximateSpan(toks, t, len(toks)) {
			continue
		}
		e := t + 3
		if e+2 < at && toks[e].Lower == "and" && toks[e+1].Lower == "a" && (toks[e+2].Lower == "quarter" || toks[e+2].Lower == "half") {
			e += 3
		}
		if e < at && (toks[e].Lower == "at" || toks[e].Lower == "in") {
			w := e + 1
			for w < at && w <= e+4 && toks[w].Word && toks[w].Lower != "and" && !TopicCues[toks[w].Lower] && !spanTimeLinks[toks[w].Lower] {
				w++
			}
			if w > e+1 {
				e = w
			}
		}
		for ; e < at; e++ {
			if !spanTimeLinks[toks[e].Lower] {
				return false
			}
		}
		return true
	}
	return false
}

// spanTimeLinks may stand between a rounded stretch and its time: "about
// an hour on Friday", "about two hours this morning"; "together" and
// "alone" close a stretch spent in company, "spent about an hour together
// on Saturday" (meeting.timeTogether; the three-hundred-and-twenty-first
// round).
var spanTimeLinks = map[string]bool{"on": true, "this": true, "last": true, "late": true, "early": true, "together": true, "alone": true}

// approximateSpan: the "about" at t rounds a stretch of time: "about an
// hour", "about two hours", "about 90 minutes".
func approximateSpan(toks []text.Token, t, ce int) bool {
	if toks[t].Lower != "about" || t+2 >= ce || !spanUnits[toks[t+2].Lower] {
		return false
	}
	w := toks[t+1].Lower
	return w == "a" || w == "an" || mention.IsNumber(w) || slices.Contains(unitNumbers, w)
}

// stretchVerbAnd is the first "and" from i on, before ce, that coordinates
// a lower-case word other than a fraction of the stretch ("and brought
// together", not "and a half" nor "and then B", a second object of the
// first verb) and is followed, before a comma, by a
// capitalized word, a name the second verb governs ("and brought together
// A", "and were joined ... by Mr B"): ce when there is none. A verb
// with no name after it ("and agreed to set up a commission") keeps the
// span as it was.
func stretchVerbAnd(toks []text.Token, i, ce int) int {
	for e := i; e+1 < ce; e++ {
		if toks[e].Text == "," {
			return ce
		}
		if toks[e].Lower != "and" || !toks[e+1].Word || toks[e+1].Cap || toks[e+1].Lower == "a" || toks[e+1].Lower == "an" || toks[e+1].Lower == "then" {
			continue
		}
		for n := e + 2; n < ce && toks[n].Text != ","; n++ {
			if toks[n].Cap && toks[n].Word {
				return e
			}
		}
		return ce
	}
	return ce
}

// spanUnits are the stretches of time "about" can round (approximateSpan).
var spanUnits = lex("spanUnits")

// InTopic: token k lies in the topic phrase of a predicate before it in
// its clause ("A called B to discuss the summit"): the noun names what
// they talked about, not another meeting of the clause.
func InTopic(toks []text.Token, cs, k int) bool {
	for e := max(cs, k-6); e < k; e++ {
		if TopicCues[toks[e].Lower] && e > cs && AnyTrigger(toks, cs, e) && TopicSpansOf(toks, e-1, k+1, false)[k] {
			return true
		}
	}
	return false
}

// AnyTrigger: a meeting predicate occurs in tokens [i, j).
func AnyTrigger(toks []text.Token, i, j int) bool {
	for e := i; e < j; e++ {
		if Triggers[toks[e].Lower] > 0 {
			return true
		}
	}
	return false
}

// PartakeVerbs make their subject take part in the meeting they govern:
// "X chaired the meeting", "Y held the talks".
var PartakeVerbs = lex("partakeVerbs")

// CommentedOn: a meeting noun told with "the"/"this"/"that" as the object of
// a verb other than a reporting one — "X criticised the meeting", "Y
// welcomed the talks" — is what its subject comments on, not something the
// subject attended; the people of such a clause are not its participants.
// A noun after a preposition ("at the meeting") or a reporting verb ("said
// the meeting covered ...") keeps them.
func CommentedOn(toks []text.Token, cs, k int) bool {
	v := k - 2
	if v < cs || v < 0 {
		return false
	}
	t := toks[v]
	return t.Word && !t.Cap && !NounPreps[t.Lower] && !speechVerbs[t.Lower] && !attendWords[t.Lower] &&
		!PartakeVerbs[t.Lower] && (Triggers[t.Lower] == 0 || PassiveOnly[t.Lower]) && !functionWords[t.Lower]
}

// DegreeInfinitive: the trigger at k is the infinitive of a degree
// phrase, "a relationship mature enough to talk about differences",
// "close enough to negotiate": it tells what the subject could do, no
// encounter held or planned. The degree cue ("enough") stands at most
// four words before the "to", with no mark between (the
// two-hundred-and-forty-fourth round, p1501); "agreed to talk" or "had
// enough. They want to talk" hold no cue in reach.
func DegreeInfinitive(toks []text.Token, k int) bool {
	if k < 2 || toks[k-1].Lower != "to" {
		return false
	}
	for e := k - 2; e >= 0 && e >= k-5 && toks[e].Word; e-- {
		if degreeCues[toks[e].Lower] {
			return true
		}
	}
	return false
}

var degreeCues = lex("degreeCues")

// SatisfiedPossessor: the meet verb at k takes a possessed need as its
// object — "meets Uganda's development goals", "failed to meet the
// union's demands": a need met is satisfied, and its possessor is no one
// the subject encountered (issue 14's five-hundred-and-forty-first round,
// p3282, p2753). Only a capitalised possessor followed, within two more
// lower-case words, by a noun of lexicon satisfiedNouns reads so: "met
// Uganda's foreign minister" still meets the minister.
func SatisfiedPossessor(toks []text.Token, k int) bool {
	if !meetVerbForms[toks[k].Lower] {
		return false
	}
	e := k + 1
	if e < len(toks) && toks[e].Lower == "the" {
		e++
	}
	n := e
	for e < len(toks) && toks[e].Cap && toks[e].Word {
		e++
	}
	if e == n || e >= len(toks) || toks[e].Text != "'s" && toks[e].Text != "'" && toks[e].Text != "’s" {
		return false
	}
	for x := e + 1; x < len(toks) && x <= e+3; x++ {
		if !toks[x].Word || toks[x].Cap {
			return false
		}
		if satisfiedNouns[toks[x].Lower] {
			return true
		}
	}
	return false
}

// meetVerbForms are the forms of "meet" that may take a need as object.
var meetVerbForms = map[string]bool{"meet": true, "meets": true, "met": true, "meeting": true}

var satisfiedNouns = lex("satisfiedNouns")

// NegatedPredicate: a negation right before a verb predicate ("did not
// meet", "have never met") or a "no" determiner before a noun one ("no
// meeting took place") says the meeting did not happen.
func NegatedPredicate(toks []text.Token, k int) bool {
	if MeetingNouns[toks[k].Lower] && toks[k].Lower != "visit" {
		return k > 0 && toks[k-1].Lower == "no"
	}
	for e := k - 1; e >= 0 && e >= k-2; e-- {
		if Negations[toks[e].Lower] {
			return true
		}
	}
	return false
}

var Negations = lex("negations")

// PresentEvent: the clause tells the event as going on or just done,
// "has begun", "are taking place", "is under way".
func PresentEvent(toks []text.Token, cs, ce int) bool {
	for e := cs; e+1 < ce && e+1 < len(toks); e++ {
		l, n := toks[e].Lower, toks[e+1].Lower
		if (l == "has" || l == "have") && (n == "begun" || n == "started" || n == "opened" || n == "convened" || n == "ended" || n == "concluded") ||
			(l == "is" || l == "are") && (n == "taking" || n == "underway" || n == "under" || n == "being") {
			return true
		}
	}
	return false
}

// AttendedBy: a passive attendance word with its agent ("was attended by")
// in tokens [i, j).
func AttendedBy(toks []text.Token, i, j int) bool {
	for e := i; e < j && e+1 < len(toks); e++ {
		if attendWords[toks[e].Lower] && AgentBy(toks, e) > 0 {
			return true
		}
	}
	return false
}

// SubjectAttendance is the passive attendance word whose subject is the
// sentence's opening "The" and meeting noun across a parenthesis set off
// by a comma, or -1: "The talks, which went on for two hours at the palace,
// were attended by X", "The summit, held at the hotel, lasted two hours
// and was attended on the host side by Y". Readouts name the principals'
// meeting first and then who sat in on it; the parenthesis puts the
// attendance too far from the noun for the near-word readings, though
// the sentence still names no meeting of its own (issue 14's
// two-hundred-and-ninety-second round, p1784, p1787).
func SubjectAttendance(toks []text.Token) int {
	if len(toks) < 6 || toks[0].Lower != "the" || !MeetingNouns[toks[1].Lower] || toks[2].Text != "," {
		return -1
	}
	for e := 3; e+1 < len(toks) && e < 30; e++ {
		t := toks[e]
		if t.Text == ";" || t.Text == "\"" || t.Lower == "the" && MeetingNouns[toks[e+1].Lower] {
			return -1 // another clause, a quotation or another meeting
		}
		if t.Lower == "by" {
			// "The summit, chaired by X, was attended by Y": an agent in
			// the parenthesis tells the meeting itself, with its chair.
			return -1
		}
		if _, month := lexicon.Months[t.Lower]; month && t.Cap {
			// "The session, held from 18 to 21 February, was attended
			// by": a sitting dated on its own, maybe not the one told.
			return -1
		}
		if _, day := lexicon.Weekdays[t.Lower]; day {
			return -1
		}
		if attendWords[t.Lower] && passiveBe(toks, e) && AgentBy(toks, e) > 0 {
			return e
		}
	}
	return -1
}

// CoordinatedAttendance is the passive attendance word joined by "and"
// to another predicate of the sentence's opening "The" and meeting noun
// (one lower-case modifier may stand before the noun), or -1: "The
// meeting lasted an hour and was also attended by X", "The dinner
// meeting at the embassy lasted three hours and was attended by Y". With
// no comma to set the first predicate off, SubjectAttendance does not
// reach it, and the attendance stands too far from the noun for the
// near-word readings; the sentence still names who sat in on the meeting
// told before (issue 14's four-hundred-and-seventy-fourth round; p2880,
// p2366, p966). Only "and was (were) attended by" reads so: "and a
// dinner was attended by X" seats no one at the meeting.
func CoordinatedAttendance(toks []text.Token) int {
	if len(toks) < 7 || toks[0].Lower != "the" {
		return -1
	}
	n := 1
	if !MeetingNouns[toks[n].Lower] && toks[n].Word && !toks[n].Cap && MeetingNouns[toks[n+1].Lower] {
		n++ // "The dinner meeting"
	}
	if !MeetingNouns[toks[n].Lower] {
		return -1
	}
	for e := n + 1; e+3 < len(toks) && e < 30; e++ {
		t := toks[e]
		if t.Text == "," || t.Text == ";" || t.Text == "\"" || t.Lower == "by" || t.Lower == "the" && MeetingNouns[toks[e+1].Lower] {
			return -1 // a parenthesis (SubjectAttendance), another clause, an agent or another meeting
		}
		if _, month := lexicon.Months[t.Lower]; month && t.Cap {
			return -1
		}
		if _, day := lexicon.Weekdays[t.Lower]; day {
			return -1
		}
		if t.Lower != "and" {
			continue
		}
		k := e + 2
		if toks[e+1].Lower != "was" && toks[e+1].Lower != "were" {
			continue // "three and a half hours", "and a dinner was": no attendance of the meeting here
		}
		if toks[k].Lower == "also" {
			k++
		}
		if k < len(toks) && attendWords[toks[k].Lower] && AgentBy(toks, k) > 0 {
			return k
		}
		return -1
	}
	return -1
}

// passiveBe: "was" or "were" stands before the attendance word at k, or
// before an "also" right before it: "The meeting, lasting three hours,
// was also attended by X" adds those who sat in on the meeting told, as
// "was attended by" does (issue 14's three-hundred-and-thirteenth round;
// p1913, p108, p132, p431, p503).
func passiveBe(toks []text.Token, k int) bool {
	if k >= 2 && toks[k-1].Lower == "also" {
		k--
	}
	return toks[k-1].Lower == "was" || toks[k-1].Lower == "were"
}

// AgentBy is the position of the "by" that opens the agent of the passive
// attendance word at k, or -1: right after it ("attended by X"), or after
// the side the agent sat on ("attended from the Egyptian side by X", "was
// attended on the host side by Y"), as readouts list each side's people.
// The side may be set off by commas ("was attended, on the host side, by
// Y"), as Gulf and Latin American readouts write it (issue 14's
// four-hundred-and-eighty-seventh round, p2957, p2091).
func AgentBy(toks []text.Token, k int) int {
	if k+1 < len(toks) && toks[k+1].Lower == "by" {
		return k + 1
	}
	o, comma := k+1, false
	if o < len(toks) && toks[o].Text == "," {
		o, comma = o+1, true
	}
	if o+2 >= len(toks) || !sideOpeners[toks[o].Lower] || toks[o+1].Lower != "the" {
		return -1
	}
	for e := o + 2; e+1 < len(toks) && e <= o+4; e++ {
		if !toks[e].Word {
			return -1
		}
		if sideNouns[toks[e].Lower] {
			b := e + 1
			if comma {
				if toks[b].Text != "," || b+1 >= len(toks) {
					return -1
				}
				b++
			}
			if toks[b].Lower == "by" {
				return b
			}
			return -1
		}
	}
	return -1
}

// priorAdjunct: a time adjunct set before an event opens at token i
// ("Before the start of the summit, A held separate meetings with B and
// with C", "Prior to the talks, A met B", "Ahead of the vote, ..."): its
// event is a landmark of time, so the clause after its comma is the main
// one, and its noun no predicate of that clause's people. Read as one,
// the summit gathered the clause's people in one meeting and the
// separate meetings were never split (issue 14's
// two-hundred-and-ninety-third round, p1795).
func priorAdjunct(toks []text.Token, i int) bool {
	if i+2 >= len(toks) || !priorPreps[toks[i].Lower] {
		return false
	}
	switch toks[i].Lower {
	case "prior":
		return toks[i+1].Lower == "to"
	case "ahead":
		return toks[i+1].Lower == "of"
	}
	return true
}

// PriorMeetingLandmark: the sentence opens with a time adjunct set before
// a meeting ("Before the four-way talks,", "Ahead of the summit in the
// Normandy format,"): the encounters its main clause tells happened
// before that meeting, beside it, and do not retell it as separate ones.
func PriorMeetingLandmark(toks []text.Token) bool {
	if !priorAdjunct(toks, 0) {
		return false
	}
	for k := 1; k < len(toks) && k <= 8; k++ {
		if toks[k].Text == "," {
			return false
		}
		if MeetingNouns[toks[k].Lower] {
			return true
		}
	}
	return false
}

// sideOpeners and sideNouns read the side a passive attendance names its
// agent from: "attended from the Jordanian side by X".
var (
	sideOpeners = lex("sideOpeners")
	sideNouns   = lex("sideNouns")
)

// AfterFrontedAdjunct is where the main clause of a sentence opening with
// a short prepositional adjunct starts ("During the visit, he ..."), or 0.
func AfterFrontedAdjunct(toks []text.Token) int {
	// "On July 31 he received X", "On Monday she met Y": a day with no
	// comma after it, then a subject pronoun.
	if len(toks) > 2 && (toks[0].Lower == "on" || toks[0].Lower == "in") {
		e := 1
		for e < len(toks) && e <= 4 && IsTimeWord(toks[e]) {
			e++
		}
		if e > 1 && e < len(toks) && subjectPronouns[toks[e].Lower] {
			return e
		}
	}
	if len(toks) > 2 && (toks[0].Lower == "in" || toks[0].Lower == "at") {
		// "In Niamey he met X": a place of one to three capitalized
		// words with no comma, then a subject pronoun (the
		// two-hundred-and-forty-third round, p1495).
		e := 1
		for e < len(toks) && e <= 3 && toks[e].Word && toks[e].Cap && !IsTimeWord(toks[e]) {
			e++
		}
		if e > 1 && e < len(toks) && subjectPronouns[toks[e].Lower] {
			return e
		}
	}
	if e := bareTimeEnd(toks); e > 0 && subjectPronouns[toks[e].Lower] {
		// "This morning he and B had talks", "Yesterday evening and again
		// this morning she met B": a time phrase with no preposition or
		// comma, then a subject pronoun.
		return e
	}
	start := 0
	if len(toks) > 3 && toks[0].Lower == "on" && IsTimeWord(toks[1]) && toks[2].Text == "," {
		// "On Thursday, during the visit from May 5 to 8, A received B":
		// a day, then the adjunct.
		start = 3
	}
	if len(toks) <= start || !frontPreps[toks[start].Lower] && !priorAdjunct(toks, start) {
		return 0
	}
	for e := start + 1; e < len(toks) && e < start+10; e++ {
		if toks[e].Text == "," {
			return e + 1
		}
	}
	return 0
}

// AfterPriorAdjunct is where the main clause of a sentence opening with
// an adjunct of time before an event starts ("Before leaving, he met X",
// "Before the formal round he called on Y", "Before flying to P he held
// talks with Z"), or 0: after the adjunct's comma within ten tokens, or,
// with no comma, at the first "he" or "she" within twelve (not the
// adjunct's own subject right after the preposition: "Before he left P
// he met X"). The clause reader splits "before" off as a clause break,
// so the pronoun's clause opens after it (issue 14's four-hundred-and-
// eighty-first round; p2919, p2126).
func AfterPriorAdjunct(toks []text.Token) int {
	if !priorAdjunct(toks, 0) {
		return 0
	}
	for e := 1; e < len(toks) && e < 12; e++ {
		switch {
		case toks[e].Text == ",":
			if e < 10 {
				return e + 1
			}
			return 0
		case !toks[e].Word && toks[e].Text != "." && toks[e].Text != "-":
			return 0
		case e >= 2 && e+1 < len(toks) && (toks[e].Lower == "he" || toks[e].Lower == "she") && toks[e-1].Lower != "before" && toks[e-1].Lower != "to" && toks[e-1].Lower != "of":
			return e
		}
	}
	return 0
}

// bareTimeOpeners open a time phrase with no preposition: "yesterday",
// "this", "later" (lexicon).
var bareTimeOpeners = lex("bareTimeOpeners")

// bareTimeEnd: the sentence opens with a time phrase that no preposition
// opens ("Yesterday", "This morning", "Later that day", "Yesterday evening
// and again this morning"): the index of the token after it, or 0. Its
// words are time words, "and" and "again"; no punctuation.
func bareTimeEnd(toks []text.Token) int {
	if len(toks) < 2 || !bareTimeOpeners[toks[0].Lower] {
		return 0
	}
	e := 0
	for e < len(toks) && e < 8 && toks[e].Word && (IsTimeWord(toks[e]) || toks[e].Lower == "and" || toks[e].Lower == "again") {
		e++
	}
	if e == 0 || e >= len(toks) || toks[e-1].Lower == "and" {
		return 0
	}
	return e
}

// NextListItem reads the separator after a list item that ends at k ("A,
// B", "A and B", "A, and B"): where the next item starts, and whether the
// list goes on.
func NextListItem(toks []text.Token, k int) (int, bool) {
	if k >= len(toks) || (toks[k].Text != "," && toks[k].Lower != "and") {
		return k, false
	}
	k++
	if k < len(toks) && toks[k].Lower == "and" {
		k++
	}
	return k, true
}

// passiveConjunct: at k, after "and", a passive of the same subject: a
// past form of "be" (lexicon passiveConjunctAux), at most two lower-case
// adverbs ("also", "later"), then a participle in -ed and "by": "A held
// talks with B and was also received by C" tells a second encounter, with
// C, whose object is not B (the two-hundred-and-twenty-sixth round,
// p1390). "and was pleased by" is such a shape too, but holds no meeting
// trigger, so no meeting comes of it.
func passiveConjunct(toks []text.Token, k, ce int) bool {
	if k >= ce || !passiveConjunctAux[toks[k].Lower] {
		return false
	}
	for e := k + 1; e+1 < ce && e <= k+3; e++ {
		if !toks[e].Word || toks[e].Cap {
			return false
		}
		if passiveParticiple(toks[e]) && agentAfterGap(toks, e+1, ce) {
			return true
		}
	}
	return false
}

// passiveParticiple: a past participle of a passive reception, a regular
// one in "-ed" or an irregular one of lexicon irregularReceiveParticiples
// ("met", "seen").
func passiveParticiple(t text.Token) bool {
	return t.Word && !t.Cap && (strings.HasSuffix(t.Lower, "ed") || irregularReceiveParticiples[t.Lower])
}

// irregularReceiveParticiples: participles of a reception not in "-ed".
var irregularReceiveParticiples = lex("irregularReceiveParticiples")

// maxSpotWords is how many words the phrase between a passive participle
// and its agent may run: "at the Kotoka International Airport".
const maxSpotWords = 6

// agentAfterGap: the "by" of a passive's agent stands at from, or after a
// short phrase of where or when the reception was: "and was received by
// C", "and were met there by C", "and was greeted on arrival by C", "and
// was met at the Kotoka International Airport by C" (the
// two-hundred-and-fifty-fourth and sixty-first rounds, p1559, p1603).
// Without it the second predicate of "A arrived in X and was greeted at
// the airport by C" had no subject and C met no one. A phrase opened by a
// preposition of lexicon spotPreps may hold any words (a venue's name);
// otherwise only the venue and the day's words of a reception (lexicon
// passivePlaces, passiveGapWords), "the" and the prepositions of
// passiveGapPreps. Any other word (a name, an object: "was asked to meet
// C by") or a comma ends the search.
func agentAfterGap(toks []text.Token, from, ce int) bool {
	spot := from < ce && spotPreps[toks[from].Lower]
	for g := from; g < ce && g <= from+maxSpotWords; g++ {
		t := toks[g]
		switch {
		case t.Lower == "by":
			return true
		case !t.Word:
			return false
		case spot:
		case t.Cap:
			return false
		case passiveGapPreps[t.Lower] || passiveGapWords[t.Lower] || passivePlaces[t.Lower] || t.Lower == "the":
		case sameDayDeterminer(toks, g, ce):
		default:
			return false
		}
	}
	return false
}

// sameDayDeterminer: the word at g, "same", "this" or "that", opens the
// day's part a reception fell on ("and was received the same evening by
// C", "and was met this morning by C"), as bare "evening" does; before
// any other noun it is an object, not the time (issue 14's
// four-hundred-and-fifty-second round, p2747).
func sameDayDeterminer(toks []text.Token, g, ce int) bool {
	l := toks[g].Lower
	return (l == "same" || l == "this" || l == "that") && g+1 < ce && sameDayNouns[toks[g+1].Lower]
}

// sameDayNouns are the day and its parts: "the same day", "this evening".
var sameDayNouns = lex("sameDayNouns")

// spotPreps open the place or time phrase of a reception.
var spotPreps = lex("spotPreps")

// passiveBefore: a passive with its agent ("signed by A") stands between
// cs and e. "The accord was signed by A and B, and was witnessed by C":
// the subject is the thing done, and both passives tell one occasion
// (p1079).
func passiveBefore(toks []text.Token, cs, e int) bool {
	for i := cs + 1; i < e; i++ {
		if toks[i].Lower == "by" && strings.HasSuffix(toks[i-1].Lower, "ed") {
			return true
		}
	}
	return false
}

// passiveConjunctAux: past forms of "be" that open a passive conjunct.
var passiveConjunctAux = lex("passiveConjunctAux")
