// Package extract reads a news article about negotiations and produces its
// graph.Record: the persons, states, groups and organizations it names, the
// negotiations between them, and the meetings, talks, visits and calls it
// reports, each tied to the sentence that states it and, when that sentence
// says, to the source it attributes the report to (see meeting/attribution.go).
//
// The extractor is rule based, deterministic and offline. It runs in
// stages, data flowing one way, each a package with its own input and
// output types:
//
//	text.Read        raw text → text.Text (sentences, tokens, headline; bylines, datelines cut)
//	mention.Find     → mention.Mentions (states, demonyms, cities, bodies, names, titles; dateline city)
//	actors.Resolve   → *actors.Story (mentions linked to a cast of actors, posts, titles without names)
//	frame            token-level clauses: a clause's meeting predicate, conjuncts, negation, dates
//	args.Reader      a predicate's arguments over the story (who may be a participant)
//	coref.Resolver   descriptions ("the two leaders", "her counterpart") → the story's people
//	meeting.Reader   per sentence → []meeting.Frame (arguments, attribution, modality, place, time)
//	roles.Reader     per sentence, then over the frames → roles.Roles (parties, mediators)
//	this package     frames joined across sentences (rosters, attendance, retold meetings),
//	                 roles settled → graph.Record
//
// The word lists (package lexicon) and the gazetteer (package gazetteer,
// open data, see gazetteer/LICENSE-DATA.md) are data the stages load.
package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/roles"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Extract produces the record of an article. It never panics on bad input:
// any text gives a valid record; an empty ID is an error.
func Extract(a Article) (rec graph.Record, err error) {
	if strings.TrimSpace(a.ID) == "" {
		return graph.Record{}, fmt.Errorf("extract: %w", graph.Invalid("id", "is empty"))
	}
	defer func() {
		if r := recover(); r != nil {
			rec, err = graph.Record{}, fmt.Errorf("extract %s: internal error: %v", a.ID, r)
		}
	}()
	d := newDoc(a)
	ms, r := d.negotiationsAndMeetings()
	rec = d.record(ms, r)
	if err := rec.Validate(); err != nil {
		return graph.Record{}, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	return rec, nil
}

// DatelineDate reads the publication day from an article's dateline (see
// text.DatelineDate).
func DatelineDate(raw string, now time.Time) (day time.Time, yearKnown, ok bool) {
	return text.DatelineDate(raw, now)
}

// negotiationsAndMeetings runs the role rules and the meeting stage over
// every sentence, then joins the frames across sentences.
func (d *doc) negotiationsAndMeetings() ([]meeting.Frame, roles.Roles) {
	var r roles.Roles
	var ms []meeting.Frame
	var parts []partial
	var rs []roster
	var withheld []meeting.Frame
	for si := range d.Sents {
		d.roles.Sentence(si, &r)
		if d.Sents[si].Title {
			continue
		}
		// Only the last few meetings can be referred back to.
		recent := len(ms)
		for recent > 0 && si-ms[recent-1].Sent <= 3 {
			recent--
		}
		if fs := d.frames.Frames(si, ms[recent:len(ms):len(ms)]); receivedWithList(d.Sents[si].Toks) < 0 {
			ms = append(ms, fs...)
		} else {
			// "Received with X were A and B" lists those at the
			// reception told before (a roster); it is no reception of
			// X's unless that list joins none (restoreReceivedWith).
			withheld = append(withheld, fs...)
		}
		parts = append(parts, d.partials(si)...)
		parts = append(parts, d.sentEnvoys(si)...)
		rs = append(rs, d.rosters(si)...)
	}
	// Before the joins: a wider session names only those who joined it.
	d.frames.ExpandedFormats(ms)
	d.frames.SameDay(ms)
	d.frames.AlsoPlaces(ms)
	d.frames.SeparatePlaces(ms)
	d.frames.AsideSummitPlaces(ms)
	d.frames.VenuePlaces(ms)
	// Rosters first: a gathering told by its host alone is added for its
	// lists, and those who attended join it too.
	ms = d.addLeadersGatherings(d.addGatherings(ms, rs), rs)
	// Last of the gatherings: a congress's opening told a few sentences
	// before its lists, its president chosen between them.
	ms, chairs := d.addOpenedAssemblies(ms, rs)
	ms = d.tripPeople(d.dropUnfilledSides(addElectedChairs(d.attachRosters(ms, rs), chairs)))
	ms = restoreReceivedWith(ms, withheld)
	ms = keepMet(d.dropHonoured(d.attachPartials(ms, parts)))
	ms = mergeRetold(splitRetold(dedupeMeetings(ms), func(si int) bool { return frame.PriorMeetingLandmark(d.Sents[si].Toks) }), d.sceneDay)
	d.frames.Sequels(ms)
	// After the sequels: "met A and B separately, then brought them together".
	ms = d.frames.GatheredApart(ms)
	d.gatheringTimes(ms)
	// After the gathering rule: a summit told before is the better antecedent.
	d.frames.SubjectAnaphors(ms)
	// After the sequels and anaphors: the antecedent meetings' places are set.
	d.frames.SamePlaces(ms)
	// Last of the place rules: a country visited stands only where no
	// city was told.
	d.frames.VisitCountryPlaces(ms)
	// After the sequels and anaphors: a report's place and time are known.
	ms = d.foldStateMeetings(ms)
	sides := withoutSeated(ms)
	d.roles.MeetingSides(sides, &r)
	d.roles.DescribedSides(sides, &r)
	// After every side is read: a label of fighters yields to its movement.
	d.roles.LabelSides(&r)
	// After every broker is read: the people a broker is accompanied by.
	d.roles.AccompaniedMediators(&r)
	// SCHEMA: a held meeting that news of the day reports with no date
	// ("met in Doha", "talks ended") took place in the publication month.
	if !d.art.Published.IsZero() {
		storyDay := d.frames.StoryDay()
		for i := range ms {
			if storyDay != "" && d.frames.OfStoryDay(ms[i]) {
				// A scene of the day the lead reports (meeting/when.go).
				ms[i].Date = storyDay
				if ms[i].Place == "" {
					ms[i].Place = scenePlace(ms, i)
				}
				continue
			}
			if ms[i].Status == graph.Held && ms[i].Date == "" && partOfDayOnly(d.Sents[ms[i].Sent].Toks) {
				// "In the afternoon A saw B": a part of the day told with
				// no day continues the day the story told last.
				if day := dayToldBefore(ms, i, storyDay); day != "" {
					ms[i].Date = day
					continue
				}
			}
			if ms[i].Status == graph.Held && ms[i].Date == "" && ms[i].Place != "" && ms[i].Mode != graph.Call {
				// "A and B met on Tuesday in P. ... X hosted the two
				// delegations": the lead's meeting retold, on its day.
				ms[i].Date = d.frames.LeadMeetingDay(ms[i].Sent, ms[i].Place)
			}
			if ms[i].Status == graph.Held && ms[i].Date == "" {
				ms[i].Date = frame.Month(d.art.Published)
				if ms[i].Now {
					ms[i].Date = frame.Day(d.art.Published) // "talks have begun"
				}
			}
		}
	}
	return ms, r
}

// scenePlace: a scene of the story's day told with no place of its own
// ("Moon was joined at the table by X, while Kim was accompanied by Y",
// "The two leaders then signed ...") goes on where that day's meeting of
// one of its people, told before it, took place: a venue named without
// its city ("at the Peace House", "aboard the liner") leaves the scene
// placeless, and the meeting before it carries the city (from the
// dateline, the headline or an earlier paragraph). The nearest such
// meeting told before, held in person on the scene's day and sharing a
// participant with it, gives its place; "" when none does (issue 14's
// three-hundredth round).
func scenePlace(ms []meeting.Frame, i int) string {
	m := ms[i]
	best := -1
	for j := range ms {
		o := ms[j]
		if j == i || o.Sent >= m.Sent || o.Place == "" || o.Status != graph.Held || o.Date != m.Date || o.Mode == graph.Call || o.Mode == graph.Virtual {
			continue
		}
		if !slices.ContainsFunc(o.Parts, func(p int) bool { return slices.Contains(m.Parts, p) }) {
			continue
		}
		if best < 0 || o.Sent > ms[best].Sent {
			best = j
		}
	}
	if best < 0 {
		return ""
	}
	return ms[best].Place
}

// withoutSeated is ms with the people a presence list seated at a meeting
// left out, for reading the sides of its talks: an ambassador or an
// observer "also at the table" is no side (p26's ambassador, who carried
// proposals between the two, would make a third).
func withoutSeated(ms []meeting.Frame) []meeting.Frame {
	out := make([]meeting.Frame, len(ms))
	for i, m := range ms {
		out[i] = m
		if len(m.Seated) > 0 {
			out[i].Parts = slices.DeleteFunc(slices.Clone(m.Parts), func(p int) bool { return slices.Contains(m.Seated, p) })
		}
	}
	return out
}

// partOfDayOnly: the sentence times what it tells by a part of the day
// alone — "in the afternoon", "in the morning", "that evening", "later in
// the day" — with no day of its own (the meeting has no date). Reports
// of a day's round of meetings go on through its parts: "The Viceroy
// received the leaders this morning. In the afternoon he saw X" (the
// two-hundred-and-eighty-fifth round; p1581, p163, p58, p619, p982,
// p1338, p1269).
func partOfDayOnly(toks []text.Token) bool {
	if meeting.PastPerfect(toks) {
		return false // the part of the day times another act
	}
	for k := 1; k+1 < len(toks); k++ {
		if !dayParts[toks[k+1].Lower] {
			continue
		}
		switch toks[k].Lower {
		case "the":
			if toks[k-1].Lower == "in" {
				return true
			}
		case "that":
			return true
		}
	}
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].Lower == "later" && toks[k+1].Lower == "in" && toks[k+2].Lower == "the" && toks[k+3].Lower == "day" {
			return true
		}
	}
	return false
}

