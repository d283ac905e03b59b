package extract

import (
	"slices"
	"strings"

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

var triggers = map[string]int{
	"discuss": trWeak, "discussed": trWeak, "discusses": trWeak, "spoke": trWeak, "speak": trWeak,
	"speaks": trWeak, "talking": trWeak, "talked": trWeak,
	"talks": trTalks, "negotiations": trTalks, "discussions": trTalks, "consultations": trTalks,
	"consult": trTalks, "consulted": trTalks, "consulting": trTalks,
	"met": trMeet, "meet": trMeet, "meets": trMeet, "meeting": trMeet, "meetings": trMeet, "summit": trMeet,
	"convened": trMeet, "convene": trMeet, "convenes": trMeet, "hosted": trMeet, "host": trMeet,
	"hosts": trMeet, "received": trMeet, "receives": trMeet, "visited": trMeet, "visit": trMeet,
	"visits": trMeet, "visiting": trMeet, "encounter": trMeet,
	"call": trCall, "calls": trCall, "phoned": trCall, "telephoned": trCall,
}

// objectTriggers only count with an actor right after them: "received
// Israel's position" is not a meeting, "received Putin" is.
var objectTriggers = set("hosted", "host", "hosts", "received", "receives", "visited", "visit", "visits", "visiting")

// meetingNouns are the nouns among the triggers.
var meetingNouns = set("meeting", "meetings", "talks", "summit", "visit", "visits", "call", "calls",
	"discussions", "consultations", "negotiations", "encounter", "session", "engagement", "round")

// clauseBreaks end the clause a trigger's participants are looked for in.
var clauseBreaks = set(";", "but", "while", "whereas", "although", "though", "after", "before", "when",
	"where", "which", "who", "that", "said", "says", "told", "reported", "announced", "added", "stated",
	"revealed", "confirmed", "according", "noting", "adding", "saying", "suggesting", "criticizing",
	"criticising", "ahead", "aiming", "amid", "despite", "following", "since", "because", "remarked",
	"described", "expressed", "urged", "whose")

// plannedWords near a trigger make the meeting planned.
var plannedWords = set("will", "would", "'ll", "shall", "scheduled", "expected", "plans", "planned",
	"planning", "upcoming", "due", "ready", "prepared", "hopes", "hoping", "intends", "invited",
	"invitation", "proposed", "requested", "announced", "next", "could", "might", "possible",
	"potential", "set", "expects", "cancelled", "canceled", "postponed", "later")

// plannedVerbs after "to" before a trigger: "expected to meet", "set to
// resume talks".
var plannedVerbs = set("meet", "visit", "convene", "host", "consult", "resume", "hold", "begin", "start",
	"attend", "join", "participate", "have", "travel", "take", "receive")

var callWords = set("phone", "telephone", "phoned", "telephoned", "call", "calls")
var virtualWords = set("video", "videoconference", "virtual", "virtually", "online", "zoom", "videolink")

// attendWords put a lone person into a meeting reported nearby.
var attendWords = set("attending", "attended", "attend", "attends", "present", "joined", "joins",
	"participated", "participating")

// meeting is a meeting being built.
type meeting struct {
	parts     []int
	place     string
	date      string
	status    graph.Status
	mode      graph.Mode
	evidence  string
	si        int
	anaphoric bool
	stars     bool
}

// partial is one actor that a sentence puts into a meeting it does not
// otherwise describe ("X is also present", "Y mediated this meeting").
type partial struct {
	actor int
	place string
	si    int
}

// negotiationsAndMeetings runs the role and meeting rules over every
// sentence.
func (d *doc) negotiationsAndMeetings() {
	var r roles
	var ms []meeting
	var parts []partial
	for si := range d.sents {
		d.findRoles(si, &r)
		if d.sents[si].title {
			continue
		}
		ms = append(ms, d.sentenceMeetings(si, ms)...)
		parts = append(parts, d.partials(si)...)
	}
	ms = d.attachPartials(ms, parts)
	d.meetings = dedupeMeetings(ms)
	d.roles = r
}

// sentenceMeetings finds the meetings of one sentence: one per clause that
// holds a trigger.
func (d *doc) sentenceMeetings(si int, prev []meeting) []meeting {
	s := &d.sents[si]
	toks := s.toks
	type hit struct{ k, class, cs, ce int }
	var best []hit
	for k, t := range toks {
		c, ok := triggers[t.lower]
		if !ok || s.quoted[k] {
			continue
		}
		if objectTriggers[t.lower] && !d.objectAfter(si, k) {
			continue
		}
		if t.lower == "call" || t.lower == "calls" {
			if k+1 < len(toks) && (toks[k+1].lower == "for" || toks[k+1].lower == "on") {
				continue
			}
		}
		cs, ce := clauseBounds(toks, k)
		if n := len(best); n > 0 && best[n-1].cs == cs {
			if c > best[n-1].class {
				best[n-1] = hit{k, c, cs, ce}
			}
			continue
		}
		best = append(best, hit{k, c, cs, ce})
	}
	var out []meeting
	for _, h := range best {
		if m, ok := d.buildMeeting(si, h.k, h.class, h.cs, h.ce, append(prev, out...)); ok {
			out = append(out, m)
		}
	}
	return out
}

// objectAfter: an actor follows within a few tokens (a visit to a person
// or state, a host of talks).
func (d *doc) objectAfter(si, k int) bool {
	for _, m := range d.ments[si] {
		if m.i > k && m.i <= k+4 && m.actor >= 0 && !m.desc {
			return true
		}
	}
	return false
}

// clauseBounds returns the clause around token k.
func clauseBounds(toks []token, k int) (int, int) {
	cs := 0
	for e := k - 1; e >= 0; e-- {
		if clauseBreaks[toks[e].lower] {
			cs = e + 1
			break
		}
	}
	ce := len(toks)
	for e := k + 1; e < len(toks); e++ {
		if clauseBreaks[toks[e].lower] {
			ce = e
			break
		}
	}
	return cs, ce
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
	for mi := range d.ments[si] {
		m := &d.ments[si][mi]
		if m.i < cs || m.j > ce || !d.eligible(si, m) {
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
	if sp := d.pronounSubject(si, cs); sp >= 0 && !slices.Contains(persons, sp) {
		persons = append([]int{sp}, persons...)
	}
	for _, a := range d.slotActors(si, k, cs, ce, len(persons) >= 2) {
		if !mediators[a] {
			add(&slots, a)
		}
	}
	anaphoric := k > 0 && (toks[k-1].lower == "the" || toks[k-1].lower == "this" || toks[k-1].lower == "that")
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
	if class == trTalks && !d.talksHappen(si, k, cs, ce) {
		return meeting{}, false
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
	m.status = d.status(toks, k, cs, ce)
	m.mode = graph.UnknownMode
	switch {
	case anyWord(toks, cs, ce, callWords) || class == trCall:
		m.mode = graph.Call
	case anyWord(toks, cs, ce, virtualWords):
		m.mode = graph.Virtual
	}
	if m.mode != graph.Call {
		m.place = d.placeOf(si, k, cs, ce)
		if m.place == "" && m.anaphoric {
			m.place = inheritPlace(prev, parts, si)
		}
		if m.mode == graph.UnknownMode && (m.place != "" || class == trMeet) {
			m.mode = graph.InPerson
		}
	}
	m.stars = m.mode == graph.Call || class == trWeak && (toks[k].lower == "spoke" || toks[k].lower == "speak" || toks[k].lower == "speaks")
	m.date = d.dateOf(toks, k, cs, ce, m.status)
	if m.status == graph.Held && len(m.date) == 10 && !d.art.Published.IsZero() && m.date > day(d.art.Published) {
		m.status = graph.Planned
	}
	return m, true
}

// eligible: a mention that can be a participant — an actor, not a
// descriptor of someone else's title, not a location, not an adjective.
func (d *doc) eligible(si int, m *mention) bool {
	s := &d.sents[si]
	if m.actor < 0 || m.desc || m.kind == mNonActor || m.kind == mTitleRef {
		return false
	}
	toks := s.toks
	if d.cast.actors[m.actor].kind != graph.Person && m.i > 0 {
		p := toks[m.i-1].lower
		if locPreps[p] || (p == "the" && m.i > 1 && locPreps[toks[m.i-2].lower]) {
			return false
		}
	}
	if m.kind == mDemonym {
		if demonymStateNouns[m.headNoun] || strings.HasSuffix(m.text, "s") {
			return true
		}
		// "Ukrainian and American representatives"
		if m.headNoun == "and" {
			for _, o := range d.ments[si] {
				if o.i == m.j+1 && o.kind == mDemonym && demonymStateNouns[o.headNoun] {
					return true
				}
			}
		}
		return false
	}
	return true
}

// slotActors are the actors a trigger's syntax makes participants: "between
// A and B", "with A and B", "both A and B", "A and B met", "A-B talks".
func (d *doc) slotActors(si, k, cs, ce int, persons bool) []int {
	s := &d.sents[si]
	toks := s.toks
	var out []int
	add := func(m *mention) {
		if m != nil && d.eligible(si, m) && m.i >= cs && m.j <= ce && !slices.Contains(out, m.actor) {
			out = append(out, m.actor)
		}
	}
	for e := cs; e < ce; e++ {
		switch toks[e].lower {
		case "between":
			a, b := d.betweenPair(si, e)
			add(a)
			add(b)
		case "with", "both":
			for _, a := range d.actorListMentions(si, e+1) {
				add(a)
			}
		case "and":
			if e < k {
				if a, b := d.conjPair(si, e); a != nil && b != nil && (a.i == cs || (a.i > cs && toks[a.i-1].lower == "the" && a.i-1 == cs)) {
					add(a)
					add(b)
				}
			}
		case "-":
			if a := d.mentionEndingAt(si, e); a != nil && toks[e].glued && e+1 < ce && toks[e+1].glued && !persons {
				if b := d.firstActor(si, e+1, 1, false); b != nil {
					add(a)
					add(b)
				}
			}
		}
	}
	// A verb trigger's subject and object: "Qatar hosted Hamas".
	if !meetingNouns[toks[k].lower] || toks[k].lower == "visit" {
		for mi := len(d.ments[si]) - 1; mi >= 0; mi-- {
			m := &d.ments[si][mi]
			if m.j <= k && m.i >= cs && k-m.j <= 3 {
				add(m)
				break
			}
		}
		if objs := d.actorListMentions(si, k+1); len(objs) > 0 && objs[0].i <= k+4 {
			for _, m := range objs {
				add(m)
			}
		}
	}
	return out
}

// actorListMentions is actorList returning mentions, skipping titles and
// descriptors ("with Egypt's intelligence chief Abbas Kamel and ...").
func (d *doc) actorListMentions(si, k int) []*mention {
	toks := d.sents[si].toks
	var out []*mention
	for len(out) < 6 {
		var m *mention
		for mi := range d.ments[si] {
			c := &d.ments[si][mi]
			if c.i >= k && c.i < k+8 && c.actor >= 0 && !c.desc {
				m = c
				break
			}
			if c.i >= k+8 {
				break
			}
		}
		if m == nil {
			break
		}
		for e := k; e < m.i; e++ {
			if toks[e].lower == "and" || toks[e].text == "," || clauseBreaks[toks[e].lower] || triggers[toks[e].lower] > 0 || (toks[e].word && !toks[e].cap && !titleWordLower(toks[e]) && toks[e].lower != "the" && toks[e].lower != "his" && toks[e].lower != "her" && toks[e].lower != "their" && toks[e].lower != "its") {
				return out
			}
		}
		out = append(out, m)
		k = m.j
		if k < len(toks) && (toks[k].text == "," || toks[k].lower == "and") {
			k++
			if k < len(toks) && toks[k].lower == "and" {
				k++
			}
			continue
		}
		break
	}
	return out
}

// status is planned when future or modal words surround the trigger.
func (d *doc) status(toks []token, k, cs, ce int) graph.Status {
	from, to := max(cs, k-6), min(ce, k+9)
	for e := max(from, k-2); e < k; e++ {
		if l := toks[e].lower; l == "previous" || l == "earlier" || l == "past" || l == "last" {
			return graph.Held // "the previous Jeddah talks"
		}
	}
	for e := from; e < to; e++ {
		l := toks[e].lower
		if e < k && l == "to" && e+1 < len(toks) && plannedVerbs[toks[e+1].lower] {
			return graph.Planned
		}
		if l == "to" && e+1 == k && toks[k].lower != "discuss" {
			return graph.Planned
		}
		if plannedWords[l] && !(l == "set" && (e+1 >= len(toks) || toks[e+1].lower != "to")) {
			return graph.Planned
		}
		if e > k && l == "to" && e+1 < len(toks) && plannedVerbs[toks[e+1].lower] && e > 0 &&
			(toks[e-1].lower == "are" || toks[e-1].lower == "is" || toks[e-1].lower == "was" || toks[e-1].lower == "were") {
			return graph.Planned // "talks ... are to take place"
		}
		if l == "not" && e+1 < len(toks) && (toks[e+1].lower == "occur" || toks[e+1].lower == "happen" || toks[e+1].lower == "take") {
			return graph.Planned
		}
	}
	return graph.Held
}

func anyWord(toks []token, i, j int, words map[string]bool) bool {
	for e := i; e < j && e < len(toks); e++ {
		if words[toks[e].lower] {
			return true
		}
	}
	return false
}

// placeOf finds where a meeting happens: a city "in"/"at" it or right
// before the trigger ("Paris talks"), else a country "in" it.
func (d *doc) placeOf(si, k, cs, ce int) string {
	s := &d.sents[si]
	toks := s.toks
	best, bestDist := "", 1<<30
	consider := func(name string, at int, weight int) {
		dist := abs(at-k) + weight
		if dist < bestDist {
			best, bestDist = name, dist
		}
	}
	for _, m := range d.ments[si] {
		if m.i < cs || m.j > ce {
			continue
		}
		prev := ""
		if m.i > 0 {
			prev = toks[m.i-1].lower
		}
		if m.i > 1 && toks[m.i-1].text == "'s" {
			prev = toks[m.i-2].lower
		}
		next := ""
		if m.j < len(toks) {
			next = toks[m.j].lower
		}
		switch {
		case m.kind == mCity && m.actor < 0 && (prev == "in" || prev == "at" || prev == "of" || meetingNouns[next]):
			consider(m.city, m.i, 0)
		case m.kind == mCity && m.actor < 0 && (prev == "to" || objectTriggers[prev]) && objectTriggers[toks[k].lower]:
			consider(m.city, m.i, 0)
		case m.kind == mState && (prev == "in" || prev == "at") && m.actor >= 0:
			consider(d.cast.actors[m.actor].name(), m.i, 20)
		case m.kind == mDemonym && next == "capital" && prev == "the":
			if c := d.g.capitalCity(m.code); c != "" {
				consider(c, m.i, 0)
			}
		}
	}
	return best
}

// inheritPlace: "the meeting" refers to a meeting reported just before
// with someone in common; it happened where that one did.
func inheritPlace(prev []meeting, parts []int, si int) string {
	for i := len(prev) - 1; i >= 0; i-- {
		p := prev[i]
		if si-p.si > 3 {
			break
		}
		for _, a := range parts {
			if slices.Contains(p.parts, a) && p.place != "" {
				return p.place
			}
		}
	}
	return ""
}

// dateOf resolves the date expression nearest the trigger in its clause.
func (d *doc) dateOf(toks []token, k, cs, ce int, st graph.Status) string {
	ds := findDates(toks, cs, ce, d.art.Published)
	if len(ds) == 0 {
		return ""
	}
	best := ds[0]
	for _, x := range ds[1:] {
		if abs(x.at-k) < abs(best.at-k) {
			best = x
		}
	}
	if best.bare && st == graph.Planned {
		return day(nearestWeekday(d.art.Published, best.weekday))
	}
	return best.value
}

// partials finds the lone actors a sentence adds to a nearby meeting.
func (d *doc) partials(si int) []partial {
	s := &d.sents[si]
	toks := s.toks
	attend, mediated := -1, false
	for k, t := range toks {
		if attendWords[t.lower] && !s.quoted[k] {
			attend = k
		}
		if (mediatorVerbs[t.lower] || t.lower == "hosted" || t.lower == "chaired") && k+1 < len(toks) &&
			(toks[k+1].lower == "this" || toks[k+1].lower == "the" || toks[k+1].lower == "these") && nearNoun(toks, k+1, 4) {
			attend, mediated = k, true
		}
		if (t.lower == "in" || t.lower == "at" || t.lower == "during") && k+2 < len(toks) && toks[k+1].lower == "the" &&
			(toks[k+2].lower == "meeting" || toks[k+2].lower == "talks") && !s.quoted[k] {
			attend = k
		}
	}
	if attend < 0 {
		return nil
	}
	var people []int
	for _, m := range d.ments[si] {
		if m.actor >= 0 && !m.desc && m.i < attend && d.cast.actors[m.actor].kind == graph.Person && !slices.Contains(people, m.actor) {
			people = append(people, m.actor)
		}
	}
	if len(people) != 1 {
		if mediated && len(people) == 0 {
			for _, m := range d.ments[si] {
				if m.actor >= 0 && !m.desc && m.i < attend {
					return []partial{{actor: m.actor, si: si}}
				}
			}
		}
		return nil
	}
	cs, ce := 0, len(toks)
	return []partial{{actor: people[0], place: d.placeOf(si, attend, cs, ce), si: si}}
}

func nearNoun(toks []token, k, n int) bool {
	for e := k; e < len(toks) && e < k+n; e++ {
		if meetingNouns[toks[e].lower] {
			return true
		}
	}
	return false
}

// attachPartials adds each partial actor to the nearest held meeting
// within four sentences, preferring one at the same place.
func (d *doc) attachPartials(ms []meeting, parts []partial) []meeting {
	for _, p := range parts {
		best, bestScore := -1, 1<<30
		for i, m := range ms {
			dist := abs(m.si - p.si)
			if dist > 4 || m.status != graph.Held || m.mode == graph.Call {
				continue
			}
			score := dist * 2
			if m.si > p.si {
				score++
			}
			if p.place != "" && m.place != "" && p.place != m.place {
				continue
			}
			if p.place != "" && m.place == p.place {
				score -= 10
			}
			if score < bestScore {
				best, bestScore = i, score
			}
		}
		if best >= 0 && !slices.Contains(ms[best].parts, p.actor) {
			ms[best].parts = append(ms[best].parts, p.actor)
		}
	}
	return ms
}

// dedupeMeetings merges meetings with the same participants and status,
// keeping the first evidence and filling in place and date.
func dedupeMeetings(ms []meeting) []meeting {
	var out []meeting
	for _, m := range ms {
		merged := false
		for i := range out {
			o := &out[i]
			if o.status != m.status || !sameSet(o.parts, m.parts) {
				continue
			}
			if o.place != "" && m.place != "" && o.place != m.place {
				continue
			}
			if o.place == "" {
				o.place = m.place
			}
			if o.date == "" {
				o.date = m.date
			}
			merged = true
			break
		}
		if !merged {
			out = append(out, m)
		}
	}
	return out
}

func sameSet(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// eventVerbs say that talks took (or take) place.
var eventVerbs = set("held", "hold", "holding", "began", "begin", "begun", "started", "start", "resumed",
	"resume", "resumes", "ended", "end", "concluded", "convened", "opened", "continued", "took", "taking",
	"takes", "underway", "wrapped", "closed", "kicked", "followed", "continue", "continues", "continuing")

// talksHappen: "talks" and "negotiations" are also topics ("stalled
// negotiations"); they make a meeting only with a place or time right
// after them, a place right before ("Paris talks"), or a verb of
// occurrence.
func (d *doc) talksHappen(si, k, cs, ce int) bool {
	toks := d.sents[si].toks
	if anyWord(toks, cs, ce, eventVerbs) {
		return true
	}
	for _, m := range d.ments[si] {
		if (m.kind == mCity || m.kind == mState) && ((m.i > k && m.i <= k+3 && (toks[m.i-1].lower == "in" || toks[m.i-1].lower == "at")) || m.j == k || (m.j == k-1 && toks[k-1].text == "'s")) {
			return true
		}
	}
	return len(findDates(toks, k+1, min(ce, k+4), d.art.Published)) > 0
}

// pronounSubject: in "X said he spoke with Y", the clause after "said"
// opens with a pronoun that stands for X.
func (d *doc) pronounSubject(si, cs int) int {
	toks := d.sents[si].toks
	if cs <= 0 || cs >= len(toks) || (toks[cs].lower != "he" && toks[cs].lower != "she") {
		return -1
	}
	b := cs - 1
	if toks[b].lower == "that" && b > 0 {
		b--
	}
	if !speechVerbs[toks[b].lower] {
		return -1
	}
	for mi := len(d.ments[si]) - 1; mi >= 0; mi-- {
		m := d.ments[si][mi]
		if m.j <= b && m.actor >= 0 && !m.desc && d.cast.actors[m.actor].kind == graph.Person {
			return m.actor
		}
	}
	return -1
}

var speechVerbs = set("said", "says", "told", "added", "announced", "stated", "revealed", "confirmed")

// representedBy: a state or group already present through one of its
// people ("Witkoff" for the United States) is not listed again.
func (d *doc) representedBy(a int, persons []int) bool {
	for _, p := range persons {
		x := d.cast.actors[p]
		if x.affiliation == a {
			return true
		}
		for _, pos := range x.positions {
			if pos.org == a {
				return true
			}
		}
	}
	return false
}
