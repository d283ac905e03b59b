package meeting

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Places named by a description or by the headline, read by PlaceOf
// (when.go) and the lead-paragraph rule (meetings.go).

// settlementApposition: at token i of sentence si an apposition that says
// the name before it is a settlement: "in Northtown, a coastal town", "in
// X, the Freedonian port city". A name the gazetteer lacks is a place when
// the text calls it one.
func (d *Reader) settlementApposition(si, i int) bool {
	toks := d.Sents[si].Toks
	if i >= len(toks) || !appositionDets[toks[i].Lower] {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		t := toks[k]
		if settlementNouns[t.Lower] {
			return true
		}
		// Modifiers: lower-case words and a state's or demonym's word.
		if !t.Word || t.Cap && !d.countryWordAt(si, k) || functionWords[t.Lower] {
			return false
		}
	}
	return false
}

// countryWordAt: token k of sentence si is inside a state's or demonym's
// mention.
func (d *Reader) countryWordAt(si, k int) bool {
	for _, m := range d.Ments[si] {
		if m.I <= k && k < m.J && (m.Kind == mention.State || m.Kind == mention.Demonym) {
			return true
		}
	}
	return false
}

// headlinePlace is the place a headline puts its event in: "A and B meet
// in Lisbon" (a city, else a state, after "in"), "" when none. A state
// gives way to the city of it where the lead sets its news (leadCity).
func (d *Reader) headlinePlace() string {
	if len(d.Sents) == 0 || !d.Sents[0].Title {
		return ""
	}
	toks := d.Sents[0].Toks
	for _, m := range d.Ments[0] {
		if m.I == 0 || toks[m.I-1].Lower != "in" || situatedPlace(toks, m.I) || topicAbout(toks, m.I) {
			continue // "talk about peace in X", "discuss the war in Y": where the topic is
		}
		switch m.Kind {
		case mention.City:
			return m.City
		case mention.State:
			if c := d.G.Countries[m.Code]; c != nil {
				if lc := d.leadCity(); lc != "" && d.cityCountry(lc) == m.Code {
					// "X in Freedonia for talks" over "X landed in Y
					// on Sunday": the lead names the city of the state
					// the headline gives (p873, p457).
					return lc
				}
				return c.Name
			}
		}
	}
	return ""
}

// topicAbout: the "in" before the place at token at closes a topic
// phrase opened by "about" within the four words before it, with only
// lower-case words between ("talk about peace in X", "a deal about trade
// in Y"): the place is the topic's, not the meeting's (headlinePlace; the
// two-hundred-and-forty-third round).
func topicAbout(toks []text.Token, at int) bool {
	for e := at - 2; e >= 0 && e >= at-5; e-- {
		if toks[e].Lower == "about" {
			return true
		}
		if !toks[e].Word || toks[e].Cap || frame.LooksVerb(toks, e) || frame.MeetingNouns[toks[e].Lower] {
			return false // "talks about trade opened in X": the talks' own place
		}
	}
	return false
}

// leadPlace is where the lead paragraph's news happens: the dateline's
// city, else the headline's place.
func (d *Reader) leadPlace() string {
	if c := d.leadElsewhere(); c != "" {
		return c
	}
	if d.dateline != "" {
		return d.dateline
	}
	return d.headlinePlace()
}

// storyCity is the city the story's own days are set in, for meetings
// that name none: the lead's place (leadPlace), else, with no dateline,
// the city the first sentence names (leadCity). Only the rules that lend
// a place to a meeting with none read it; those that let a later sentence
// correct a place the lead lent keep to leadPlace, since the lead city is
// named by the lead meeting's own sentence.
func (d *Reader) storyCity() string {
	if c := d.leadPlace(); c != "" || d.dateline != "" {
		return c
	}
	return d.leadCity()
}

// leadCity: a story with no dateline and no place in its headline is set
// where its first sentence puts its news ("held talks in Accra with ...",
// "wrapped up talks in the Egyptian capital", "resumed talks in the ...
// city of Jeddah"): the first city that sentence names as where something
// is, unless in a clause set off for another event. A local paper or a
// readout tells the rest of its story from there, as wire copy does from
// its dateline (p445, p476, p479, p477; read through storyCity). "" when
// that sentence names none.
func (d *Reader) leadCity() string {
	for si := range d.Sents {
		if d.Sents[si].Title || datelineOnly(d.Sents[si].Toks) || issuerLine(d.Sents[si].Toks) {
			continue
		}
		toks := d.Sents[si].Toks
		bare := d.bareCapital(si, 0, len(toks))
		lm, lmAt := d.firstLandmark(si, 0, len(toks))
		for _, m := range d.Ments[si] {
			if bare >= 0 && bare < m.I {
				return "" // "met in the capital on Tuesday, but the session to follow in X ...": no city
			}
			if lmAt >= 0 && lmAt < m.I && (bare < 0 || lmAt < bare) && !(nounEventPlace(toks, lmAt, 0) || sequelHeldAt(toks, lmAt, 0)) && !otherEventClause(toks, lmAt) {
				// "X was received by Y on Friday at the Great Hall of the
				// People, at the end of a visit that began in Z": the
				// landmark told before the city is where the lead's news
				// is (the two-hundred-and-forty-third round).
				return lm
			}
			if m.I == 0 || d.Sents[si].Quoted[m.I] || relativeBefore(toks, 0, m.I, len(toks)) || (nounEventPlace(toks, m.I, 0) || sequelHeldAt(toks, m.I, 0)) || fromAside(toks, m.I, len(toks)) {
				continue // "A, whose government hosted earlier rounds in X, met B", "the accord signed in X": the clause's event
			}
			prev := toks[m.I-1].Lower
			city := ""
			switch {
			case m.Kind == mention.City && m.Actor < 0 && (prev == "in" || outskirtsCue[prev] || prev == "of" && m.I > 1 && settlementNouns[toks[m.I-2].Lower]):
				city = m.City
			case m.Kind == mention.City && m.Actor < 0 && mention.PlightPlace(toks, m.I, leadPlightPreps):
				// "flying into war-torn X on Thursday to meet ...", "in
				// occupied Y": the city behind its plight (the
				// four-hundred-and-seventy-ninth round, p2910).
				city = m.City
			case d.capitalNamed(toks, m) != "" && (prev == "in" || prev == "the" && m.I > 1 && toks[m.I-2].Lower == "in"):
				city = d.capitalNamed(toks, m)
			case m.Kind == mention.Org && (prev == "at" || prev == "the" && m.I > 1 && toks[m.I-2].Lower == "at"):
				// "was received at the Kremlin" (p477): a body named
				// after its building in the capital (gazetteer.Seats).
				if o := d.G.Orgs[m.Code]; o != nil && gazetteer.Seats[o.Name] {
					city = d.G.CapitalCity(o.Country)
				}
			}
			if c, _ := d.landmarkAt(si, m.I); city == "" && c != "" && !(nounEventPlace(toks, m.I, 0) || sequelHeldAt(toks, m.I, 0)) {
				// "in a drawing room at Lancaster House": a building
				// known by name in one city (landmarkAt).
				city = c
			}
			if city != "" && !otherEventClause(toks, m.I) {
				return city
			}
		}
		return ""
	}
	return ""
}

// Sequels: a sentence whose subject is the meeting just told ("The
// talks got underway on Monday in X", "The meeting took place in X") and
// that names no one else says where and when that meeting was. Its place goes to
// the last held meeting told in it or in the two sentences before, when
// that one has none.
func (d *Reader) Sequels(ms []Frame) {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		if t := d.gatheredAnaphor(si); t > 0 {
			// "A and B met on Monday. C, who flew in from X that
			// morning, brought the two men together at a hotel in Y":
			// the meeting just told was where the gathering puts them.
			d.sequelPlace(ms, si, d.PlaceOf(si, t, t, len(toks)))
			d.gathererJoins(ms, si, t)
		}
		if d.Sents[si].Title || len(toks) < 4 || !sequelOpeners[toks[0].Lower] {
			continue
		}
		k := 1
		for k < len(toks) && k <= 3 && !frame.MeetingNouns[toks[k].Lower] {
			if !toks[k].Word || toks[k].Cap {
				break
			}
			k++
		}
		if k >= len(toks) || !frame.MeetingNouns[toks[k].Lower] {
			continue
		}
		if e := appositivePlaceEnd(toks, k); e > 0 && !seriesModified(toks, k) {
			// "The talks, at a lakeside resort near X, are the first
			// ...": the place phrase set off by commas right after the
			// meeting noun says where the talks just told were held,
			// whatever the verb after it (sequelPlaces).
			if !d.namesActor(si, e) {
				d.sequelPlace(ms, si, d.PlaceOf(si, k+2, k+2, e))
			}
			continue
		}
		v := k + 1
		if v+1 < len(toks) && (sequelIntensifiers[toks[v].Lower] || (toks[v].Lower == "that" || toks[v].Lower == "which") && frame.LooksVerb(toks, v+1)) {
			// "The talks themselves took place ...", "The meetings that
			// mattered took place ..." (p163, p149)
			if sequelIntensifiers[toks[v].Lower] {
				v++
			} else {
				v += 2
			}
		}
		aux := v
		for v < len(toks) && v <= aux+2 && (mention.Auxiliaries[toks[v].Lower] || toks[v].Lower == "got" || toks[v].Lower == "been" || toks[v].Lower == "finally") {
			v++
		}
		if v >= len(toks) || !(eventVerbs[toks[v].Lower] || occurVerbs[toks[v].Lower]) {
			continue
		}
		if sequelToCome(toks, aux, v) {
			// "Its next session will take place in Y": a sitting to
			// come, not where the one just told was.
			continue
		}
		if d.namesActor(si, v) {
			continue
		}
		place := d.PlaceOf(si, v, v, len(toks))
		date := d.dateOf(si, v, v, len(toks), graph.Held)
		if place == "" && date == "" {
			continue
		}
		told := false
		for i := len(ms) - 1; i >= 0; i-- {
			m := &ms[i]
			if m.Sent > si || m.Sent < si-2 || m.Status != graph.Held {
				continue
			}
			told = true
			// The sequel's own place wins over one the lead took from the
			// dateline or headline.
			if place != "" && (m.Place == "" || m.Sent < si && m.Place == d.leadPlace()) && m.Mode != graph.Call && m.Mode != graph.Virtual {
				m.Place = place
			}
			if date != "" && m.Date == "" {
				m.Date = date
			}
			break
		}
		if !told && place != "" {
			// "The meetings that mattered took place elsewhere in the
			// Finnish capital. A and B met at the embassy on July 30":
			// told before any of them, the sentence places the held
			// meetings of the two sentences after it that name no place
			// (p149, p163).
			for i := range ms {
				m := &ms[i]
				if m.Sent > si && m.Sent <= si+2 && m.Status == graph.Held && m.Place == "" && inPerson(*m) {
					m.Place = place
				}
			}
		}
	}
}

