package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Trigger classes, strongest last: a clause yields one meeting, from its
// strongest trigger.
const (
	trWeak  = iota + 1 // discussed, spoke
	trTalks            // talks, negotiations, consultations
	trMeet             // met, meeting, summit, visit, hosted, convened
	trCall             // phone call
)

// triggers are the words that report an encounter, with their class.
var triggers = predicateClasses(parseLexicon(mustRead("lexicon/predicates.txt")))

// predicateClasses maps each predicate of lexicon/predicates.txt to its
// frame class.
func predicateClasses(sections map[string][]string) map[string]int {
	out := map[string]int{}
	for name, class := range map[string]int{"weak": trWeak, "talks": trTalks, "meet": trMeet, "call": trCall} {
		words, ok := sections[name]
		if !ok {
			panic("extract: no predicate class [" + name + "]")
		}
		for _, w := range words {
			out[w] = class
		}
	}
	return out
}

// passiveOnly triggers report a meeting only in the passive, with the host
// after "by": "was welcomed by X" (the host received the subject), while
// "X welcomed the deal" is no meeting.
var passiveOnly = lex("passiveOnly")

// objectTriggers only count with an actor right after them: "received
// Israel's position" is not a meeting, "received Putin" is.
var objectTriggers = lex("objectTriggers")

// meetingNouns are the nouns among the triggers.
var meetingNouns = lex("meetingNouns")

// clauseBreaks end the clause a trigger's participants are looked for in.
var clauseBreaks = lex("clauseBreaks")

// plannedWords near a trigger make the meeting planned.
var plannedWords = lex("plannedWords")

// plannedVerbs after "to" before a trigger: "expected to meet", "set to
// resume talks".
var plannedVerbs = lex("plannedVerbs")

// callWords and virtualWords set a meeting's mode.
var callWords = lex("callWords")

var virtualWords = lex("virtualWords")

// meeting is a meeting being built.
type meeting struct {
	parts     []int
	place     string
	date      string
	status    graph.Status
	mode      graph.Mode
	evidence  string
	attr      string // whose claim the sentence says it is
	si        int
	anaphoric bool
	stars     bool
	now       bool // told in the present ("has begun", "are taking place"): today's news
	split     bool // one of several encounters one sentence tells (distribute.go, sentenceMeetings)
}

// negotiationsAndMeetings runs the role and meeting rules over every
// sentence.
func (d *doc) negotiationsAndMeetings() {
	var r roles
	var ms []meeting
	var parts []partial
	var rs []roster
	for si := range d.sents {
		d.findRoles(si, &r)
		if d.sents[si].title {
			continue
		}
		// Only the last few meetings can be referred back to.
		recent := len(ms)
		for recent > 0 && si-ms[recent-1].si <= 3 {
			recent--
		}
		ms = append(ms, d.sentenceMeetings(si, ms[recent:len(ms):len(ms)])...)
		parts = append(parts, d.partials(si)...)
		rs = append(rs, d.rosters(si)...)
	}
	ms = d.attachPartials(ms, parts)
	ms = d.attachRosters(ms, rs)
	d.meetings = mergeRetold(dedupeMeetings(ms))
	d.sequelPlaces()
	d.meetingSides(&r)
	d.roles = r
	// SCHEMA: a held meeting that news of the day reports with no date
	// ("met in Doha", "talks ended") took place in the publication month.
	if !d.art.Published.IsZero() {
		for i := range d.meetings {
			if d.meetings[i].status == graph.Held && d.meetings[i].date == "" {
				d.meetings[i].date = month(d.art.Published)
				if d.meetings[i].now {
					d.meetings[i].date = day(d.art.Published) // "talks have begun"
				}
			}
		}
	}
}

// nounPreps may govern a meeting noun that names an event the sentence
// is set in ("at the meeting", "after the talks").
var nounPreps = lex("nounPreps")

// looksVerb: a lower-case word read as a finite verb without a tagger —
// a meeting predicate, a reporting or taking-part verb, or a past tense
// in "-ed" that no determiner or adverb ("newly appointed") precedes —
// and not a passive participle before "by".
func looksVerb(toks []token, e int) bool {
	t := toks[e]
	if !t.word || t.cap {
		return false
	}
	if (triggers[t.lower] > 0 && !meetingNouns[t.lower] || reportVerbs[t.lower] || partakeVerbs[t.lower]) && (e+1 >= len(toks) || toks[e+1].lower != "by") {
		return true
	}
	if len(t.lower) <= 4 || !strings.HasSuffix(t.lower, "ed") || e > 0 && (leadDets[toks[e-1].lower] || strings.HasSuffix(toks[e-1].lower, "ly")) {
		return false
	}
	// "the delegation led by X" is a participle, not a finite verb.
	return e+1 >= len(toks) || toks[e+1].lower != "by"
}

