package historian

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// Publisher is the Source publisher of every record.
const Publisher = "Office of the Historian, U.S. Department of State"

// site is where the Office publishes the data as pages.
const site = "https://history.state.gov/departmenthistory/"

// UnitedStates is the state of the Presidents and Secretaries.
const UnitedStates = "United States"

// Item is one record to load, where it came from, and the fixed ids of
// its meetings ("" for the id the loader computes): an event's meeting has
// one id shared by every record of it, so all its attendees join one node.
type Item struct {
	Pos        Pos
	Record     graph.Record
	MeetingIDs []string
}

// Digest fingerprints the item: its record and meeting ids. An import
// skips an item whose source the graph holds with the same digest.
func (it Item) Digest() string {
	data, err := json.Marshal(struct {
		R   graph.Record
		IDs []string
	}{it.Record, it.MeetingIDs})
	if err != nil {
		return ""
	}
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:12])
}

// Builder collects the files of an import and turns them into items. Trips
// and visits are held until Items, since a Secretary's post spans his first
// to his last trip and an event's meeting spans all its attendees' dates.
type Builder struct {
	terms  []Term
	trips  []Trip
	visits []Visit
}

// Add takes one file's entries.
func (b *Builder) Add(f File) {
	b.trips = append(b.trips, f.Trips...)
	b.visits = append(b.visits, f.Visits...)
	if len(f.Presidents) > 0 {
		b.terms = f.Presidents // the snapshot's own terms over the embedded copy
	}
}

// eventRef is one record's mention of an event.
type eventRef struct {
	ev         Event
	start, end string
	place      string
	rec        int // index in items
}

// Items returns the records, in the order read.
func (b *Builder) Items() []Item {
	terms := NewTerms(b.terms)
	// A Secretary's post: from the first trip's start to the last trip's end.
	type span struct{ start, end string }
	secs := map[string]span{}
	for _, t := range b.trips {
		if t.Role != "secretary" {
			continue
		}
		s, ok := secs[t.Who]
		if !ok || t.Start < s.start {
			s.start = t.Start
		}
		if e := endOf(t.Start, t.End); e > s.end {
			s.end = e
		}
		secs[t.Who] = s
	}
	var items []Item
	var refs []eventRef
	for _, t := range b.trips {
		it, evs := b.trip(t, terms, secs[t.Who].start, secs[t.Who].end)
		for _, e := range evs {
			refs = append(refs, eventRef{ev: e, start: t.Start, end: endOf(t.Start, t.End), place: tripPlace(t), rec: len(items)})
		}
		items = append(items, it)
	}
	for _, v := range b.visits {
		it, evs := b.visit(v, terms)
		for _, e := range evs {
			refs = append(refs, eventRef{ev: e, start: v.Start, end: endOf(v.Start, v.End), place: UnitedStates, rec: len(items)})
		}
		items = append(items, it)
	}
	joinEvents(items, refs)
	return items
}

func endOf(start, end string) string {
	if end == "" {
		return start
	}
	return end
}

func period(start, end string) string {
	if end == "" || end == start {
		return start
	}
	return start + "/" + end
}

// joinEvents gives every mention of one event (same key, dates within a
// day of each other) one meeting: one id, the span of all its attendees'
// dates, one place.
func joinEvents(items []Item, refs []eventRef) {
	sort.SliceStable(refs, func(i, j int) bool {
		if refs[i].ev.Key != refs[j].ev.Key {
			return refs[i].ev.Key < refs[j].ev.Key
		}
		return refs[i].start < refs[j].start
	})
	for i := 0; i < len(refs); {
		j := i + 1
		end := refs[i].end
		for j < len(refs) && refs[j].ev.Key == refs[i].ev.Key && daysApart(end, refs[j].start) <= 1 {
			end = max(end, refs[j].end)
			j++
		}
		group := refs[i:j]
		start := group[0].start
		place := ""
		for _, r := range group {
			if r.ev.City != "" {
				place = r.ev.City
				break
			}
		}
		if place == "" {
			place = group[0].place
		}
		id := "meeting:event:" + graph.Slug(group[0].ev.Key) + ":" + start
		for _, r := range group {
			it := &items[r.rec]
			for k := range it.Record.Meetings {
				m := &it.Record.Meetings[k]
				if it.MeetingIDs[k] == "event:"+r.ev.Key {
					it.MeetingIDs[k] = id
					m.Date, m.Place = period(start, end), place
				}
			}
		}
		i = j
	}
}