// gatheredAnaphor: sentence si tells someone bringing people already
// told "together" (a gatherVerbs word, then an anaphor of them within
// four words: "brought the two men together", "brought them together",
// "brought both sides together"), outside a quotation and not as a
// headline: the index of "together", else 0. Names between the verb and
// "together" tell a gathering of its own ("brought A and B together").
func (d *Reader) gatheredAnaphor(si int) int {
	s := &d.Sents[si]
	if s.Title {
		return 0
	}
	toks := s.Toks
	for v := 1; v+2 < len(toks); v++ {
		if !gatherVerbs[toks[v].Lower] || s.Quoted[v] {
			continue
		}
		o := v + 1
		if !gatheredAnaphors[toks[o].Lower] {
			continue
		}
		for t := o + 1; t < len(toks) && t <= o+3; t++ {
			if toks[t].Lower == "together" {
				return t
			}
			if !toks[t].Word || toks[t].Cap {
				break
			}
		}
	}
	return 0
}

// gathererJoins: the person who brought people already told "together"
// (the gatheredAnaphor at t) sat with them at the meeting just told: "A
// and B faced each other at last, when X brought them together in the
// hall", "X, who had flown in, brought both men together at an inn",
// "X, who brought the pair together, looked on". The broker is the subject of the gather verb: a
// person named right before it, or before a relative clause or an
// apposition set off by commas. A gathering with a time of its own
// ("brought them together for talks in August") tells an earlier
// meeting, not this one. The broker is seated, not a side.
func (d *Reader) gathererJoins(ms []Frame, si, t int) {
	toks := d.Sents[si].Toks
	v := t - 1
	for v > 0 && !gatherVerbs[toks[v].Lower] {
		v--
	}
	p := d.gathererOf(si, v)
	if p < 0 {
		return
	}
	e := t + 1
	for e < len(toks) && toks[e].Text != "," && toks[e].Text != "." {
		e++
	}
	if d.dateOf(si, t, t, e, graph.Held) != "" {
		return
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := &ms[i]
		if m.Sent > si || m.Sent < si-1 || m.Status != graph.Held || m.Mode == graph.Call || m.Mode == graph.Virtual {
			continue
		}
		if len(m.Parts) >= 2 && !slices.Contains(m.Parts, p) {
			m.Parts = append(m.Parts, p)
			m.Seated = append(m.Seated, p)
		}
		return
	}
}

// gathererOf: the person named as the subject of the gather verb at v —
// right before it ("X brought"), before "who" ("X, who brought"), or
// before a clause set off by commas ("X, the Secretary-General, brought",
// "X, who flew in from Y, brought") — or -1.
func (d *Reader) gathererOf(si, v int) int {
	toks := d.Sents[si].Toks
	e := v - 1
	if e >= 1 && toks[e].Lower == "who" && toks[e-1].Text == "," {
		e -= 2
	} else if e >= 1 && toks[e].Text == "," {
		k := e - 1
		for k > 0 && toks[k].Text != "," && toks[k].Text != "." {
			k--
		}
		if k <= 0 || toks[k].Text != "," || toks[k+1].Cap && toks[k+1].Lower != "the" {
			e--
		} else {
			e = k - 1
		}
	}
	if e < 0 {
		return -1
	}
	for _, m := range d.Ments[si] {
		if m.I <= e && e < m.J && m.Kind == mention.Person && m.Actor >= 0 {
			return m.Actor
		}
	}
	return -1
}

// GatheredApart: "X saw A and B one at a time, then brought them
// together", "He saw A and B separately and later brought them together
// with C": a sentence that
// tells one person's meetings with each of several people apart, and
// then that person bringing them "together" (a gatheredAnaphor after
// those meetings), tells one more meeting, of them all. It is added with
// the place and day of the last of them. Only two-party meetings held,
// all with the one host, count; a meeting the sentence already tells of
// them all adds nothing, and so does an attempt ("failed to bring them
// together"). A time after "together" is the gathering's own.
func (d *Reader) GatheredApart(ms []Frame) []Frame {
	n := len(ms)
	for si := range d.Sents {
		t := d.gatheredAnaphor(si)
		if t == 0 {
			continue
		}
		toks := d.Sents[si].Toks
		v := t - 1
		for v > 0 && !gatherVerbs[toks[v].Lower] {
			v--
		}
		if toks[v].Lower == "bring" || toks[v].Lower == "brings" || v > 0 && toks[v-1].Lower == "to" {
			// "failed to bring them together", "tries to bring them
			// together": an attempt, no meeting.
			continue
		}
		var apart []int
		for i := 0; i < n; i++ {
			if ms[i].Sent == si && ms[i].Status == graph.Held {
				apart = append(apart, i)
			}
		}
		if len(apart) < 2 {
			continue
		}
		host := -1
		for _, p := range ms[apart[0]].Parts {
			shared := true
			for _, i := range apart {
				shared = shared && len(ms[i].Parts) == 2 && slices.Contains(ms[i].Parts, p)
			}
			if shared {
				host = p
			}
		}
		if host < 0 {
			continue
		}
		parts := []int{host}
		for _, i := range apart {
			for _, p := range ms[i].Parts {
				if !slices.Contains(parts, p) {
					parts = append(parts, p)
				}
			}
		}
		m := ms[apart[len(apart)-1]]
		m.Parts, m.Seated, m.Split, m.Stars = parts, nil, false, false
		e := t + 1
		for e < len(toks) && toks[e].Text != "," && toks[e].Text != "." {
			e++
		}
		if date := d.dateOf(si, t, t, e, graph.Held); date != "" {
			// "before bringing them together on Thursday evening"
			m.Date = date
		}
		ms = append(ms, m)
	}
	return ms
}

// gatheredAnaphors open an object that refers back to people already
// told: "the two men", "them", "both sides".
var gatheredAnaphors = lex("gatheredAnaphors")

// appositivePlaceEnd: the comma closing a place phrase set off by commas
// right after the meeting noun at k ("The talks, at a resort near X,",
// "The meeting, held in X,"), or 0. The phrase opens with a place
// preposition (appositivePlacePreps) or "held" and one; it ends at the
// next comma, within twelve tokens.
func appositivePlaceEnd(toks []text.Token, k int) int {
	o := k + 2
	if o >= len(toks) || toks[k+1].Text != "," {
		return 0
	}
	if toks[o].Lower == "held" && o+1 < len(toks) {
		o++
	}
	if !appositivePlacePreps[toks[o].Lower] {
		return 0
	}
	for e := o + 1; e < len(toks) && e <= o+12; e++ {
		if toks[e].Text == "," {
			return e
		}
		if toks[e].Text == "." || toks[e].Text == ";" {
			return 0
		}
	}
	return 0
}

// seriesModified: a word between "The" and the meeting noun at k sets the
// talks apart in a series ("The next talks, in X,", "The previous round,
// at Y,"): they are other talks than the ones just told.
func seriesModified(toks []text.Token, k int) bool {
	for e := 1; e < k; e++ {
		if roundOrdinals[toks[e].Lower] || anteriorMods[toks[e].Lower] {
			return true
		}
	}
	return false
}

// sequelToCome: a futureCues auxiliary ("will", "shall") between aux
// and the sequel's verb at v tells a sitting to come, not the one just
// told: "Its next session will take place in Y", "The visit will continue
// on Wednesday in Y" (p2893, p2145).
func sequelToCome(toks []text.Token, aux, v int) bool {
	for e := aux; e < v; e++ {
		if futureCues[toks[e].Lower] {
			return true
		}
	}
	return false
}

// sequelOpeners open a sentence whose subject is the meeting just told:
// "The talks took place in X", "Their meeting was held in Y".
var sequelOpeners = lex("sequelOpeners")

// appositivePlacePreps open a place phrase set off after a meeting noun.
var appositivePlacePreps = lex("appositivePlacePreps")

// sequelPlace gives place to the last held in-person meeting told in
// sentence si or the two before it, when that one has none or only the
// lead's dateline or headline city.
func (d *Reader) sequelPlace(ms []Frame, si int, place string) {
	if place == "" {
		return
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := &ms[i]
		if m.Sent > si || m.Sent < si-2 || m.Status != graph.Held {
			continue
		}
		if (m.Place == "" || m.Sent < si && m.Place == d.leadPlace()) && m.Mode != graph.Call && m.Mode != graph.Virtual {
			m.Place = place
		}
		return
	}
}

// sequelIntensifiers may follow a sequel's meeting noun: "The talks
// themselves took place in X".
var sequelIntensifiers = lex("sequelIntensifiers")

// namesActor: sentence si names a person, state or group before token e
// (the subject holds participants of its own: a meeting of its own).
func (d *Reader) namesActor(si, e int) bool {
	for _, m := range d.Ments[si] {
		if m.I >= e {
			break
		}
		switch m.Kind {
		case mention.Person, mention.State, mention.Group:
			if m.Actor >= 0 {
				return true
			}
		}
	}
	return false
}

