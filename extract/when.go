package extract

// When and where a meeting happens, and whether it did.

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// status is planned when future or modal words surround the trigger.
func (d *doc) status(toks []token, k, cs, ce int) graph.Status {
	from, to := max(cs, k-6), min(ce, k+9)
	// A modal belongs to the stretch between commas that holds the
	// predicate: "A, who will visit Lima, met B" was a meeting.
	for e := k - 1; e >= from; e-- {
		if toks[e].text == "," {
			from = e + 1
			break
		}
	}
	for e := max(from, k-2); e < k; e++ {
		if anteriorMods[toks[e].lower] {
			return graph.Held // "the last round of talks": an earlier event
		}
	}
	if meetingNouns[toks[k].lower] && intentObject(toks, cs, k) {
		return graph.Planned // "is seeking a meeting with", "preparing for talks"
	}
	for e := max(cs, k-6); e+2 < k; e++ {
		if (toks[e].lower == "is" || toks[e].lower == "are" || toks[e].lower == "was" || toks[e].lower == "were") &&
			toks[e+1].lower == "to" && toks[e+2].lower == "be" {
			return graph.Planned // "A is to be received by B"
		}
	}
	if meetingNouns[toks[k].lower] {
		// A noun predicate's own verb follows its phrase: "a meeting
		// between A and B is scheduled for ...", "has been postponed".
		for e := k + 1; e+1 < ce; e++ {
			if l := toks[e].lower; l == "is" || l == "are" || l == "was" || l == "were" || l == "will" || l == "has" || l == "have" || l == "would" || l == "shall" {
				if l == "will" || l == "would" || l == "shall" {
					return graph.Planned // "a meeting between A and B will be held"
				}
				if plannedWords[toks[e+1].lower] || e+2 < ce && plannedWords[toks[e+2].lower] && (toks[e+1].lower == "be" || toks[e+1].lower == "been") {
					return graph.Planned
				}
				break
			}
		}
	}
	for e := from; e < to; e++ {
		l := toks[e].lower
		if e < k && l == "to" && e+1 < len(toks) && plannedVerbs[toks[e+1].lower] {
			return graph.Planned
		}
		if l == "to" && e+1 == k && triggers[toks[k].lower] != trWeak {
			// "to meet": an intended meeting; "(met) to discuss": a
			// purpose clause, whose topic verb says nothing of when.
			return graph.Planned
		}
		if (l == "invitation" || l == "invited") && e+1 < len(toks) && (toks[e+1].lower == "of" || toks[e+1].lower == "by" || toks[e+1].lower == "from") && e > k {
			continue // "a visit at the invitation of X" names the host
		}
		if plannedWords[l] && !(l == "set" && (e+1 >= len(toks) || toks[e+1].lower != "to")) && !(l == "may" && toks[e].cap) {
			return graph.Planned
		}
		if e > k && l == "to" && e+1 < len(toks) && plannedVerbs[toks[e+1].lower] && e > 0 &&
			(toks[e-1].lower == "are" || toks[e-1].lower == "is" || toks[e-1].lower == "was" || toks[e-1].lower == "were") {
			return graph.Planned // "talks ... are to take place"
		}
		if l == "not" && e+1 < len(toks) && occurVerbs[toks[e+1].lower] {
			return graph.Planned // announced talks that "did not take place"
		}
	}
	return graph.Held
}

// intentVerbs want, seek or prepare a meeting they govern as object.
var intentVerbs = lex("intentVerbs")

// intentObject: the meeting noun at k is the object of an intent verb —
// "sought a meeting with", "is preparing for talks", "called for direct
// talks" — with only a determiner, a modifier or "for" between them.
func intentObject(toks []token, cs, k int) bool {
	for e := k - 1; e >= cs && e >= k-4; e-- {
		l := toks[e].lower
		if intentVerbs[l] {
			return true
		}
		if !toks[e].word || toks[e].cap && !leadDets[l] || l != "for" && !leadDets[l] && looksVerb(toks, e) {
			return false
		}
	}
	return false
}