func daysApart(a, b string) int {
	da, err1 := graph.ParseDate(a)
	db, err2 := graph.ParseDate(b)
	if err1 != nil || err2 != nil {
		return 1 << 20
	}
	return int(db.Start.Sub(da.Start).Hours() / 24)
}

// tripPlace is the trip's first city, or its country when it names none.
// A locale of several places ("Cairo, Alexandria") is one meeting place:
// the first, which the others follow in the data's own order.
func tripPlace(t Trip) string {
	if l, _, _ := strings.Cut(t.Locale, ","); strings.TrimSpace(l) != "" {
		if i := strings.IndexByte(l, '('); i > 0 {
			l = l[:i]
		}
		return strings.TrimSpace(l)
	}
	return stateName(t.Country)
}

// stateName is the canonical name of a state as the data writes it.
func stateName(s string) string {
	if c, ok := graph.StateName(s); ok {
		return c
	}
	if i := strings.IndexByte(s, '('); i > 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// personName drops the parenthesis of "Henry A. (Heinz Alfred) Kissinger".
func personName(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			return clean(s)
		}
		s = s[:i] + s[j+1:]
	}
}

// recordBuilder assembles one record's actors and meetings.
type recordBuilder struct {
	rec    graph.Record
	ids    []string
	actors map[string]int
}

func newRecord(id, url, title, published, evidence string) *recordBuilder {
	return &recordBuilder{rec: graph.Record{ID: id, Source: graph.Source{URL: url, Title: title, Publisher: Publisher, Published: published, Text: evidence}},
		actors: map[string]int{}}
}

// actor adds an actor (once per name) and returns its name.
func (r *recordBuilder) actor(a graph.Actor) string {
	k := string(a.Kind) + "\x00" + graph.Key(a.Name)
	if i, ok := r.actors[k]; ok {
		for _, p := range a.Positions {
			if !slices.Contains(r.rec.Actors[i].Positions, p) {
				r.rec.Actors[i].Positions = append(r.rec.Actors[i].Positions, p)
			}
		}
		return r.rec.Actors[i].Name
	}
	r.actors[k] = len(r.rec.Actors)
	r.rec.Actors = append(r.rec.Actors, a)
	return a.Name
}

func (r *recordBuilder) state(name string) string {
	return r.actor(graph.Actor{Name: name, Kind: graph.State})
}

func (r *recordBuilder) org(name string, isState bool) string {
	if isState {
		return r.state(name)
	}
	return r.actor(graph.Actor{Name: name, Kind: graph.Organization})
}

// person adds someone met, with the posts the remarks give, held on the
// record's dates.
func (r *recordBuilder) person(p Person, start, end string) string {
	a := graph.Actor{Name: p.Name, Kind: graph.Person}
	if p.Org != "" && len(p.Titles) == 0 {
		// No post named: the person is still of that state, which tells
		// two people of one name apart.
		a.Affiliation = p.Org
	}
	if p.Term != nil {
		start, end = p.Term.Start, p.Term.End
	}
	if p.Org != "" {
		r.org(p.Org, p.OrgIsState)
		for _, t := range p.Titles {
			a.Positions = append(a.Positions, graph.Position{Title: t, Organization: p.Org, Start: start, End: end})
		}
	}
	return r.actor(a)
}

func (r *recordBuilder) meeting(parts []string, place, date, evidence, fixedID string) {
	r.rec.Meetings = append(r.rec.Meetings, graph.Meeting{Participants: parts, Place: place, Date: date,
		Status: graph.Held, Mode: graph.InPerson, Evidence: evidence})
	r.ids = append(r.ids, fixedID)
}