// datelineHolds: wire copy files the day's news from where it happens, so
// a held meeting told in the lead paragraph, with no place of its own,
// dated within the week before the dateline's day (or undated), took place
// in the dateline's city. Further down, when the headline or lead names
// the dateline's city itself (the story is set there, not only filed
// from there), so is a meeting of the story's own days: dated that day or
// the two before it ("met X on Tuesday morning" in Wednesday's dispatch),
// or told with no date at all ("X also met Y at the presidential palace
// before he left for Z"), unless its sentence puts someone in another
// city ("travelled to Z, where ..."). Older meetings are background and
// may have been anywhere.
func (d *Reader) datelineHolds(si int, date string) bool {
	if d.storyCity() == "" || d.printed.IsZero() {
		return false
	}
	// Only a dateline or a headline lends its city to the whole lead
	// paragraph; a lead city (leadCity) is named by the lead sentence's
	// own meeting, and the next sentences' meetings may be elsewhere.
	lead := si <= datelineReach && d.leadPlace() != ""
	if date == "" {
		return lead || d.setInDateline() && !d.namesOtherCity(si)
	}
	gathering := !lead && d.gatheringStory()
	if !lead && !gathering && !d.setInDateline() && !d.atBuilding(si) && !d.metToday(si, date) {
		return false
	}
	if date == frame.Month(d.printed) && thisWeek(d.Sents[si].Toks) {
		// "had met earlier this week at the palace": the story's own
		// days, though the date can say only their month (p208, p234).
		return !d.namesOtherCity(si)
	}
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return false // a month or year: not news of the day
	}
	age := d.printed.Sub(t)
	if !lead && !gathering {
		return age >= 0 && (age <= 2*24*time.Hour || d.leadDay().Sub(t) <= 2*24*time.Hour || d.fromFiling(t) <= 2*24*time.Hour)
	}
	return age >= 0 && age <= 7*24*time.Hour
}

// fromFiling is how long before the filing day (the dateline's own day,
// one or two days before the paper printed it: "NEW DELHI, Aug. 20."
// in the 21st's paper) t was: the story's own days count back from the
// dispatch, so "called on X on Tuesday" in Thursday's dispatch printed
// on Friday is one of them, as in a dispatch printed the same day (the
// two-hundred-and-tenth round, p1292).
func (d *Reader) fromFiling(t time.Time) time.Duration {
	return d.published.Sub(t)
}

// thisWeek: the tokens date an event by the publication's week ("this
// week", "earlier this week").
func thisWeek(toks []text.Token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].Lower == "week" && toks[k-1].Lower == "this" {
			return true
		}
	}
	return false
}

// leadDay is the day the lead (leadSentence) dates its event, when
// that is one of the two days before publication (Thursday's paper tells
// Wednesday's talks): the story's own days count back from it, so a
// meeting "on Monday" before Wednesday's talks is one of them (p65). Else
// the publication day.
func (d *Reader) leadDay() time.Time {
	if si := d.leadSentence(); si >= 0 {
		toks := d.Sents[si].Toks
		for _, e := range frame.FindDates(toks, 0, len(toks), d.printed) {
			t, err := time.Parse("2006-01-02", e.Value)
			if err == nil && !t.After(d.printed) && d.printed.Sub(t) <= 2*24*time.Hour {
				return t
			}
		}
	}
	return d.printed
}

// namesOtherCity: sentence si puts someone in a city other than the
// dateline's ("travelled to X, where ...", "in X"); "left for X" says
// where they went after.
func (d *Reader) namesOtherCity(si int) bool {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.Kind == mention.City && m.City != d.dateline && m.I > 0 && otherCityCues[toks[m.I-1].Lower] && !onwardTravel(toks, m.I-1) {
			return true
		}
	}
	return false
}

// onwardTravel: the "to" at k closes a trip still to come after a
// meeting the sentence has told — "met Y and was due to fly to X",
// "before travelling to X" — which says where the subject goes next, as
// "left for X" does, not where he met (issue 14's
// five-hundred-and-forty-sixth round, p3311; the shape of p2306's and
// p2778's dated meetings). "travelled to X, where ..." puts him there;
// "is expected to travel to X to resume talks" goes there to meet, with
// no meeting told before the trip: neither is this.
func onwardTravel(toks []text.Token, k int) bool {
	if k < 2 || toks[k].Lower != "to" || !onwardTravelVerbs[toks[k-1].Lower] || !onwardTravelLeads[toks[k-2].Lower] {
		return false
	}
	return slices.ContainsFunc(toks[:k-1], func(t text.Token) bool {
		tr := frame.Triggers[t.Lower]
		return tr == frame.Meet || tr == frame.Talks
	})
}

// onwardTravelVerbs: the travel verbs of onwardTravel, bare ("due to
// fly") and gerund ("before travelling").
var onwardTravelVerbs = lex("onwardTravelVerbs")

var onwardTravelLeads = map[string]bool{"to": true, "will": true, "would": true, "before": true}

var otherCityCues = map[string]bool{"in": true, "at": true, "to": true, "near": true, "outside": true}

// sentence si on date (datelineHolds), else "".
func (d *Reader) DatelinePlace(si int, date string) string {
	if d.datelineHolds(si, date) {
		return d.storyCity()
	}
	return ""
}

// leadElsewhere: the story's first sentence puts its event "in" a city
// other than the dateline's ("ADDIS ABABA - A and B signed an accord in
// Pretoria, South Africa, on Wednesday"): the copy was filed from away,
// and that city, not the dateline's, is where the story is set. "" when
// the lead names no other city.
func (d *Reader) leadElsewhere() string {
	if d.dateline == "" {
		return ""
	}
	for si := range d.Sents {
		if d.Sents[si].Title || datelineOnly(d.Sents[si].Toks) {
			continue // "Astana, 9 November 2023." set off: the lead follows (p408)
		}
		toks := d.Sents[si].Toks
		bare := d.bareCapital(si, 0, len(toks))
		here := slices.IndexFunc(toks, func(t text.Token) bool { return t.Lower == "here" })
		if here >= 0 && d.Sents[si].Quoted[here] {
			here = -1
		}
		if here > 0 && speechVerbs[toks[here-1].Lower] {
			here = -1 // "..., officials said here": where the news is told, not where it happened
		}
		for _, m := range d.Ments[si] {
			if bare >= 0 && bare < m.I && d.G.IsCapital(d.dateline) {
				return "" // "opened in the capital on Tuesday, but the session in X ..."
			}
			if here >= 0 && here < m.I {
				// "ended three days of talks here on Thursday without a
				// deal on the gold, which remains in a vault in X": the
				// story is where it is filed (p172).
				return ""
			}
			// The first place the lead names decides: one that is the
			// dateline's city, by name or as "the Qatari capital",
			// keeps the story there ("talks resumed in the Qatari
			// capital ... to extend a truce in Gaza").
			if m.Kind == mention.City && m.City == d.dateline && m.I > 0 && (toks[m.I-1].Lower == "in" || outskirtsCue[toks[m.I-1].Lower]) ||
				d.capitalNamed(toks, m) != "" && d.capitalNamed(toks, m) == d.dateline {
				return ""
			}
			city := ""
			switch {
			case m.Kind == mention.City && m.I > 0 && toks[m.I-1].Lower == "in":
				city = m.City
			case m.I > 1 && toks[m.I-1].Lower == "the" && toks[m.I-2].Lower == "in" && d.capitalNamed(toks, m) != "":
				// "ADDIS ABABA - ... concluding the talks in the Kenyan
				// capital on Saturday": the capital the adjective names,
				// read as a city named there is (p1061); the dateline
				// country's own, however spelt, keeps the story there.
				if d.cityCountry(d.dateline) == m.Code {
					return ""
				}
				city = d.capitalNamed(toks, m)
			}
			if city != "" {
				if otherEventClause(toks, m.I) || (nounEventPlace(toks, m.I, 0) || sequelHeldAt(toks, m.I, 0)) || laterMeetingPlace(toks, m.I, 0) || governmentSeat(toks, m.I) {
					// "..., a month after the court in X ruled", "the
					// accord signed in X", "agreed to meet again in X":
					// another event's city
					continue
				}
				return city
			}
		}
		if here >= 0 || bare >= 0 {
			return "" // "met here", "met in the capital": the dateline's city
		}
		if c := d.headlineMeetingCity(); c != "" {
			return c
		}
		return d.leadArrivalCity(si)
	}
	return ""
}

// leadArrivalCity: a lead that places its meeting nowhere, filed from the
// visitor's own capital ("NEW DELHI - the minister today called on the
// Prime Minister ..., officials said here"; "MOSCOW - the President on
// Tuesday held talks with his Freedonian counterpart"), is set where the
// next sentence has the visitor arrive: "A, who arrived in X yesterday,
// met B at her residence in the capital", "A arrived in the Freedonian
// capital on Tuesday". The dateline is the home newsroom, the arrival the
// meeting's city (issue 14's four-hundred-and-fourteenth round, p2516,
// p2518). Only the sentence right after the lead counts, and only an
// arrival "in" a city (or "the X capital") other than the dateline; ""
// else.
func (d *Reader) leadArrivalCity(lead int) string {
	si := lead + 1
	if si >= len(d.Sents) || leadVenue(d.Sents[lead].Toks) {
		return ""
	}
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if d.Sents[si].Quoted[m.I] {
			continue
		}
		city := ""
		at := m.I - 1
		switch {
		case m.Kind == mention.City && m.Actor < 0:
			city = m.City
		case d.capitalNamed(toks, m) != "" && m.I > 0 && toks[m.I-1].Lower == "the":
			city = d.capitalNamed(toks, m)
			at--
		}
		if city == "" || at < 1 || toks[at].Lower != "in" || !arriveForms[toks[at-1].Lower] {
			continue
		}
		if strings.EqualFold(city, d.dateline) {
			return ""
		}
		return city
	}
	return ""
}

// leadVenue: the lead names a venue, "at" and a capitalized name ("after
// talks at Parliament House", "at the Government Buildings"): the meeting
// is at a building of the dateline's city, and an arrival told next is an
// earlier leg of the trip (p1556, p1596).
func leadVenue(toks []text.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Lower != "at" {
			continue
		}
		n := k + 1
		if toks[n].Lower == "the" && n+1 < len(toks) {
			n++
		}
		if toks[n].Cap {
			return true
		}
	}
	return false
}

// arriveForms: the forms of "arrive" that put a visitor in a city
// (leadArrivalCity).
var arriveForms = map[string]bool{"arrived": true, "arrives": true, "arriving": true}

// outskirtsCue: "met near X", "talks outside Y": a meeting on a city's
// outskirts (a chateau, a resort, a base) is placed by the city, as "in X"
// is. The lead's first place decides where its news is (leadElsewhere,
// leadCity); read only "in", a lead that put its meeting near the city
// lost it to a later "in" of its topic ("met near X for talks on ending
// the war in Z"; issue 14's three-hundred-and-third round, p1852;
// p1205's "outside X" lead now lends X to a meeting it left unplaced).
var outskirtsCue = map[string]bool{"near": true, "outside": true}