// sceneDay is the story's day when the undated meeting m is a scene of
// it (meeting.OfStoryDay), else "" (mergeRetold).
func (d *doc) sceneDay(m meeting.Frame) string {
	if d.art.Published.IsZero() || !d.frames.OfStoryDay(m) {
		return ""
	}
	return d.frames.StoryDay()
}

// dayParts are the parts of a day partOfDayOnly reads.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true}

// dayToldBefore is the day of the latest held meeting told before ms[i]
// with a full date, else the story's day (the lead's), else "".
func dayToldBefore(ms []meeting.Frame, i int, storyDay string) string {
	best, at := "", -1
	for j := range ms {
		m := ms[j]
		if j == i || m.Status != graph.Held || len(m.Date) != len("2006-01-02") || m.Sent >= ms[i].Sent || m.Sent <= at {
			continue
		}
		best, at = m.Date, m.Sent
	}
	if best != "" {
		return best
	}
	return storyDay
}

// restoreReceivedWith puts back the frame of a "Received with X were A and
// B" sentence whose people no meeting holds once the rosters are
// attached: when the reception before it is told in a way no rule reads
// ("Among those who attended were ..."), the list's own sitting is the
// best left (the five-hundred-and-fortieth round; p3273). ms is in
// sentence order and stays so.
func restoreReceivedWith(ms, withheld []meeting.Frame) []meeting.Frame {
	for _, f := range withheld {
		if slices.ContainsFunc(ms, func(m meeting.Frame) bool {
			return !slices.ContainsFunc(f.Parts, func(p int) bool { return !slices.Contains(m.Parts, p) })
		}) {
			continue
		}
		ms = insertInOrder(ms, f.Sent, f)
	}
	return ms
}