func (b *Builder) trip(t Trip, terms *Terms, secStart, secEnd string) (Item, []Event) {
	country := stateName(t.Country)
	url := site + "travels/" + t.Role + "/" + t.Who
	title := fmt.Sprintf("Trip %s: %s to %s, %s", t.ID, personName(t.Name), t.Country, period(t.Start, t.End))
	evidence := t.Remarks
	if evidence == "" {
		evidence = title
	}
	r := newRecord("historian-trip-"+t.ID, url, title, endOf(t.Start, t.End), t.Remarks)
	// The traveler and the post.
	traveler := graph.Actor{Name: personName(t.Name), Kind: graph.Person}
	if t.Role == "president" {
		if name, ts := terms.ByID(t.Who); name != "" {
			traveler.Name = name
			for _, x := range ts {
				traveler.Positions = append(traveler.Positions, graph.Position{Title: "President", Organization: UnitedStates, Start: x.Start, End: x.End})
			}
		} else {
			traveler.Positions = []graph.Position{{Title: "President", Organization: UnitedStates}}
		}
	} else {
		traveler.Positions = []graph.Position{{Title: "Secretary of State", Organization: UnitedStates, Start: secStart, End: secEnd}}
	}
	r.state(UnitedStates)
	who := r.actor(traveler)
	r.state(country)
	place := tripPlace(t)
	date := period(t.Start, t.End)
	met := Met(t.Remarks, Context{State: country, Day: t.Start, Terms: terms})
	parts := []string{who}
	for _, p := range met {
		if graph.Key(p.Name) == graph.Key(who) {
			continue
		}
		parts = append(parts, r.person(p, t.Start, endOf(t.Start, t.End)))
	}
	evs := Events(t.Remarks)
	if len(parts) > 1 {
		r.meeting(parts, place, date, evidence, "")
	}
	// One event per record: a second would be the same row as the first
	// (same participants, place and dates) before its id is fixed.
	evs = evs[:min(len(evs), 1)]
	for _, e := range evs {
		r.meeting([]string{who}, place, date, evidence, "event:"+e.Key)
	}
	if len(parts) == 1 && len(evs) == 0 {
		// Nobody named and no event: the visit itself, the traveler in
		// the country — never an invented counterpart.
		r.meeting([]string{who, country}, place, date, evidence, "")
	}
	return Item{Pos: t.At, Record: r.rec, MeetingIDs: r.ids}, evs
}

func (b *Builder) visit(v Visit, terms *Terms) (Item, []Event) {
	from := stateName(v.From)
	url := site + "visits/" + v.FromID
	title := fmt.Sprintf("Visit %s: %s (%s), %s", v.ID, v.Visitor, v.From, period(v.Start, v.End))
	evidence := v.Description
	if evidence == "" {
		evidence = title
	}
	r := newRecord("historian-visit-"+v.ID, url, title, endOf(v.Start, v.End), v.Description)
	end := endOf(v.Start, v.End)
	visitor, ok := conjunct(words(v.Visitor), Context{State: from})
	if !ok || visitor.Name == "" {
		visitor = Person{Name: personName(v.Visitor)}
	}
	if visitor.Org == "" {
		visitor.Org, visitor.OrgIsState = from, true
	}
	who := r.person(visitor, v.Start, end)
	r.state(from)
	us := r.state(UnitedStates)
	date := period(v.Start, v.End)
	met := Met(v.Description, Context{State: UnitedStates, Day: v.Start, Terms: terms})
	parts := []string{who}
	for _, p := range met {
		if graph.Key(p.Name) == graph.Key(who) {
			continue
		}
		parts = append(parts, r.person(p, v.Start, end))
	}
	evs := Events(v.Description)
	place := UnitedStates
	if m := reInCity.FindStringSubmatch(v.Description); m != nil {
		place = strings.TrimSpace(m[1])
	}
	if len(parts) > 1 {
		r.meeting(parts, place, date, evidence, "")
	}
	evs = evs[:min(len(evs), 1)]
	for _, e := range evs {
		r.meeting([]string{who, us}, place, date, evidence, "event:"+e.Key)
	}
	if len(parts) == 1 && len(evs) == 0 {
		r.meeting([]string{who, us}, place, date, evidence, "")
	}
	return Item{Pos: v.At, Record: r.rec, MeetingIDs: r.ids}, evs
}