// leadPlightPreps open a plight before the lead's city (leadCity): "in
// occupied X", "flew into war-torn Y".
var leadPlightPreps = map[string]bool{"in": true, "into": true}

// headlineMeetingCity: a headline that puts a meeting in a city ("A, B
// hold talks in X", "A meets B in X"), under a dateline of another city
// whose lead names no place of its own ("BEIJING - A held talks with B on
// Monday"): the copy was filed from away, and the meeting was where the
// headline says (the two-hundred-and-first round, p1243). Only a city
// after "in" that follows a meeting word of the headline counts; "" else.
func (d *Reader) headlineMeetingCity() string {
	if len(d.Sents) == 0 || !d.Sents[0].Title {
		return ""
	}
	toks := d.Sents[0].Toks
	for _, m := range d.Ments[0] {
		if m.Kind != mention.City || m.Actor >= 0 || m.I < 2 || toks[m.I-1].Lower != "in" {
			continue
		}
		for e := m.I - 2; e >= 0; e-- {
			if toks[e].Text == "," && e < m.I-2 || toks[e].Text == ":" || toks[e].Text == ";" {
				break // "Talks in X, A visits Y": a meeting word before a clause break tells no city
			}
			if frame.Triggers[toks[e].Lower] != 0 {
				if m.City == d.dateline {
					// "Premier wraps up talks in X after pandas and
					// wine in Y" under X's dateline: the headline's
					// first meeting city is the dateline's; Y is an
					// earlier stop (the two-hundred-and-fifty-fourth
					// round, p1556).
					return ""
				}
				return m.City
			}
		}
	}
	return ""
}

// leadKindPlace: under a dateline, the first sentence's first place
// named by its kind, "in the Swiss mountain resort of X" (namedKindIn),
// when it is no other event's (otherEventClause, nounEventPlace): the
// story's talks were there, not in the city it is filed from, and a
// held meeting told later with no place of its own, which would take the
// dateline's city, takes it instead (meetings.go). Only that fallback
// reads it: storyCity and leadPlace, which other rules compare places
// with, are left as they were (p320 moved when they changed).
func (d *Reader) leadKindPlace() string {
	if d.dateline == "" {
		return ""
	}
	for si := range d.Sents {
		if d.Sents[si].Title || datelineOnly(d.Sents[si].Toks) {
			continue
		}
		toks := d.Sents[si].Toks
		lm, at := d.firstLandmark(si, 0, len(toks))
		if at >= 0 && (lm == d.dateline || otherEventClause(toks, at) || (nounEventPlace(toks, at, 0) || sequelHeldAt(toks, at, 0))) {
			lm, at = "", -1
		}
		for _, m := range d.Ments[si] {
			if at >= 0 && at < m.I {
				// "the conference that opened at Lancaster House": a
				// building known by name in one city (landmarkAt).
				return lm
			}
			if d.Sents[si].Quoted[m.I] || m.Actor >= 0 || otherEventClause(toks, m.I) || (nounEventPlace(toks, m.I, 0) || sequelHeldAt(toks, m.I, 0)) {
				continue
			}
			if m.Kind == mention.City && m.City != d.dateline && namedKindIn(toks, m.I) {
				return m.City
			}
			if m.Kind == mention.Unknown && m.J-m.I == 1 && namedBase(toks, m.I, m.J) && d.townWord(si, m.I) {
				// "ended a week of talks at the X military camp": a
				// camp or base named by its town (baseNouns).
				return m.Text
			}
		}
		return lm
	}
	return ""
}

// namedBase: the one-word name at tokens i..j follows "at the" or "in
// the" and heads a camp or base, at most two lower-case words before its
// noun (baseNouns): "at the X military camp", "in the Y air base".
func namedBase(toks []text.Token, i, j int) bool {
	if i < 2 || toks[i-1].Lower != "the" || toks[i-2].Lower != "at" && toks[i-2].Lower != "in" {
		return false
	}
	for e := j; e < len(toks) && e <= j+2; e++ {
		if baseNouns[toks[e].Lower] {
			return true
		}
		if !toks[e].Word || toks[e].Cap || functionWords[toks[e].Lower] {
			return false
		}
	}
	return false
}

var baseNouns = lex("baseNouns")

// namedKindIn: the place at token i closes "in the [modifiers] <kind> of",
// a settlement noun before "of" and "in" or "at" with "the" at most four
// lower-case or capitalized words before it: "talks in the Swiss mountain
// resort of X", "at the Adriatic island of Y". The lead names where its
// talks were by the place's kind, as "in X" does.
func namedKindIn(toks []text.Token, i int) bool {
	n := i - 2
	if n < 2 || toks[i-1].Lower != "of" || !settlementNouns[toks[n].Lower] {
		return false
	}
	for e := n - 1; e >= 1 && e >= n-5; e-- {
		if toks[e].Lower == "the" {
			p := toks[e-1].Lower
			return p == "in" || p == "at"
		}
		if !toks[e].Word || functionWords[toks[e].Lower] {
			return false
		}
	}
	return false
}

// otherEventClause: the city at token i stands in a clause set off by a
// comma that tells an event other than the lead's own — one before or
// after it ("agreed on Wednesday ..., a month after the court in X drew
// the border"; p308) or one still to come ("ended the round on Thursday
// ..., but said they would meet again in Y"; p314). Such a city does not
// move the story away from the dateline. A clause about talks ("...,
// after two days of talks in X") tells the lead's own event and counts.
func otherEventClause(toks []text.Token, i int) bool {
	c := i - 1
	for c > 0 && toks[c].Text != "," {
		c--
	}
	if c <= 0 {
		return false // the lead's main clause
	}
	if relativeEncounterCity(toks, c, i) {
		return true
	}
	for e := c + 1; e < i; e++ {
		if frame.MeetingNouns[toks[e].Lower] {
			return false
		}
	}
	return frame.AnyWord(toks, c+1, i, otherEventOpeners)
}

// relativeEncounterCity: the city at token i stands in a relative clause
// opened "who" after the comma at c and closed by a comma after the city,
// whose verb tells an encounter of the person it hangs on ("X, who saw Y
// in P on Monday, was received by Z"; "X, who had talked with Y in P,
// ..."): P is that other encounter's city, and the main clause, which
// names none of its own, is where the story is filed from (the
// three-hundred-and-eighty-eighth round, p2364).
func relativeEncounterCity(toks []text.Token, c, i int) bool {
	if c+1 >= i || toks[c+1].Lower != "who" {
		return false
	}
	meets := false
	for e := c + 2; e < i; e++ {
		if t := frame.Triggers[toks[e].Lower]; t == frame.Meet || t == frame.Talks {
			meets = true
		}
	}
	if !meets {
		return false
	}
	for e := i + 1; e < len(toks); e++ {
		if toks[e].Text == "," {
			return true
		}
	}
	return false
}

var otherEventOpeners = lex("otherEventOpeners")

// setInDateline: the headline or the lead paragraph names the dateline's
// city (the dateline itself is cut from the text, so it does not count),
// also as a town the gazetteer lacks ("ministerial meeting in Ilulissat"
// under "ILULISSAT, Greenland, ..."), or says its event is "here" outside
// a quotation ("opened their conference here on Monday"): wire copy's
// "here" is the dateline's city, so the story is set there.
func (d *Reader) setInDateline() bool {
	if d.dateline == "" {
		// With no dateline, a story whose first sentence names its
		// city (leadCity) is set there by that sentence itself.
		return d.headlinePlace() == "" && d.leadCity() != ""
	}
	for si := 0; si < len(d.Ments) && si <= datelineReach; si++ {
		if correspondentDateline.MatchString(d.Sents[si].Filed) {
			// "CANBERRA, Thursday. - ...", "NEW DELHI, June 26. - ...":
			// the old broadsheets' own correspondent files the whole
			// dispatch from the town his dateline names, its full stop
			// setting it apart as a line of its own (text.periodDateline;
			// the two-hundred-and-eighty-fifth round: cut from the lead as
			// a dash dateline is, it still sets the story there, as the
			// line it was read as before did; p1364, p680).
			return true
		}
		for _, m := range d.Ments[si] {
			if m.Kind == mention.City && m.City == d.dateline ||
				m.Kind == mention.Unknown && m.Actor < 0 && strings.EqualFold(m.Text, d.dateline) {
				return true
			}
			// "elsewhere in the Freedonian capital": the dateline's
			// city named by its country (p163, p71).
			if c := d.capitalNamed(d.Sents[si].Toks, m); c != "" && strings.EqualFold(c, d.dateline) {
				return true
			}
			if d.visitToDatelineState(si, m) {
				return true
			}
		}
		if d.bareCapital(si, 0, len(d.Sents[si].Toks)) >= 0 && d.G.IsCapital(d.dateline) {
			return true // "opened in the capital" under a capital's dateline
		}
		s := d.Sents[si]
		for k, t := range s.Toks {
			if t.Lower == "here" && !s.Quoted[k] {
				return true
			}
		}
	}
	return false
}

// visitToDatelineState: mention m of sentence si names the state whose
// capital the dateline is, as the end of a visit told in the lead ("on
// his first visit to Norway as premier" under "OSLO, May 4 (Agency)"):
// the story follows that visit in its capital, as when
// the lead names the city itself, so a meeting of the visit's days told
// further down ("held separate talks with his counterpart on Thursday
// evening") took place there (the three-hundred-and-twenty-ninth round).
// A visit to come ("will visit", visitAheadWords) sets nothing.
func (d *Reader) visitToDatelineState(si int, m mention.Mention) bool {
	toks := d.Sents[si].Toks
	if m.Kind != mention.State || m.I < 2 || d.Sents[si].Quoted[m.I] || toks[m.I-1].Lower != "to" {
		return false
	}
	e := visitNounBefore(toks, m.I-1)
	if e < 0 || slices.ContainsFunc(toks[:e], func(t text.Token) bool { return visitAheadWords[t.Lower] }) {
		return false
	}
	c := d.stateCapital(m.Code)
	return c != "" && strings.EqualFold(c, d.dateline)
}