// conjunct narrows a predicate's clause to the conjunct that holds it.
// "A met B in Paris, and C visited D in Rome": "and" followed by a new
// subject and its verb joins two sentences about two events (also without
// the comma once a verb stood before "and"); "A met B and thanked C": "and"
// followed by a verb (or by a sequence adverb and a verb: "and later met
// C") joins a second predicate whose object (C) is not the first one's, and in "A thanked C and met B" the span [skipFrom, skipTo)
// holds the other predicate's object; "A met B to pass on a message from
// C": an infinitive after the object opens a purpose clause. The
// predicate's arguments stay inside its own conjunct.
func conjunct(toks []token, cs, ce, k int) (from, to, skipFrom, skipTo int) {
	verbBefore, predBefore := -1, -1
	for e := cs; e < ce; e++ {
		if verbBefore < 0 && looksVerb(toks, e) {
			verbBefore = e
		}
		if predBefore < 0 && (looksVerb(toks, e) || e+1 < ce && toks[e+1].lower == "by" && looksVerb(toks[:e+1], e)) {
			predBefore = e // also a passive "was received by"
		}
		if toks[e].lower != "and" && toks[e].lower != "but" && !(toks[e].lower == "to" && e > k) {
			continue
		}
		if toks[e].lower == "to" {
			// "to" + a bare verb: not "to the", "to Paris", "to talks".
			if e+1 < ce && toks[e+1].word && !toks[e+1].cap && !leadDets[toks[e+1].lower] && triggers[toks[e+1].lower] == 0 &&
				!topicCues[toks[e+1].lower] && e > k+1 {
				return cs, e, skipFrom, skipTo
			}
			continue
		}
		if e+1 >= ce || e == cs {
			continue
		}
		verbAt, shared := -1, false
		adv := e + 1
		for adv+1 < ce && sequenceAdverbs[toks[adv].lower] {
			adv++ // "and later met C": the adverb is no subject
		}
		if looksVerb(toks, adv) {
			verbAt, shared = adv, true // "and thanked C"
		} else if toks[e-1].text == "," || toks[e].lower == "but" || verbBefore >= 0 && verbBefore < e {
			// "(,) and C visited D": a new subject, then its verb.
			for v := e + 2; v < ce && v < e+8; v++ {
				if !toks[v].word || nounPreps[toks[v].lower] {
					break // a subject holds no preposition: "and B in Paris to discuss"
				}
				if looksVerb(toks, v) {
					verbAt = v
					break
				}
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

// conjunctPronoun: a "he" or "she" before the predicate of a later
// conjunct stands for the nearest person named before that conjunct.
func (d *doc) conjunctPronoun(si, pcs, k int) int {
	toks := d.sents[si].toks
	if pcs == 0 {
		return -1
	}
	pron := false
	for e := pcs; e < k; e++ {
		if toks[e].lower == "he" || toks[e].lower == "she" {
			pron = true
		}
	}
	if !pron {
		return -1
	}
	best := -1
	for mi := range d.ments[si] {
		m := &d.ments[si][mi]
		if m.j <= pcs && m.actor >= 0 && !m.desc && d.cast.actors[m.actor].kind == graph.Person && !possessorOnly(toks, m) {
			best = m.actor
		}
	}
	return best
}

// activeWelcome: a welcome verb in the active, between a person subject
// right before it and a person object right after it ("A welcomed B at
// the airport", "A greeted Qatar's emir B"), is a host receiving a
// visitor; "A welcomed the deal" or "A welcomed B's decision" is not.
func (d *doc) activeWelcome(si, k int) bool {
	subj, obj := false, false
	for mi := range d.ments[si] {
		m := &d.ments[si][mi]
		if m.actor < 0 || d.cast.actors[m.actor].kind != graph.Person || m.desc {
			continue
		}
		toks := d.sents[si].toks
		if m.j == k {
			subj = true
		}
		if m.i > k && m.i <= k+4 && (m.j >= len(toks) || toks[m.j].text != "'s") {
			obj = true
		}
	}
	return subj && obj
}

// callNoun: "call" after a determiner ("a phone call on Sunday", "a
// courtesy call on X") or before a time ("call on Monday") is the noun of
// a call, not the verb of "calls on X to ...".
func callNoun(toks []token, k int) bool {
	if k > 0 && leadDets[toks[k-1].lower] || k > 1 && leadDets[toks[k-2].lower] {
		return true
	}
	return k+2 < len(toks) && toks[k+1].lower == "on" && isTimeWord(toks[k+2])
}

// frontedAnaphor: the sentence opens with an adjunct about a meeting told
// before ("During the visit, ...", "After the talks, ..."), whose place and
// time are that meeting's.
func frontedAnaphor(toks []token) bool {
	return len(toks) > 3 && frontPreps[toks[0].lower] && (toks[1].lower == "the" || toks[1].lower == "this") && meetingNouns[toks[2].lower]
}

// relativeWords open a relative clause.
var relativeWords = lex("relativeWords")

// afterRelative: when the clause of a predicate opens with a relative
// pronoun whose clause a comma closes before the predicate ("X, who
// replaced Y in May, received Z"), the predicate's own arguments start
// after that comma; the people inside the relative clause (Y) belong to
// another event.
func afterRelative(toks []token, cs, k int) int {
	if cs == 0 || !relativeWords[toks[cs-1].lower] {
		return cs
	}
	for e := cs; e < k; e++ {
		if toks[e].text == "," {
			return e + 1
		}
	}
	return cs
}

// topicCues open what a meeting was about: "met X to discuss ...",
// "talks about ...".
var topicCues = lex("topicCues")

// topicSpans marks the tokens of the topic phrases after a predicate —
// from a topic cue ("to discuss the case of Z", "talks regarding Z") or a
// topic preposition phrase ("on the fate of Z", "over the release of Z")
// to the next "with", comma or the clause end. A person named there is
// what the meeting was about, not one of its participants.
func topicSpans(toks []token, k, ce int) map[int]bool {
	return topicSpansOf(toks, k, ce, true)
}

// topicSpansOf marks topic phrases; without preps, only those a topic cue
// opens ("to discuss", "about"): "on the sidelines of the summit on
// Monday" also reads as "on the N of", but its time is the meeting's.
func topicSpansOf(toks []token, k, ce int, preps bool) map[int]bool {
	var out map[int]bool
	for t := k; t < ce; t++ {
		cue := topicCues[toks[t].lower] && (t > k || preps && k+1 < ce && !toks[k+1].cap)
		if !cue && preps && t > k && t+3 < ce && (toks[t].lower == "on" || toks[t].lower == "over") &&
			toks[t+1].lower == "the" && toks[t+2].word && !toks[t+2].cap && toks[t+3].lower == "of" {
			cue = true
		}
		if !cue {
			continue
		}
		for e := t + 1; e < ce && toks[e].lower != "with" && toks[e].text != ","; e++ {
			if out == nil {
				out = map[int]bool{}
			}
			out[e] = true
			t = e
		}
	}
	return out
}

// inTopic: token k lies in the topic phrase of a predicate before it in
// its clause ("A called B to discuss the summit"): the noun names what
// they talked about, not another meeting of the clause.
func inTopic(toks []token, cs, k int) bool {
	for e := max(cs, k-6); e < k; e++ {
		if topicCues[toks[e].lower] && e > cs && anyTrigger(toks, cs, e) && topicSpansOf(toks, e-1, k+1, false)[k] {
			return true
		}
	}
	return false
}

// anyTrigger: a meeting predicate occurs in tokens [i, j).
func anyTrigger(toks []token, i, j int) bool {
	for e := i; e < j; e++ {
		if triggers[toks[e].lower] > 0 {
			return true
		}
	}
	return false
}

// partakeVerbs make their subject take part in the meeting they govern:
// "X chaired the meeting", "Y held the talks".
var partakeVerbs = lex("partakeVerbs")

// commentedOn: a meeting noun told with "the"/"this"/"that" as the object of
// a verb other than a reporting one — "X criticised the meeting", "Y
// welcomed the talks" — is what its subject comments on, not something the
// subject attended; the people of such a clause are not its participants.
// A noun after a preposition ("at the meeting") or a reporting verb ("said
// the meeting covered ...") keeps them.
func commentedOn(toks []token, cs, k int) bool {
	v := k - 2
	if v < cs || v < 0 {
		return false
	}
	t := toks[v]
	return t.word && !t.cap && !nounPreps[t.lower] && !speechVerbs[t.lower] && !attendWords[t.lower] &&
		!partakeVerbs[t.lower] && (triggers[t.lower] == 0 || passiveOnly[t.lower]) && !functionWords[t.lower]
}

// negatedPredicate: a negation right before a verb predicate ("did not
// meet", "have never met") or a "no" determiner before a noun one ("no
// meeting took place") says the meeting did not happen.
func negatedPredicate(toks []token, k int) bool {
	if meetingNouns[toks[k].lower] && toks[k].lower != "visit" {
		return k > 0 && toks[k-1].lower == "no"
	}
	for e := k - 1; e >= 0 && e >= k-2; e-- {
		if negations[toks[e].lower] {
			return true
		}
	}
	return false
}

var negations = lex("negations")

// presentEvent: the clause tells the event as going on or just done,
// "has begun", "are taking place", "is under way".
func presentEvent(toks []token, cs, ce int) bool {
	for e := cs; e+1 < ce && e+1 < len(toks); e++ {
		l, n := toks[e].lower, toks[e+1].lower
		if (l == "has" || l == "have") && (n == "begun" || n == "started" || n == "opened" || n == "convened" || n == "ended" || n == "concluded") ||
			(l == "is" || l == "are") && (n == "taking" || n == "underway" || n == "under" || n == "being") {
			return true
		}
	}
	return false
}

// sentenceMeetings finds the meetings of one sentence: one per clause that
// holds a trigger.
func (d *doc) sentenceMeetings(si int, prev []meeting) []meeting {
	s := &d.sents[si]
	toks := s.toks
	type hit struct {
		k, class, cs, ce int
		group            [2]int
	}
	var clauses [][]hit // the triggers of each clause, in order
	for k, t := range toks {
		c, ok := triggers[t.lower]
		if !ok || s.quoted[k] {
			continue
		}
		if objectTriggers[t.lower] && !d.objectAfter(si, k) {
			continue
		}
		if (t.lower == "call" || t.lower == "calls") && k+1 < len(toks) && (toks[k+1].lower == "for" || toks[k+1].lower == "on") &&
			!callNoun(toks, k) {
			continue // "calls for talks", "calls on Israel"
		}
		if passiveOnly[t.lower] && (k+1 >= len(toks) || toks[k+1].lower != "by") && !d.activeWelcome(si, k) && d.hostPhrase(si, k) == nil {
			continue
		}
		if (t.lower == "sat" || t.lower == "sits") && (k+1 >= len(toks) || toks[k+1].lower != "down") {
			continue // only "sat down with"
		}
		cs, ce := s.clause(k)
		if inTopic(toks, cs, k) {
			continue // "spoke with X to discuss the June meeting": a topic
		}
		// Two conjuncts of one clause ("A met B, and C visited D", "A
		// was received by B and held talks with C") are two events:
		// group triggers by the conjunct that holds them.
		gcs, _, _, gskip := conjunct(toks, afterRelative(toks, cs, k), ce, k)
		group := [2]int{gcs, gskip}
		if n := len(clauses); n > 0 && clauses[n-1][0].group == group {
			clauses[n-1] = append(clauses[n-1], hit{k, c, cs, ce, group})
			continue
		}
		clauses = append(clauses, []hit{{k, c, cs, ce, group}})
	}
	var out []meeting
	front := afterFrontedAdjunct(toks)
	for _, hs := range clauses {
		// "Following progress at Monday's meeting, a second meeting
		// will be held": a fronted adjunct sets the scene; a predicate
		// of the main clause speaks for it.
		if front > 0 && hs[0].k < front && hs[len(hs)-1].k >= front {
			hs = slices.DeleteFunc(hs, func(h hit) bool { return h.k < front })
		}
		// The strongest trigger that yields a meeting speaks for the clause.
		slices.SortStableFunc(hs, func(a, b hit) int { return b.class - a.class })
		for _, h := range hs {
			if m, ok := d.buildMeeting(si, h.k, h.class, h.cs, h.ce, append(prev, out...)); ok {
				pcs, pce, _, _ := conjunct(toks, afterRelative(toks, h.cs, h.k), h.ce, h.k)
				pce = relativeEnd(toks, h.cs, h.k, pce)
				out = append(out, d.distribute(si, h.k, pcs, pce, m)...)
				break
			}
		}
	}
	if len(out) > 1 {
		// "A met B and later met C": each encounter has the
		// participants the sentence tells for it.
		for i := range out {
			out[i].split = true
		}
	}
	return out
}

// definiteNoun: the predicate at k is a noun after a demonstrative or
// "the", with at most one modifier between ("the meeting", "the
// trilateral meeting", "this closed-door summit", "the 90-minute
// meeting"): a meeting the story refers to, not one it introduces.
func definiteNoun(toks []token, k int) bool {
	isDef := func(i int) bool {
		return i >= 0 && (toks[i].lower == "the" || toks[i].lower == "this" || toks[i].lower == "that")
	}
	if isDef(k - 1) {
		return true
	}
	// One modifier: a lower-case word or number, or words joined by
	// hyphens.
	i := k - 1
	if i < 0 {
		return false
	}
	if t := toks[i]; !(t.word && !t.cap && !functionWords[t.lower] && triggers[t.lower] == 0 && !looksVerb(toks, i) || isNumber(t.lower)) {
		return false
	}
	// The words of a hyphenated modifier may be any: "two-hour", "one-on-one".
	for n := 0; n < 3 && i >= 2 && toks[i-1].text == "-" && toks[i-1].glued && (toks[i-2].word && !toks[i-2].cap || isNumber(toks[i-2].lower)); n++ {
		i -= 2
	}
	return isDef(i - 1)
}

// buildMeeting assembles participants, place, date, status and mode.
func (d *doc) buildMeeting(si, k, class, cs, ce int, prev []meeting) (meeting, bool) {
	s := &d.sents[si]
	toks := s.toks
	var persons, slots []int
	add := func(list *[]int, a int) {
		if a >= 0 && !slices.Contains(*list, a) {
			*list = append(*list, a)
		}
	}
	mediators := map[int]bool{}
	pcs := afterRelative(toks, cs, k)
	pcs, pce, skipFrom, skipTo := conjunct(toks, pcs, ce, k)
	pce = relativeEnd(toks, cs, k, pce)
	topic := topicSpans(toks, k, pce)
	for mi := range d.ments[si] {
		m := &d.ments[si][mi]
		if m.i < pcs || m.j > pce || m.i >= skipFrom && m.i < skipTo || !d.eligible(si, m) || topic[m.i] {
			continue
		}
		if m.j+1 < len(toks) && toks[m.j].text == "-" && mediatorVerbs[toks[m.j+1].lower] {
			mediators[m.actor] = true
			continue
		}
		if d.cast.actors[m.actor].kind == graph.Person {
			add(&persons, m.actor)
		}
	}
	if a := d.conjunctPronoun(si, pcs, k); a >= 0 && !slices.Contains(persons, a) {
		// "..., X recalled, and on Sunday he met Y": "he" is X.
		persons = append([]int{a}, persons...)
	}
	if a := d.pronounAntecedent(si, cs); a >= 0 && !slices.Contains(persons, a) {
		// "During the visit, he was received by X": "he" is the subject.
		persons = append([]int{a}, persons...)
	}
	if sp := d.pronounSubject(si, cs); sp >= 0 && !slices.Contains(persons, sp) {
		persons = append([]int{sp}, persons...)
	}
	for _, a := range d.relativeSubjects(si, cs, k) {
		add(&persons, a)
	}
	other := map[int]bool{} // the other predicate's object in "A thanked C and met B"
	for mi := range d.ments[si] {
		if m := &d.ments[si][mi]; m.i >= skipFrom && m.i < skipTo && m.actor >= 0 {
			other[m.actor] = true
		}
	}
	for _, a := range d.slotActors(si, k, pcs, pce, len(persons) >= 2) {
		if !mediators[a] && !other[a] {
			add(&slots, a)
		}
	}
	anaphoric := definiteNoun(toks, k)
	if anaphoric && (anyWord(toks, max(cs, k-4), k, attendWords) || attendedBy(toks, k+1, min(ce, k+4))) {
		// "X and Y joined the meeting", "the meeting was attended by X
		// and Y": see partials
		return meeting{}, false
	}
	if anaphoric && commentedOn(toks, cs, k) {
		return meeting{}, false
	}
	if anaphoric && len(persons)+len(slots) < 2 {
		// "..., a spokesman said the meeting also covered ...": the
		// people of the sentence met.
		persons, slots = nil, nil
		for mi := range d.ments[si] {
			m := &d.ments[si][mi]
			if d.eligible(si, m) && d.cast.actors[m.actor].kind == graph.Person {
				add(&persons, m.actor)
			}
		}
	}
	fronted := d.frontedParts(si, k)
	if len(fronted) >= 2 {
		for _, a := range fronted {
			add(&persons, a)
		}
	} else {
		fronted = nil
	}
	spoken := false
	if sp, to := d.reportingSpeaker(si, k); sp >= 0 {
		add(&persons, sp)
		add(&persons, to)
		spoken = true
	}
	if class == trTalks && fronted == nil && !d.talksHappen(si, k, cs, ce) {
		return meeting{}, false
	}
	ante := -1 // the sentence that named the participants, when this one does not
	if distinct(persons, slots) < 2 {
		// Participants the clause does not name: "the two leaders",
		// "both sides", "her Chilean counterpart", "She met ...".
		if a := d.pronounAntecedent(si, cs); a >= 0 {
			add(&persons, a)
		}
		if a := d.counterpart(si, cs, ce); a >= 0 {
			if d.cast.actors[a].kind == graph.Person {
				add(&persons, a)
			} else {
				add(&slots, a)
			}
		}
		if refs := d.pluralReferents(si, cs, ce, prev); refs != nil {
			for _, a := range refs {
				if d.cast.actors[a].kind == graph.Person {
					add(&persons, a)
				} else {
					add(&slots, a)
				}
			}
			if d.pluralAnte >= 0 && d.pluralAnte < si {
				ante = d.pluralAnte
			}
		}
	}
	if len(persons)+len(slots) >= 1 {
		// "The two leaders met with X": the description stands for the
		// people of the meeting just told, X is named beside them.
		for _, a := range d.argumentPlural(si, pcs, pce, prev) {
			add(&persons, a)
		}
	}
	// "the two countries' foreign ministers": the people of that post.
	for _, a := range d.titlePlural(si, pcs, pce, persons) {
		add(&persons, a)
	}
	// "the foreign ministers of A and B": the person of that post in each.
	for _, a := range d.statesPosts(si, pcs, pce) {
		add(&persons, a)
	}
	for mi := range d.ments[si] {
		// "held a call with X and the Saudi Crown Prince": the person
		// the story named with that post, not the state.
		m := &d.ments[si][mi]
		if m.i < pcs || m.j > pce {
			continue
		}
		if st, p := d.titleReferent(si, m); p >= 0 {
			slots = slices.DeleteFunc(slots, func(a int) bool { return a == st })
			add(&persons, p)
		}
	}
	parts := slices.Clone(persons)
	for _, a := range slots {
		if !d.representedBy(a, persons) {
			add(&parts, a)
		}
	}
	if len(parts) < 2 {
		return meeting{}, false
	}
	m := meeting{parts: parts, si: si, evidence: s.text}
	m.anaphoric = anaphoric
	if negatedPredicate(toks, k) {
		return meeting{}, false // "did not meet", "no meeting took place"
	}
	m.status = d.status(toks, k, cs, ce)
	attr, denied := d.attribution(si, k)
	m.attr = attr
	m.status = finalStatus(m.status, d.cancelled(toks, k, cs), denied)
	m.mode = graph.UnknownMode
	switch {
	case anyWord(toks, cs, ce, virtualWords):
		m.mode = graph.Virtual
	case anyWord(toks, cs, ce, callWords) || class == trCall:
		m.mode = graph.Call
	}
	if m.mode == graph.InPerson || m.mode == graph.UnknownMode {
		m.place = d.placeOf(si, k, cs, ce)
		if m.place == "" {
			m.place = d.inheritPlace(prev, parts, si, m.anaphoric, m.status, d.dateOf(toks, k, cs, ce, m.status))
		}
		if m.place == "" && (fronted != nil || frontedAnaphor(toks)) {
			if ps, pk := d.previousTrigger(si); ps >= 0 {
				pcs, pce := d.sents[ps].clause(pk)
				m.place = d.placeOf(ps, pk, pcs, pce)
			}
		}
		if m.place == "" && ante >= 0 {
			// "X arrived in Lima on Monday. The two leaders held talks":
			// where the sentence naming them puts them.
			m.place = d.placeOf(ante, 0, 0, len(d.sents[ante].toks))
		}
		if m.mode == graph.UnknownMode && (m.place != "" || class == trMeet) {
			m.mode = graph.InPerson
		}
	}
	m.stars = m.mode == graph.Call || class == trWeak && (toks[k].lower == "spoke" || toks[k].lower == "speak" || toks[k].lower == "speaks")
	m.now = presentEvent(toks, cs, ce)
	m.date = d.dateOf(toks, k, cs, ce, m.status)
	if m.date == "" && whereClause(toks, cs) {
		// "visited Budapest on Tuesday, where he met X": the visit's time.
		ps, _ := s.clause(cs - 2)
		m.date = d.dateOf(toks, cs-2, ps, cs-1, m.status)
	}
	if m.date == "" && spoken {
		// "Earlier on Friday, A told B in a phone call ...": the time of
		// the reporting clause is the call's.
		m.date = d.dateOf(toks, k, 0, ce, m.status)
	}
	if m.date == "" && (fronted != nil || frontedAnaphor(toks)) {
		if ps, pk := d.previousTrigger(si); ps >= 0 {
			pt := d.sents[ps].toks
			pcs, pce := d.sents[ps].clause(pk)
			m.date = d.dateOf(pt, pk, pcs, pce, m.status)
		}
	}
	if m.date == "" && ante >= 0 {
		m.date = d.dateOf(d.sents[ante].toks, 0, 0, len(d.sents[ante].toks), m.status)
	}
	if m.date == "" && m.status == graph.Held {
		m.date = inheritDate(prev, parts, si, m.place)
	}
	if m.status == graph.Held && !d.art.Published.IsZero() &&
		(len(m.date) == 10 && m.date > day(d.art.Published) || len(m.date) == 7 && m.date > month(d.art.Published)) {
		m.status = graph.Planned // dated after the news that reports it
	}
	if m.place == "" && m.mode != graph.Call && m.mode != graph.Virtual && m.status == graph.Held && d.datelineHolds(si, m.date) {
		m.place = d.leadPlace()
	}
	return m, true
}

// whereClause: the clause starting at cs is a relative ", where ..."
// about the place the clause before it names.
func whereClause(toks []token, cs int) bool {
	return cs >= 3 && toks[cs-1].lower == "where" && toks[cs-2].text == ","
}

// distinct counts the actors of two lists, each once: a verb's subject
// is both a person and a syntactic slot.
func distinct(a, b []int) int {
	n := len(a)
	for _, x := range b {
		if !slices.Contains(a, x) {
			n++
		}
	}
	return n
}

// datelineHolds: wire copy files the day's news from where it happens, so
// a held meeting told in the lead paragraph, with no place of its own,
// dated within the week before the dateline's day (or undated), took place
// in the dateline's city. Further down, when the headline or lead names
// the dateline's city itself (the story is set there, not only filed
// from there), so is a meeting of the story's own days: dated that day or
// the two before it ("met X on Tuesday morning" in Wednesday's dispatch).
// Older meetings are background and may have been anywhere.
func (d *doc) datelineHolds(si int, date string) bool {
	if d.leadPlace() == "" || d.art.Published.IsZero() {
		return false
	}
	lead := si <= datelineReach
	if date == "" {
		return lead
	}
	if !lead && !d.setInDateline() {
		return false
	}
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return false // a month or year: not news of the day
	}
	age := d.art.Published.Sub(t)
	if !lead {
		return age >= 0 && age <= 2*24*time.Hour
	}
	return age >= 0 && age <= 7*24*time.Hour
}

// setInDateline: the headline or the lead paragraph names the dateline's
// city (the dateline itself is cut from the text, so it does not count).
func (d *doc) setInDateline() bool {
	if d.dateline == "" {
		return false
	}
	for si := 0; si < len(d.ments) && si <= datelineReach; si++ {
		for _, m := range d.ments[si] {
			if m.kind == mCity && m.city == d.dateline {
				return true
			}
		}
	}
	return false
}

// datelineReach is the last sentence (0-based, the headline counted) of
// the lead paragraph that the dateline places.
const datelineReach = 3

// attendedBy: a passive attendance word with its agent ("was attended by")
// in tokens [i, j).
func attendedBy(toks []token, i, j int) bool {
	for e := i; e < j && e+1 < len(toks); e++ {
		if attendWords[toks[e].lower] && toks[e+1].lower == "by" {
			return true
		}
	}
	return false
}