// anyWord: one of the words occurs in tokens [i, j).
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
		if at < k {
			// A place phrase belongs to the predicate it follows; one
			// before it, across a comma, to another event ("who were last
			// together in Lima, met in Oslo").
			dist++
			for e := at; e < k; e++ {
				if toks[e].text == "," {
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
		for _, m := range d.ments[si] {
			if m.j > cs-2 {
				break
			}
			switch {
			case m.kind == mCity && m.actor < 0:
				last, end = m.city, m.j
			case m.actor >= 0:
				last = ""
			}
		}
		between := cs - 2 - end
		for e := end; e < cs-2 && last != ""; e++ {
			if toks[e].text == "," || looksVerb(toks, e) {
				last = ""
			}
		}
		if last != "" && between <= 4 {
			return last
		}
	}
	if d.dateline != "" {
		// "met here on Tuesday": the city the article is filed from.
		for e := cs; e < ce; e++ {
			if toks[e].lower == "here" && !s.quoted[e] {
				consider(d.dateline, e, 0)
			}
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
		case m.kind == mCity && m.actor < 0 && (prev == "in" || prev == "at" || prev == "of" || prev == "outside" || prev == "near" || meetingNouns[next]):
			consider(m.city, m.i, 0)
		case m.kind == mCity && m.actor < 0 && prev == "the" && m.i > 1 && (toks[m.i-2].lower == "at" || toks[m.i-2].lower == "in") && venueNouns[next]:
			// "at the Lima residence of ...": a city naming a venue.
			consider(m.city, m.i, 0)
		case (m.kind == mUnknown || m.kind == mCity) && m.actor < 0 && prev == "of" && m.i > 1 && settlementNouns[toks[m.i-2].lower]:
			// "the border village of X", "the town of X"
			name := m.city
			if name == "" {
				name = m.text
			}
			consider(name, m.i, 0)
		case m.kind == mNonActor && (prev == "in" || prev == "at" || prev == "the") && venueNouns[toks[m.j-1].lower] && m.j+1 < len(toks) && toks[m.j].text == ",":
			// "in Bell House, Northtown": a venue, then its locality.
			for _, o := range d.ments[si] {
				if o.i == m.j+1 && (o.kind == mCity || o.kind == mUnknown) && o.actor < 0 {
					name := o.city
					if name == "" {
						name = o.text
					}
					consider(name, o.i, 0)
				}
			}
		case m.kind == mUnknown && m.actor < 0 && (prev == "in" || prev == "at" || prev == "outside" || prev == "near") &&
			m.j+1 < len(toks) && toks[m.j].text == "," && (d.stateAt(si, m.j+1) || d.settlementApposition(si, m.j+1)):
			// "in Northtown, Freedonia": a place the gazetteer lacks,
			// named by its country after a comma, is a city of it; so is
			// one an apposition calls a town (places.go).
			consider(m.text, m.i, 0)
		case m.kind == mCity && m.actor < 0 && (prev == "to" || objectTriggers[prev]) && objectTriggers[toks[k].lower]:
			consider(m.city, m.i, 0)
		case m.kind == mCity && m.actor < 0 && prev == "to" && m.i > 1 && arrivalVerbs[toks[m.i-2].lower]:
			// "flew to Quito for talks": the trip's destination.
			consider(m.city, m.i, 0)
		case m.kind == mState && (prev == "in" || prev == "at") && m.actor >= 0:
			consider(d.cast.actors[m.actor].name(), m.i, 20)
		case m.kind == mOrg && (prev == "at" || prev == "in" || prev == "the" && m.i > 1 && (toks[m.i-2].lower == "at" || toks[m.i-2].lower == "in")):
			if o := d.g.orgs[m.code]; o != nil && seats[o.name] {
				consider(d.g.capitalCity(o.country), m.i, 5)
			}
		case m.kind == mDemonym && next == "capital" && prev == "the":
			if c := d.g.capitalCity(m.code); c != "" {
				consider(c, m.i, 0)
			}
		}
	}
	return best
}

// stateAt: a state's mention starts at token i of sentence si.
func (d *doc) stateAt(si, i int) bool {
	for _, o := range d.ments[si] {
		if o.i == i && o.kind == mState {
			return true
		}
	}
	return false
}

// inheritPlace: "the meeting" refers to a meeting reported just before
// with someone in common; it happened where that one did. Without the
// definite article only the two sentences before count, and in the one
// just before a person also stands for their state or group.
func (d *doc) inheritPlace(prev []meeting, parts []int, si int, anaphoric bool, status graph.Status, date string) string {
	reach := 2
	if anaphoric {
		reach = 3
	}
	for i := len(prev) - 1; i >= 0; i-- {
		p := prev[i]
		if si-p.si > reach {
			break
		}
		if p.place == "" || p.mode == graph.Call || p.status != status {
			continue // a held meeting is not where a planned one will be
		}
		if !sameTime(p.date, date) {
			continue // another date is another event ("since they met in March")
		}
		for _, a := range parts {
			if slices.Contains(p.parts, a) || (si-p.si == 1 && slices.Contains(p.parts, d.cast.actors[a].affiliation)) {
				return p.place
			}
		}
	}
	return ""
}

// sameTime: two dates may name the same event: either is unknown, or one
// is as precise a part of the other ("2025-05" and "2025-05-05").
func sameTime(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// inheritDate: a held meeting told without a date, in the two sentences
// after a held meeting with someone in common at the same place, is the
// same visit told further ("Upon arrival, X was welcomed by Y").
func inheritDate(prev []meeting, parts []int, si int, place string) string {
	for i := len(prev) - 1; i >= 0; i-- {
		p := prev[i]
		if si-p.si > 2 {
			break
		}
		if p.date == "" || p.status != graph.Held || p.mode == graph.Call || place != "" && p.place != "" && place != p.place {
			continue
		}
		for _, a := range parts {
			if slices.Contains(p.parts, a) {
				return p.date
			}
		}
	}
	return ""
}

// dateOf resolves the date expression nearest the trigger in its clause.
func (d *doc) dateOf(toks []token, k, cs, ce int, st graph.Status) string {
	ds := findDates(toks, cs, ce, d.art.Published)
	// A time in the topic phrase ("to discuss the May 3 summit") is the
	// topic's, not the predicate's.
	if topic := topicSpansOf(toks, k, ce, false); topic != nil {
		ds = slices.DeleteFunc(ds, func(x dateExpr) bool { return topic[x.at] })
	}
	if topicCues[toks[k].lower] {
		// "to discuss the plan signed in May": a time after a
		// participle in the predicate's own object is that event's.
		ds = slices.DeleteFunc(ds, func(x dateExpr) bool { return participleBetween(toks, k+1, x.at) })
	}
	if len(ds) == 0 {
		return ""
	}
	// A time phrase belongs to the predicate it follows, or opens the
	// clause ("On Friday, X met Y") or stands right before it ("Friday's
	// talks"); one further back modifies another event ("after the
	// truce of 2019, they met on 3 May").
	cost := func(x dateExpr) int {
		c := abs(x.at - k)
		if x.at < k && x.at-cs > 2 && k-x.at > 3 {
			c += 40
		}
		if x.at < k && x.at-cs > 2 {
			for e := x.at; e < k; e++ {
				if toks[e].text == "," {
					c += 40 // across a comma: another phrase's time
					break
				}
			}
		}
		return c
	}
	best := ds[0]
	for _, x := range ds[1:] {
		if cost(x) < cost(best) {
			best = x
		}
	}
	if best.bare && st == graph.Planned {
		return day(nearestWeekday(d.art.Published, best.weekday))
	}
	return best.value
}

// participleBetween: a past participle in the object of a topic verb,
// before token j ("a plan signed ..."), with no comma between: a clause
// of another event.
func participleBetween(toks []token, i, j int) bool {
	for e := i; e < j; e++ {
		if toks[e].text == "," || toks[e].text == ";" {
			return false
		}
		if e > i && toks[e].word && !toks[e].cap && len(toks[e].lower) > 4 && strings.HasSuffix(toks[e].lower, "ed") {
			return true
		}
	}
	return false
}

// settlementNouns name a place by its kind: "the village of X".
var settlementNouns = lex("settlementNouns")

// venueNouns head the name of a building or compound where talks are held.
var venueNouns = lex("venueNouns")

// anteriorMods before a meeting word set it before another event: "the
// previous round", "last talks".
var anteriorMods = lex("anteriorMods")

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

// talksHappen: "talks" and "negotiations" are also topics ("stalled
// negotiations"); they make a meeting only with a place or time right
// after them, a place right before ("Paris talks"), a verb of
// occurrence, or a trip made for them.
func (d *doc) talksHappen(si, k, cs, ce int) bool {
	toks := d.sents[si].toks
	if anyWord(toks, cs, ce, eventVerbs) {
		return true
	}
	if k > 0 && pastPreps[toks[k-1].lower] || k > 1 && pastPreps[toks[k-2].lower] && (toks[k-1].lower == "the" || toks[k-1].lower == "these") {
		return true // "a statement issued after talks between A and B"
	}
	if k > 0 && toks[k-1].lower == "for" {
		for v := cs; v < k; v++ {
			if arrivalVerbs[toks[v].lower] && (v == 0 || !auxiliaries[toks[v-1].lower] && toks[v-1].lower != "to") {
				return true // "arrived in Cairo for talks with X": the trip's talks
			}
		}
	}
	for _, m := range d.ments[si] {
		if (m.kind == mCity || m.kind == mState) && ((m.i > k && m.i <= k+3 && (toks[m.i-1].lower == "in" || toks[m.i-1].lower == "at")) || m.j == k || (m.j == k-1 && toks[k-1].text == "'s")) {
			return true
		}
	}
	return len(findDates(toks, k+1, min(ce, k+4), d.art.Published)) > 0
}