// correspondentDateline matches a dateline StripDateline cut that closes
// with a full stop before its dash ("PEKING, Friday. -").
var correspondentDateline = regexp.MustCompile(`\.\s*-+$`)

// gatheringStory: the headline or the lead paragraph tells a gathering
// ("on the sidelines of the ... summit", "the annual retreat", "the
// General Assembly"): the story follows its days in the dateline's city,
// so a meeting dated within the week before, further down ("X met Y on
// Thursday morning"), is one of its sideline meetings, held there.
// Only the headline and the first sentence count, and only when they put
// the gathering nowhere else ("as he prepares for next week's summit in
// X", "could meet on the margins of the forum in Y" tell another place's
// gathering).
func (d *Reader) gatheringStory() bool {
	if d.dateline == "" {
		return false
	}
	found := false
	for si := 0; si < len(d.Sents) && si <= 1; si++ {
		toks := d.Sents[si].Toks
		if !slices.ContainsFunc(toks, func(t text.Token) bool { return sidelineNouns[t.Lower] || gatheringEvents[t.Lower] }) {
			continue
		}
		found = true
		for _, m := range d.Ments[si] {
			if m.I > 0 && toks[m.I-1].Lower == "in" && (m.Kind == mention.City && m.City != d.dateline || m.Kind == mention.Unknown || m.Kind == mention.State) {
				return false
			}
		}
	}
	return found
}

var (
	sidelineNouns   = lex("sidelineNouns")
	gatheringEvents = lex("gatheringEvents")
)

// datelineReach is the last sentence (0-based, the headline counted) of
// the lead paragraph that the dateline places.
const datelineReach = 3

// capitalNamed is the city mention m names as "the Qatari capital" or
// "the Solomon Islands capital" (a demonym or state between "the" and
// "capital"), "" for any other mention.
func (d *Reader) capitalNamed(toks []text.Token, m mention.Mention) string {
	if m.Kind != mention.Demonym && m.Kind != mention.State || m.I == 0 || m.J >= len(toks) {
		return ""
	}
	if toks[m.I-1].Lower == "the" && toks[m.J].Lower == "capital" {
		return d.stateCapital(m.Code)
	}
	// "in Guyana's capital", "to Kenya's capital" (p371, p480): the
	// state's own capital, told as where someone is or goes; after a
	// preposition only, since "Kenya's capital markets" names no city.
	if m.Kind == mention.State && m.J+1 < len(toks) && toks[m.J].Text == "'s" && toks[m.J+1].Lower == "capital" &&
		capitalPreps[toks[m.I-1].Lower] {
		return d.stateCapital(m.Code)
	}
	// "in the capital of Freedonia": the state's own capital, after a
	// preposition as above.
	if m.Kind == mention.State && m.I > 3 && toks[m.I-1].Lower == "of" && toks[m.I-2].Lower == "capital" &&
		toks[m.I-3].Lower == "the" && capitalPreps[toks[m.I-4].Lower] {
		return d.stateCapital(m.Code)
	}
	return ""
}

// stateCapital is the capital of the state of code: its present one, or
// for a former state the one it had in its time ("arrived in the Soviet
// capital", "negotiations in the Rhodesian capital": p1905; p1098 and
// p760 name theirs under the city's own dateline),
// as a reader of that time knows it. Only the phrases that name a state's
// capital read a former state's (gazetteer.FormerCapital).
func (d *Reader) stateCapital(code string) string {
	if c := d.G.CapitalCity(code); c != "" {
		return c
	}
	return d.G.FormerCapital(code)
}

// capitalPreps may stand before "X's capital" naming a city.
var capitalPreps = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "outside": true}

// bareCapital is the token of the first "capital" in "in the capital" or
// "at the capital" within [i, j) of sentence si that names no city after
// it ("the capital Moroni" names its own), outside a quotation; -1 when
// none. Under a capital's dateline it is the story's city.
func (d *Reader) bareCapital(si, i, j int) int {
	s := &d.Sents[si]
	toks := s.Toks
	for e := max(i, 2); e < j; e++ {
		if toks[e].Lower == "capital" && toks[e-1].Lower == "the" && (toks[e-2].Lower == "in" || toks[e-2].Lower == "at") &&
			!s.Quoted[e] && (e+1 >= len(toks) || !toks[e+1].Cap) {
			return e
		}
	}
	return -1
}

// atBuilding: sentence si puts its event at a building it names by kind
// and no town ("dined at the ambassador's residence", "met at the Labour
// House", "gave a dinner in the great hall of the palace"): a reporter
// filing from the dateline's city tells its buildings so, and a meeting
// there of the dispatch's own days took place in that city though the
// story never names it (p158, p179; "in the" as "at", p868). A city or country
// named in the sentence may be where the building stands.
func (d *Reader) atBuilding(si int) bool {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.Kind == mention.City || m.Kind == mention.State && m.Actor >= 0 && m.I > 0 && otherCityCues[toks[m.I-1].Lower] {
			return false
		}
	}
	for i, t := range toks {
		if t.Lower != "at" && (t.Lower != "in" || i+1 >= len(toks) || toks[i+1].Lower != "the") || d.Sents[si].Quoted[i] {
			continue
		}
		for e := i + 1; e < len(toks) && e <= i+5; e++ {
			if venueNouns[toks[e].Lower] {
				return true
			}
			if governmentSeats[toks[e].Lower] && d.homeSeat(si, i, e) {
				return true
			}
			if !toks[e].Word && toks[e].Text != "'s" {
				break
			}
		}
	}
	return false
}

// homeSeat: "at the presidency", "at the ministry" between tokens i and e
// name a seat of a government by its office, not a building's name: in a
// story set in a capital, it is that state's own seat and stands in the
// capital (p404's and p440's ministry). A state named before the noun ("at the
// Egyptian presidency", "at Egypt's ministry") puts the seat in that
// state, so it counts only when the story's city is that state's capital.
func (d *Reader) homeSeat(si, i, e int) bool {
	city := d.storyCity()
	if city == "" || !d.G.IsCapital(city) {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.Kind != mention.State && m.Kind != mention.Demonym || m.I <= i || m.I >= e {
			continue
		}
		c := d.G.Countries[m.Code]
		if c == nil || !slices.ContainsFunc(c.Capitals, func(k string) bool { return strings.EqualFold(k, city) }) {
			return false
		}
	}
	return true
}

// AlsoPlaces: "A also met C" adds one more encounter to a trip told just
// before ("Park and Sato held talks in Tokyo on Saturday. Park also met
// Ishikawa on Sunday before returning home", p43; "In the framework of
// the visit, A also had a meeting with C", p46): told with no place of
// its own, it took place where the last held meeting of the same person,
// within the three sentences before and the two days before it, did. A
// meeting told out of order before (a flashback) is not the trip.
func (d *Reader) AlsoPlaces(ms []Frame) {
	for i := range ms {
		m := &ms[i]
		if !m.Also || m.Place != "" || m.Status != graph.Held || !inPerson(*m) {
			continue
		}
		for j := i - 1; j >= 0 && m.Sent-ms[j].Sent <= 3; j-- {
			p := ms[j]
			if p.Status != graph.Held || !inPerson(p) || !slices.ContainsFunc(m.Parts, func(a int) bool { return slices.Contains(p.Parts, a) }) {
				continue
			}
			if p.Place != "" && !flashback(ms, j) && withinDays(p.Date, m.Date, 2) {
				m.Place = p.Place
			}
			break
		}
	}
}

// SeparatePlaces: "X, who accompanied the president, held separate talks
// with Y", "Separately, the foreign ministers met": a meeting told as apart
// from the one just before, at its time (or with none told yet), by someone of the same visiting
// delegation, with no place of its own, is one more meeting of that visit,
// held where the visit's meeting was (p442, p556). Only the meeting told
// last before it, within two sentences, counts; a sentence that puts
// someone in another city keeps its own.
func (d *Reader) SeparatePlaces(ms []Frame) {
	for i := range ms {
		m := &ms[i]
		if m.Place != "" || m.Status != graph.Held || !inPerson(*m) || !frame.AnyWord(d.Sents[m.Sent].Toks, 0, len(d.Sents[m.Sent].Toks), separateWords) {
			continue
		}
		for j := i - 1; j >= 0 && m.Sent-ms[j].Sent <= 2; j-- {
			p := ms[j]
			if p.Sent == m.Sent || p.Status != graph.Held || !inPerson(p) {
				continue
			}
			if p.Place != "" && SameTime(p.Date, m.Date) && !flashback(ms, j) && d.sameDelegation(m.Parts, p.Parts) && !d.namesOtherCity(m.Sent) {
				m.Place = p.Place
			}
			break
		}
	}
}

var separateWords = lex("separateWords")

// asideOfSides: the aside's people belong to the sides of the meetings
// before it: none of them is told of a state or body (an aide told by
// name alone), or one is told of a side that met or of one a person who
// met is told of. Ministers of other states meeting "separately" are no
// part of the summit.
func (d *Reader) asideOfSides(parts []int, sides map[int]bool) bool {
	told := false
	for _, a := range parts {
		f := d.Cast.Actors[a].Affiliation
		if f < 0 {
			continue
		}
		if sides[f] {
			return true
		}
		told = true
	}
	return !told
}

// AsideSummitPlaces: "A and B also met separately during the weekend", the
// aides of the leaders at a summit: a meeting told as one more ("also") or
// apart ("separately"), with no place of its own and none of its people in
// the meetings told before it, took place where all of those held in person
// did, when they agree on one place and the last of them falls within two
// days before it (AlsoPlaces and SeparatePlaces want a shared person or
// delegation, which ministers who meet beside their leaders lack). A
// sentence naming another city keeps its own; a story of meetings at two
// places gives none (issue 14's four-hundred-and-twenty-fifth round).
func (d *Reader) AsideSummitPlaces(ms []Frame) {
	for i := range ms {
		m := &ms[i]
		if m.Place != "" || m.Status != graph.Held || !inPerson(*m) || d.namesOtherCity(m.Sent) {
			continue
		}
		if !m.Also && !frame.AnyWord(d.Sents[m.Sent].Toks, 0, len(d.Sents[m.Sent].Toks), separateWords) {
			continue
		}
		place, last := "", ""
		sides := map[int]bool{}
		for j := 0; j < i; j++ {
			p := ms[j]
			if p.Sent >= m.Sent || p.Status != graph.Held || !inPerson(p) {
				continue
			}
			if slices.ContainsFunc(m.Parts, func(a int) bool { return slices.Contains(p.Parts, a) }) || p.Place == "" || place != "" && p.Place != place {
				place = ""
				break
			}
			place, last = p.Place, p.Date
			for _, a := range p.Parts {
				sides[a], sides[d.Cast.Actors[a].Affiliation] = true, true
			}
		}
		if place != "" && withinDays(last, m.Date, 2) && d.asideOfSides(m.Parts, sides) {
			m.Place = place
		}
	}
}

// withinDays: date b is unknown, or falls on date a or up to n days after
// it; a month or year counts as the same time when one is part of the
// other.
func withinDays(a, b string, n int) bool {
	if SameTime(a, b) {
		return true
	}
	ta, errA := time.Parse("2006-01-02", a)
	tb, errB := time.Parse("2006-01-02", b)
	if errA != nil || errB != nil {
		return false
	}
	age := tb.Sub(ta)
	return age >= 0 && age <= time.Duration(n)*24*time.Hour
}

// metToday: sentence si tells a face-to-face encounter (met, received;
// not "spoke with", which may have been a call) dated the publication
// day itself: the dispatch's own news, filed from where it happened
// (p177's "met Mitchell for two hours on Monday morning" and p250's
// "received the Chinese ambassador ... on Monday", each below the lead
// of that day's dispatch). A dispatch filed the day before its printing
// (Input.Filed) has that day for its own when the sentence dates it by
// the writer's own day: "met for the first time this afternoon" under
// "CITY, Jan. 8" printed on the 9th (p1109); a weekday further down
// ("met on Sunday") may be told from elsewhere.
func (d *Reader) metToday(si int, date string) bool {
	toks := d.Sents[si].Toks
	day := date == frame.Day(d.printed) || date == frame.Day(d.published) && dispatchDay(toks)
	return day && slices.ContainsFunc(toks, func(t text.Token) bool { return frame.Triggers[t.Lower] == frame.Meet })
}

// dispatchDay: the tokens date an event by the writer's own day: "today",
// "tonight", "this afternoon" (dispatchDayWords, dispatchDayParts).
func dispatchDay(toks []text.Token) bool {
	for k, t := range toks {
		if dispatchDayWords[t.Lower] || k > 0 && toks[k-1].Lower == "this" && dispatchDayParts[t.Lower] {
			return true
		}
	}
	return false
}

// placeBefore is the place "there" at token e of sentence si stands for:
// the last city (or state) the sentence names before it ("Solís visited
// Panama City in August and held talks there", p139), else the last city
// of the sentence before ("... held their last round in Tehran in May.
// A and B met there for four days", p166; p175's "Mbae met Rakotomalala
// there"). A state named after a city of its own ("flew to X on Tuesday
// to halt the fighting in Y. He held talks there") leaves the city, the
// nearer place. A city completing a person's title ("Mayor X of Y") is
// none. "" when neither names one.
func (d *Reader) placeBefore(si, e int) string {
	last := func(si, e int) string {
		toks := d.Sents[si].Toks
		name, cityCode := "", ""
		for _, m := range d.Ments[si] {
			if m.J > e || d.Sents[si].Quoted[m.I] {
				break
			}
			switch {
			case m.Kind == mention.City && m.Actor < 0 && !d.postTown(si, m.I):
				name, cityCode = m.City, d.cityCountry(m.City)
			case m.Kind == mention.Unknown && m.Actor < 0 && tripTo(toks, m.I):
				// "went by car to Northtown and had there a long
				// conversation with X": a town the gazetteer lacks, told
				// as the trip's end, is the place "there" of the verb
				// joined to the trip stands for, as it is for ", where"
				// (placeOf); the trip's end outranks a city the trip
				// passed through before it (issue 14's four-hundred-and-
				// twenty-ninth round).
				name, cityCode = m.Text, ""
			case m.Kind == mention.State && m.Actor >= 0 && m.I > 0 && otherCityCues[toks[m.I-1].Lower]:
				if cityCode != "" && cityCode == m.Code && name != "" {
					continue // the country the city named before lies in
				}
				name, cityCode = d.Cast.Actors[m.Actor].Name(), ""
			}
		}
		return name
	}
	if name := last(si, e); name != "" {
		return name
	}
	if si > 0 && !d.Sents[si-1].Title {
		return last(si-1, len(d.Sents[si-1].Toks))
	}
	return ""
}

// existentialNext: "there" before these opens an existential clause
// ("there were talks"), no place.
var existentialNext = lex("existentialNext")

// cityCountry is the country code of a city the gazetteer knows, "" when
// none.
func (d *Reader) cityCountry(city string) string {
	k, _ := gazetteer.PhraseKey(city)
	if e, ok := d.G.Phrases[k]; ok && e.Kind == gazetteer.City {
		return e.Ref
	}
	return ""
}

// landmarks: buildings known by a name of their own in one city (lexicon
// section landmarks, "lancaster+house:london"), by their words in lower
// case joined by spaces, to the city's phrase key.
var landmarks, landmarkWords = func() (map[string]string, int) {
	out, most := map[string]string{}, 0
	for _, e := range lexicon.List("landmarks") {
		name, city, _ := strings.Cut(e, ":")
		words := strings.Split(name, "+")
		out[strings.Join(words, " ")] = strings.ReplaceAll(city, "+", " ")
		most = max(most, len(words))
	}
	return out, most
}()

// landmarkAt: the tokens from i name a landmark after "at" or "in" (with
// or without "the": "at Lancaster House", "in the Great Hall of the
// People"), outside a quotation: the city it stands in, as the gazetteer
// names it, and the token after the name. "" when none, or when the name
// runs on into a longer one by a capitalized word other than a venue noun
// ("at Blair House Road" is a street; "at the Hofburg Palace" is the
// Hofburg).
func (d *Reader) landmarkAt(si, i int) (string, int) {
	toks := d.Sents[si].Toks
	p := i - 1
	if p >= 1 && toks[p].Lower == "the" {
		p--
	}
	if p < 0 || toks[p].Lower != "at" && toks[p].Lower != "in" || !toks[i].Cap || d.Sents[si].Quoted[i] {
		return "", i
	}
	words := []string{}
	for j := i; j < len(toks) && j < i+landmarkWords; j++ {
		words = append(words, toks[j].Lower)
		city, ok := landmarks[strings.Join(words, " ")]
		if !ok || j+1 < len(toks) && toks[j+1].Cap && toks[j+1].Word && !venueNouns[toks[j+1].Lower] {
			continue
		}
		if k, _ := gazetteer.PhraseKey(city); d.G.Phrases[k].Kind == gazetteer.City {
			e := d.G.Phrases[k]
			if sharedLandmarks[strings.Join(words, "+")] && d.landmarkAbroad(e.City, e.Ref) {
				return "", i
			}
			return e.City, j + 1
		}
	}
	return "", i
}

// sharedLandmarks: landmark names (lexicon section sharedLandmarks, words
// joined by "+") that buildings in other cities bear too.
var sharedLandmarks = lex("sharedLandmarks")

// landmarkAbroad: a landmark's city lies in a state the story never names,
// under a dateline of another city. A shared landmark name
// (sharedLandmarks: "the Peace Palace" stands in more than one capital)
// in a story filed from one city that names neither the landmark's usual
// state nor its city means the building of that name in its own city. A
// name borne by one building only keeps its city under any dateline
// ("OSLO - ... met at Lancaster House" is in London).
func (d *Reader) landmarkAbroad(city, state string) bool {
	return d.dateline != "" && city != d.dateline && state != "" && !d.namesState(state)
}

// firstLandmark: the first landmark sentence si names in [i, j)
// (landmarkAt), its city and its first token; "", -1 when none.
func (d *Reader) firstLandmark(si, i, j int) (string, int) {
	for e := max(i, 1); e < j; e++ {
		if c, _ := d.landmarkAt(si, e); c != "" {
			return c, e
		}
	}
	return "", -1
}

// returnTrip: the lead sentence tells its subject back from a trip, a
// return word (returnWords: "returned home", "arrived back in X") then,
// in the rest of the sentence, "from Y", or "after" a trip or talks noun
// (tripNouns) within eight words and "to", "in" or "of" Y: "returned home
// after a day-long visit to Y during which he held talks with Z",
// "arrived back in X after four days of negotiations in Y". The trip's
// meetings were in Y, not where the copy is filed or the traveller came
// home to: a city named there, or, for a state, the first city of that
// state the story names elsewhere outside a quotation, else the state's
// name. "" when the lead says no such thing.
func (d *Reader) returnTrip() string {
	place, _ := d.returnTripCity()
	return place
}

// returnTripCity is returnTrip's place and whether the lead names it as a
// city ("after talks in Y"), not as a state read through the story's
// other sentences.
func (d *Reader) returnTripCity() (string, bool) {
	si := d.leadSentence()
	if si < 0 {
		return "", false
	}
	toks := d.Sents[si].Toks
	r := slices.IndexFunc(toks, func(t text.Token) bool { return returnWords[t.Lower] })
	if r < 0 || d.Sents[si].Quoted[r] {
		return "", false
	}
	for _, m := range d.Ments[si] {
		if m.I <= r+1 || d.Sents[si].Quoted[m.I] {
			continue
		}
		prev := toks[m.I-1].Lower
		trip := false
		if prev == "to" || prev == "in" || prev == "of" {
			for e := m.I - 2; e > r && e >= m.I-3; e-- {
				if tripNouns[toks[e].Lower] {
					for a := e - 1; a > r && a >= e-8; a-- {
						if toks[a].Lower == "after" {
							trip = true
						}
					}
				}
			}
		}
		if prev != "from" && !trip {
			continue
		}
		switch {
		case m.Kind == mention.City && m.Actor < 0:
			return m.City, true
		case m.Kind == mention.State && m.Actor >= 0:
			if c := d.cityOfState(m.Code); c != "" {
				return c, false
			}
			return d.Cast.Actors[m.Actor].Name(), false
		}
		return "", false
	}
	return "", false
}

var returnWords = lex("returnWords")
var tripNouns = lex("tripNouns")

// cityOfState: the first city of the state with code the story names
// outside a quotation, "" when none.
func (d *Reader) cityOfState(code string) string {
	for si := range d.Sents {
		for _, m := range d.Ments[si] {
			if m.Kind == mention.City && m.Actor < 0 && !d.Sents[si].Quoted[m.I] && d.cityCountry(m.City) == code {
				return m.City
			}
		}
	}
	return ""
}

// arrivalScene: a sentence after the lead that tells the traveller's
// homecoming ("on arrival", "at the airport", "on his return", "met ...
// here"): its meeting is where the traveller came back to, not on the
// trip returnTrip reads. The lead itself (lead) tells the trip.
func arrivalScene(toks []text.Token, lead bool) bool {
	return !lead && slices.ContainsFunc(toks, func(t text.Token) bool { return arrivalSceneWords[t.Lower] })
}

var arrivalSceneWords = lex("arrivalSceneWords")

// seatCityAt: the tokens from i name a palace or castle by the city it
// stands in, after "at" or "in" (with or without "the") and outside a
// quotation: "at Riga Castle", "at the Northtown Presidential Palace" — a
// city of the gazetteer's (not a town of towns.tsv), at most two more
// capitalized words, then a seat noun (seatNouns). Such a building stands
// in its city, which the story may name nowhere else. The city must be
// of a state the story names: a palace may carry the name of a city
// abroad ("the Belem Palace" is in Lisbon), and a story that names that
// city's state rarely does so. A landmark (landmarkAt) keeps its own
// city. The city as the gazetteer names it, "" when none.
func (d *Reader) seatCityAt(si, i int) string {
	toks := d.Sents[si].Toks
	p := i - 1
	if p >= 1 && toks[p].Lower == "the" {
		p--
	}
	if p < 0 || toks[p].Lower != "at" && toks[p].Lower != "in" || !toks[i].Cap || d.Sents[si].Quoted[i] {
		return ""
	}
	if !seatNounAhead(toks, i) {
		return "" // most capitalized words after "at" or "in": no lookups
	}
	if c, _ := d.landmarkAt(si, i); c != "" {
		return ""
	}
	words := []string{}
	for j := i; j < len(toks) && j < i+3 && toks[j].Cap && toks[j].Word; j++ {
		words = append(words, toks[j].Text)
		k, _ := gazetteer.PhraseKey(strings.Join(words, " "))
		e, ok := d.G.Phrases[k]
		if !ok || e.Kind != gazetteer.City || e.Minor || !d.namesState(e.Ref) {
			continue
		}
		for n := j + 1; n < len(toks) && n <= j+3 && toks[n].Word && (toks[n].Cap || airportNouns[toks[n].Lower]); n++ {
			if seatNouns[toks[n].Lower] && toks[n].Cap || airportNouns[toks[n].Lower] {
				return e.City
			}
		}
	}
	return ""
}

var seatNouns = lex("seatNouns")

// airportNouns close a seat's name as a seat noun does, capitalized or
// not: an airport is called after the city it serves ("at X International
// Airport", "at Y airport"), and a reception there took place in that
// city, not in the place the story goes on to name ("X, who received Z
// at Y International Airport on Friday, spoke after the W meeting"; issue
// 14's three-hundred-and-eleventh round, p1903). Airports named for a
// person ("Queen X International Airport") name no city of the
// gazetteer's and stay unread.
var airportNouns = lex("airportNouns")

// seatNounAhead: a seat noun ends a run of capitalized words from token i
// within the reach seatCityAt reads (a city of up to three words, then up
// to three more), so that the gazetteer is looked up only where a palace
// or castle is named at all.
func seatNounAhead(toks []text.Token, i int) bool {
	for n := i; n < len(toks) && n <= i+5 && toks[n].Word && (toks[n].Cap || n > i && airportNouns[toks[n].Lower]); n++ {
		if n > i && (seatNouns[toks[n].Lower] || airportNouns[toks[n].Lower]) {
			return true
		}
	}
	return false
}

// namesState: the story names the state with code outside a quotation,
// by its name or a demonym.
func (d *Reader) namesState(code string) bool {
	for si := range d.Sents {
		for _, m := range d.Ments[si] {
			if m.Code == code && (m.Kind == mention.State || m.Kind == mention.Demonym) && !d.Sents[si].Quoted[m.I] {
				return true
			}
		}
	}
	return false
}

// visitPlace: a story with no dateline and no lead city (storyCity) that
// tells its visit only after its meetings ("The two leaders held talks on
// Monday ... X arrived on Monday for a two-day visit to Accra") is set in
// the city of that visit: a visit noun (visitStayNouns) right before "to"
// and a city, or "visit by ... to" it within eight words, in a sentence
// that dates nothing by its year and does not tell the visit as one to
// come (visitAheadWords). A held meeting dated within three days before
// the news, whose sentence names no other city, took place there. A visit
// "to" a state ("the first visit by an Indian premier to Rwanda") puts a
// meeting told at a building of its own ("at the presidential palace",
// "at his hotel") in that state's capital. Two visit cities name no
// story city: "".
func (d *Reader) visitPlace(si int, date string) string {
	if d.dateline != "" || d.printed.IsZero() || d.storyCity() != "" || d.namesOtherCity(si) {
		return ""
	}
	if _, ok := d.ofTheNewsDays(date); !ok {
		return ""
	}
	// "during a 2019 visit to X": not the story's own days (storyDaysCity).
	return d.storyDaysCity(func(vi int, m mention.Mention) string {
		s := &d.Sents[vi]
		toks := s.Toks
		if m.I < 2 || s.Quoted[m.I] || toks[m.I-1].Lower != "to" {
			return ""
		}
		e := visitNounBefore(toks, m.I-1)
		if e < 0 || slices.ContainsFunc(toks[:e], func(t text.Token) bool { return visitAheadWords[t.Lower] }) {
			return ""
		}
		switch {
		case m.Kind == mention.City && m.Actor < 0:
			return m.City
		case m.Kind == mention.State && d.venueAt(si):
			return d.G.CapitalCity(m.Code)
		}
		return ""
	})
}

// ofTheNewsDays: date is a day within the three days before the news.
func (d *Reader) ofTheNewsDays(date string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", date)
	if err != nil || d.printed.IsZero() {
		return t, false
	}
	age := d.printed.Sub(t)
	return t, age >= 0 && age <= 3*24*time.Hour
}

// storyDaysCity is the one city named by the mentions for which city
// gives one, read in the sentences of the story's own days (not the
// headline, none dating anything by its year); "" when none is, or two.
func (d *Reader) storyDaysCity(city func(vi int, m mention.Mention) string) string {
	place := ""
	for vi := range d.Sents {
		s := &d.Sents[vi]
		if s.Title || slices.ContainsFunc(s.Toks, func(t text.Token) bool { return len(t.Lower) == 4 && mention.IsNumber(t.Lower) }) {
			continue
		}
		for _, m := range d.Ments[vi] {
			c := city(vi, m)
			if c == "" {
				continue
			}
			if place != "" && place != c {
				return ""
			}
			place = c
		}
	}
	return place
}

// visitNounBefore is the token of the visit noun (visitStayNouns) that the
// "to" at token to completes: right before it, or, with "by" right after
// the noun, within the eight words before it and no punctuation between
// ("the first visit by an Indian premier to"); -1 when none.
func visitNounBefore(toks []text.Token, to int) int {
	if visitStayNouns[toks[to-1].Lower] {
		return to - 1
	}
	for e := to - 2; e >= 0 && e >= to-9; e-- {
		if !toks[e].Word {
			return -1
		}
		if visitStayNouns[toks[e].Lower] {
			if toks[e+1].Lower == "by" {
				return e
			}
			return -1
		}
	}
	return -1
}

// venueAt: sentence si puts its event "at" a building it names by its
// kind (venueNouns, governmentSeats) within five words ("at the
// presidential palace", "at his hotel").
func (d *Reader) venueAt(si int) bool {
	toks := d.Sents[si].Toks
	for i, t := range toks {
		if t.Lower != "at" || d.Sents[si].Quoted[i] {
			continue
		}
		for e := i + 1; e < len(toks) && e <= i+5; e++ {
			if venueNouns[toks[e].Lower] || governmentSeats[toks[e].Lower] {
				return true
			}
			if !toks[e].Word && toks[e].Text != "'s" {
				break
			}
		}
	}
	return false
}

var visitStayNouns = lex("visitStayNouns")
var visitAheadWords = lex("visitAheadWords")

// arrivalCity: a held meeting of the news's own days (dated within three
// days before it) told at a building named by its kind ("at the
// Presidential Palace", "at the Foreign Ministry", "at the Presidential
// Complex") in a sentence that names no city or state as where it is,
// took place in the city the story has someone arrive in or fly to ("X
// arrived in Y on Monday evening", "flew to Y in the morning on a
// day-long visit"; arrivalInVerbs right before "in", "to" or "into" and
// the city), the one such city the story names, in a sentence that dates
// nothing by its year and tells no arrival after the meeting's day. A
// dispatch filed from home about a trip abroad tells its buildings so.
// "" when none, when two cities are arrived in, or when the city is the
// dateline's.
func (d *Reader) arrivalCity(si int, date string) string {
	met, ok := d.ofTheNewsDays(date)
	if !ok {
		return ""
	}
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.Kind == mention.City || m.Kind == mention.State && m.I > 0 && otherCityCues[toks[m.I-1].Lower] {
			return ""
		}
	}
	if !d.venueAt(si) && !d.seatCompoundAt(si) {
		return ""
	}
	// "on a 2019 visit, he flew to X": not the story's own days (storyDaysCity).
	place := d.storyDaysCity(func(vi int, m mention.Mention) string {
		s := &d.Sents[vi]
		vt := s.Toks
		if m.Kind != mention.City || m.Actor >= 0 || m.I < 2 || s.Quoted[m.I] {
			return ""
		}
		if p := vt[m.I-1].Lower; p != "in" && p != "to" && p != "into" || !arrivalInVerbs[vt[m.I-2].Lower] {
			return ""
		}
		if !d.arrivalOfTheDays(vt, m.I-2, met) || m.J+1 < len(vt) && vt[m.J].Lower == "and" && slices.ContainsFunc(d.Ments[vi], func(n mention.Mention) bool { return n.Kind == mention.City && n.I == m.J+1 }) {
			return "" // "flew to X several times", "had travelled to X and Y before the summit"
		}
		if vi > si && flownOnTonight(vt, m.J) {
			// "A and B held seven sessions at A's residence. ... He flew
			// to X tonight": told after the meeting, a flight at the
			// dispatch day's end leaves the meeting's city (p610).
			return ""
		}
		return m.City
	})
	if place == d.dateline {
		return ""
	}
	return place
}

// flownOnTonight: "tonight" follows the arrival's city at e within four
// words ("flew to X tonight", "flew to X late tonight").
func flownOnTonight(toks []text.Token, e int) bool {
	for k := e; k < len(toks) && k <= e+3; k++ {
		if toks[k].Lower == "tonight" {
			return true
		}
	}
	return false
}

// seatCompoundAt: sentence si puts its event "at" a government's compound
// named by a seatCompoundNouns word within five words ("at the
// Presidential Complex").
func (d *Reader) seatCompoundAt(si int) bool {
	toks := d.Sents[si].Toks
	for i, t := range toks {
		if t.Lower != "at" || d.Sents[si].Quoted[i] {
			continue
		}
		for e := i + 1; e < len(toks) && e <= i+5; e++ {
			if seatCompoundNouns[toks[e].Lower] && toks[e].Cap {
				return true
			}
			if !toks[e].Word {
				break
			}
		}
	}
	return false
}

var arrivalInVerbs = lex("arrivalInVerbs")
var seatCompoundNouns = lex("seatCompoundNouns")

// arrivalOfTheDays: the arrival verb at token k tells one trip of the
// meeting's days: within the eight words from it a day no later than the
// meeting and at most three days before it, or a time of day ("in the
// morning") and no other date; and the sentence tells it in no
// pluperfect or sequence ("had travelled", "later flew", "arrived after
// a visit to ...": arrivalSequenceWords), which may set it apart from
// the meeting's time.
func (d *Reader) arrivalOfTheDays(toks []text.Token, k int, met time.Time) bool {
	if slices.ContainsFunc(toks, func(t text.Token) bool { return arrivalSequenceWords[t.Lower] }) {
		return false
	}
	e := min(len(toks), k+8)
	ds := frame.FindDates(toks, k, e, d.printed)
	for _, x := range ds {
		t, err := time.Parse("2006-01-02", x.Value)
		if err != nil || t.After(met) || met.Sub(t) > 3*24*time.Hour {
			return false
		}
	}
	return len(ds) > 0 || frame.AnyWord(toks, k, e, sameDayWords)
}

var arrivalSequenceWords = lex("arrivalSequenceWords")

// paragraphDatelineRE is a dated dateline in capitals opening a paragraph
// below the lead: "MOSCOW, May 26 -- ", "NEW DELHI, 4 March (Wire) - ",
// "ARUSHA, Tanzania, Jan. 9 — ". Only the dated form counts: a bare word
// in capitals before a dash ("NATO - ...") is no dateline.
var paragraphDatelineRE = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’-]+(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3})\s*,\s*` +
	`(?:[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,2}\s*,\s*)?` +
	`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*(?:\([^)]{1,30}\)\s*)?(?:--|[-–—]|:)(?:\s|$)`)

// paragraphDateline: sentence si, below the lead, opens its paragraph
// with a dateline of its own ("MOSCOW, May 26 -- X received Y at the
// ministry on Friday", "MOSCOW, May 26 (Agency) - ...", which the text
// package cuts into Filed). A wire roundup files each part of the story
// from where it happened, so that city, not the story's first dateline
// nor a city named before, is where the part's meetings were (the
// two-hundred-and-twenty-seventh round). The sentences after it in the
// same paragraph are filed from there too. "" when the paragraph opens no
// such dateline, or its city is not a known city.
func (d *Reader) paragraphDateline(si int) string {
	lead := d.leadSentence()
	if lead < 0 || si <= lead {
		return ""
	}
	first := si
	for first > lead+1 && d.Sents[first-1].Line == d.Sents[si].Line {
		first--
	}
	if d.Sents[first-1].Line == d.Sents[first].Line {
		return "" // the paragraph opens with the lead: its dateline is the story's
	}
	sub := paragraphDatelineRE.FindStringSubmatch(filedLine(&d.Sents[first]))
	if sub == nil || !slices.ContainsFunc(d.Sents[:first], func(p text.Sentence) bool { return p.Filed != "" }) {
		// Only a part filed after the story's own dateline: a dated
		// lead set below a headline's second deck is the story's.
		return ""
	}
	s := &d.Sents[first]
	if s.Filed == "" {
		for _, m := range d.Ments[first] {
			if m.I == 0 && m.Kind == mention.City && m.City != "" {
				return m.City
			}
		}
		return ""
	}
	k, _ := gazetteer.PhraseKey(strings.TrimSpace(sub[1]))
	if e, ok := d.G.Phrases[k]; ok && e.Kind == gazetteer.City && !e.Minor {
		return e.City
	}
	return ""
}

// filedLine is the dateline a sentence opens with: the one StripDateline
// cut, else its own text, where a dash dateline below the lead stays.
func filedLine(s *text.Sentence) string {
	if s.Filed != "" {
		return s.Filed
	}
	return s.Text
}

// namedBuildingHere: the place name at `at` names a building "here" —
// "held at the Shangri-La hotel here", "at the Beijing hotel here" — so
// the city of the name is no place of the meeting: "here" sets it in the
// dateline's city, and the name before the lower-case building noun is
// the building's (issue 14's two-hundred-and-fifty-second round, p901).
func namedBuildingHere(toks []text.Token, at int) bool {
	e := at
	for e < len(toks) && (toks[e].Word && toks[e].Cap || toks[e].Text == "-" && toks[e].Glued) {
		e++
	}
	return e > at && e+1 < len(toks) && toks[e].Word && !toks[e].Cap && hereBuildingNouns[toks[e].Lower] && toks[e+1].Lower == "here"
}

// hereBuildingNouns name a building after a place name (lexicon
// buildingNouns: "hotel", "palace", "residence").
var hereBuildingNouns = lex("buildingNouns")

// islandNamed: the name at tokens [i, j) is an island's, told as where
// one is — "on X island", "at Y Island", "on Z" when the run itself ends
// in "Island" — so it places the meeting its clause tells, as a town
// does (the two-hundred-and-eightieth round: p1715, p325, p1625). A
// name after another preposition ("the dispute over X island") or
// owning a noun ("X Island's airstrip") places nothing, nor does an
// island that only locates a thing or a venue told just before it, a
// noun phrase back to the verb ("at the X hotel on Y island", "at the
// campus on Z Island, just off the city": the meeting's city is the
// story's, p598, p971, p745; "talked about a naval station on X Island",
// p278; "a country estate on Y Island", p279).
func islandNamed(toks []text.Token, i, j int) bool {
	if i < 1 || toks[i-1].Lower != "on" && toks[i-1].Lower != "at" {
		return false
	}
	for e := i - 2; e >= 0 && e >= i-9; e-- {
		if islandNounOpeners[toks[e].Lower] {
			return false // the island of a thing or venue named before
		}
		if !toks[e].Word || frame.LooksVerb(toks, e) {
			break
		}
	}
	if toks[j-1].Lower != "island" || j-i < 2 {
		j++ // "on X island"
	}
	if j > len(toks) || toks[j-1].Lower != "island" {
		return false
	}
	return j >= len(toks) || toks[j].Text != "'s" && toks[j].Text != "-"
}

// islandNounOpeners open the noun phrase an island locates ("at the X
// hotel on Y island", "a naval station on Z Island"): islandNamed.
var islandNounOpeners = map[string]bool{"a": true, "an": true, "the": true, "at": true, "in": true}

// bodyHeadquarters: token e is "headquarters" after a body's possessive,
// "at the Commission's headquarters", "at NATO's headquarters", with no
// city of its own after it ("at the UN's headquarters in Geneva" keeps
// Geneva, named right there): the body's seat (gazetteer.
// HeadquartersCities), where a meeting held there took place. "" when
// the body is none of those or the phrase does not follow "at" or "in".
func bodyHeadquarters(toks []text.Token, e int) string {
	if e < 3 || toks[e].Lower != "headquarters" || toks[e-1].Text != "'s" {
		return ""
	}
	if e+2 < len(toks) && (toks[e+1].Lower == "in" || toks[e+1].Lower == "at") && toks[e+2].Cap {
		return ""
	}
	i := e - 2
	for i > 0 && toks[i].Cap && toks[i].Word && e-2-i < 3 {
		i--
	}
	if toks[i].Lower != "the" {
		i++ // "at NATO's headquarters": no article
	}
	p := i - 1
	if toks[i].Lower == "the" {
		i++
	}
	if p < 0 || toks[p].Lower != "at" && toks[p].Lower != "in" || i >= e-1 {
		return ""
	}
	words := []string{}
	for j := i; j < e-1; j++ {
		words = append(words, toks[j].Lower)
	}
	return gazetteer.HeadquartersCities[strings.Join(words, " ")]
}

// VisitCountryPlaces: a held meeting left with no place whose sentence
// puts it "during <someone's> visit to" a country ("the accords reached
// by A and B during the latter's state visit to Freedonia last year";
// duringVisitTo) was held in that country. Only after every other place
// rule has had its say: a city the dateline, a venue or the lead gives a
// meeting of the visit is the better place, and the country stands only
// where none was told (issue 14's four-hundred-and-seventy-first round:
// p2858, p1642).
func (d *Reader) VisitCountryPlaces(ms []Frame) {
	for i := range ms {
		m := &ms[i]
		if m.Place != "" || m.Status != graph.Held || m.Mode == graph.Call || m.Mode == graph.Virtual {
			continue
		}
		toks := d.Sents[m.Sent].Toks
		for _, o := range d.Ments[m.Sent] {
			if o.Kind == mention.State && o.Actor >= 0 && duringVisitTo(toks, o.I) {
				m.Place = d.Cast.Actors[o.Actor].Name()
				break
			}
		}
	}
}
