package graph

import (
	"slices"
)

// Plan is a validated record turned into the rows the store writes: every
// name resolved to a node id, so a store can MERGE on constrained keys
// without deciding anything itself.
type Plan struct {
	AutoMerges   []AutoMerge
	Source       SourceRow
	Actors       []ActorRow
	Positions    []PositionRow
	Affiliations []EdgeRow
	Roles        []RoleRow
	Negotiations []NegotiationRow
	Places       []PlaceRow
	Meetings     []MeetingRow
}

// SourceRow is the article node.
type SourceRow struct {
	ID, URL, Title, Publisher, Published, Text string
}

// ActorRow is one actor node: its final name, every other form it is known
// by and the keys it can be found under.
type ActorRow struct {
	ID      string
	Name    string
	Kind    Kind
	Aliases []string
	Keys    []string
}

// PositionRow is a post: person, the organization or state, the title,
// and when it was held if known.
type PositionRow struct {
	PersonID, OrgID, Title string
	Start, End             string // first and last day, YYYY-MM-DD; "" when unknown
}

// EdgeRow links two actors.
type EdgeRow struct {
	FromID, ToID string
}

// RoleRow is an actor's role in a negotiation.
type RoleRow struct {
	ActorID, NegotiationID string
	Role                   Role
}

// NegotiationRow is a negotiation node.
type NegotiationRow struct {
	ID, Topic string
}

// PlaceRow is a place node.
type PlaceRow struct {
	ID, Name string
}

// MeetingRow is a meeting node with its links, and this source's report
// of it. Consolidate may point it at a meeting already in the graph and
// set the node's properties from every report.
type MeetingRow struct {
	ID             string
	Date           string // as precise as known
	DateStart      string // first day the date may mean, YYYY-MM-DD
	DateEnd        string // last day
	Status         Status
	Mode           Mode
	PlaceID        string
	NegotiationID  string
	ParticipantIDs []string
	Report         ReportRow
	// Merged says the meeting was already in the graph from another source.
	Merged bool
}

// ReportRow is what one source says of a meeting.
type ReportRow struct {
	SourceID              string
	Evidence, Attribution string
	Status                Status
	Mode                  Mode
	Date, Place           string // as the source gives them
	Published             string // the source's publication date
}

// AutoMerge is a resolution the loader makes on its own: a mention taken
// for a known actor under a name that actor was not known by (a surname
// alone, a shorter form). The mention gets a node of its own, which is then
// merged into the known actor, so the resolution is listed and can be
// undone like any merge.
type AutoMerge struct {
	ID      string
	KeepID  string
	GoneID  string
	Mention string
}

// AutoState is what became of an automatic merge made by an earlier load.
type AutoState int

// Automatic merge states.
const (
	AutoNew    AutoState = iota // not made yet
	AutoActive                  // made and standing
	AutoUndone                  // made and undone by an editor
)

// NewPlan resolves a record against the actors already in the graph (cands:
// those sharing a name key with any of the record's names, see LookupKeys)
// and returns the rows to write, every mention resolved directly to the
// actor it matches. The record must have passed Validate.
func NewPlan(r Record, cands []Candidate) Plan { return PlanRecord(r, cands, nil) }

// PlanRecord is NewPlan with automatic merges: a mention that matches a
// known actor under a name it was not known by is planned as a node of its
// own plus an AutoMerge into that actor — unless state says an earlier load
// made that merge (then the mention resolves to the actor directly) or an
// editor undid it (then the mention keeps its own node). A nil state
// resolves directly, as NewPlan does.
func PlanRecord(r Record, cands []Candidate, state func(id string) AutoState) Plan {
	p := Plan{Source: SourceRow{ID: r.ID, URL: r.Source.URL, Title: r.Source.Title, Publisher: r.Source.Publisher, Published: r.Source.Published, Text: r.Source.Text}}
	byID := make(map[string]int) // actor id → index in p.Actors
	byKey := make(map[string]string)
	existing := make(map[string]Candidate)
	for _, c := range cands {
		existing[c.ID] = c
	}
	addActor := func(id string, a Actor) {
		name := a.Name
		forms := append([]string{a.Name}, a.Aliases...)
		if c, ok := existing[id]; ok {
			name = FullerName(c.Name, name)
			forms = append(forms, c.Name)
		}
		i, seen := byID[id]
		if seen {
			name = FullerName(p.Actors[i].Name, name)
			forms = append(forms, p.Actors[i].Name)
			forms = append(forms, p.Actors[i].Aliases...)
		} else {
			i = len(p.Actors)
			byID[id] = i
			p.Actors = append(p.Actors, ActorRow{ID: id, Kind: a.Kind})
		}
		row := &p.Actors[i]
		row.Name = name
		// Each form's key once: the aliases are the forms of distinct
		// keys other than the name's.
		nameKey := Key(name)
		aliasKeys := make([]string, 0, len(forms))
		row.Aliases = row.Aliases[:0]
		for _, f := range forms {
			if k := Key(f); k != nameKey && !slices.Contains(aliasKeys, k) {
				row.Aliases = append(row.Aliases, f)
				aliasKeys = append(aliasKeys, k)
			}
		}
		row.Keys = NameKeys(Actor{Name: row.Name, Kind: row.Kind, Aliases: row.Aliases})
		// A surname alone refers to this actor only if no other actor of
		// the record is known by it in full.
		for _, k := range row.Keys {
			if _, taken := byKey[k]; !taken || k == nameKey || slices.Contains(aliasKeys, k) {
				byKey[k] = id
			}
		}
	}
	ids := make([]string, len(r.Actors))
	for i, a := range r.Actors {
		if a.Kind == Person {
			if bare := StripTitles(a.Name); bare != a.Name {
				a.Aliases = append(slices.Clone(a.Aliases), a.Name)
				a.Name = bare
			}
		}
		id := Resolve(a, cands)
		if id == "" {
			id = ActorID(a.Kind, a.Name)
		} else if state != nil && !knownAs(a, existing[id]) {
			gone := ActorID(a.Kind, a.Name)
			if _, known := existing[gone]; !known && gone != id {
				am := AutoMerge{ID: AutoMergeID(r.ID, gone), KeepID: id, GoneID: gone, Mention: a.Name}
				switch state(am.ID) {
				case AutoActive:
				case AutoUndone:
					id = gone
				default:
					p.AutoMerges = append(p.AutoMerges, am)
					id = gone
				}
			}
		}
		ids[i] = id
		addActor(id, a)
	}
	// Names the record only mentions (an organization in a post, an
	// affiliation) become organizations unless the graph knows them.
	ref := func(name string) string {
		k := Key(name)
		if id, ok := byKey[k]; ok {
			return id
		}
		a := Actor{Name: name, Kind: Organization}
		for _, c := range cands {
			if slices.Contains(c.Keys, k) {
				a.Kind = c.Kind
				break
			}
		}
		id := Resolve(a, cands)
		if id == "" {
			id = ActorID(a.Kind, a.Name)
		}
		addActor(id, a)
		return id
	}
	for i, a := range r.Actors {
		for _, pos := range a.Positions {
			row := PositionRow{PersonID: ids[i], OrgID: ref(pos.Organization), Title: pos.Title}
			if d, err := ParseDate(pos.Start); err == nil {
				row.Start = d.Start.Format(day)
			}
			if d, err := ParseDate(pos.End); err == nil {
				row.End = d.End.Format(day)
			}
			p.Positions = appendUnique(p.Positions, row)
		}
		if a.Affiliation != "" {
			if to := ref(a.Affiliation); to != ids[i] {
				p.Affiliations = appendUnique(p.Affiliations, EdgeRow{FromID: ids[i], ToID: to})
			}
		}
	}
	type negRefs struct {
		id      string
		members []string
	}
	var negs []negRefs
	for _, n := range r.Negotiations {
		parties, mediators := refs(n.Parties, ref), refs(n.Mediators, ref)
		id := NegotiationID(parties, mediators)
		if !slices.ContainsFunc(p.Negotiations, func(x NegotiationRow) bool { return x.ID == id }) {
			p.Negotiations = append(p.Negotiations, NegotiationRow{ID: id, Topic: n.Topic})
		}
		for _, a := range parties {
			p.Roles = appendUnique(p.Roles, RoleRow{ActorID: a, NegotiationID: id, Role: Party})
		}
		for _, a := range mediators {
			p.Roles = appendUnique(p.Roles, RoleRow{ActorID: a, NegotiationID: id, Role: Mediator})
		}
		negs = append(negs, negRefs{id, append(parties, mediators...)})
	}
	affiliation := make(map[string][]string)
	for _, e := range p.Affiliations {
		affiliation[e.FromID] = append(affiliation[e.FromID], e.ToID)
	}
	for _, pos := range p.Positions {
		affiliation[pos.PersonID] = append(affiliation[pos.PersonID], pos.OrgID)
	}
	for _, m := range r.Meetings {
		parts := refs(m.Participants, ref)
		row := MeetingRow{
			Date: m.Date, Status: m.Status, Mode: m.Mode, ParticipantIDs: parts,
		}
		if row.Mode == "" {
			row.Mode = UnknownMode
		}
		row.Report = ReportRow{SourceID: r.ID, Evidence: m.Evidence, Attribution: m.Attribution, Status: row.Status, Mode: row.Mode,
			Date: m.Date, Place: m.Place, Published: r.Source.Published}
		if d, err := ParseDate(m.Date); err == nil {
			row.DateStart, row.DateEnd = d.Start.Format(day), d.End.Format(day)
		}
		if Key(m.Place) != "" {
			row.PlaceID = PlaceID(m.Place)
			p.Places = appendUnique(p.Places, PlaceRow{ID: row.PlaceID, Name: m.Place})
		}
		row.ID = MeetingID(r.ID, parts, m.Date, m.Place, m.Status)
		// A meeting belongs to the negotiation whose parties and mediators
		// it involves most, directly or through the participants' posts.
		best := 0
		for _, n := range negs {
			score := 0
			for _, a := range parts {
				if slices.Contains(n.members, a) || slices.ContainsFunc(affiliation[a], func(x string) bool { return slices.Contains(n.members, x) }) {
					score++
				}
			}
			if score > best {
				best, row.NegotiationID = score, n.id
			}
		}
		if !slices.ContainsFunc(p.Meetings, func(x MeetingRow) bool { return x.ID == row.ID }) {
			p.Meetings = append(p.Meetings, row)
		}
	}
	return p
}

const day = "2006-01-02"

// LookupKeys lists every name key under which a record's actors and
// referenced organizations may already be in the graph.
func LookupKeys(r Record) []string {
	var keys []string
	add := func(k string) {
		if k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, a := range r.Actors {
		for _, k := range NameKeys(a) {
			add(k)
		}
		for _, p := range a.Positions {
			add(Key(p.Organization))
		}
		add(Key(a.Affiliation))
	}
	return keys
}

func refs(names []string, ref func(string) string) []string {
	var ids []string
	for _, n := range names {
		if id := ref(n); !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

func appendUnique[T comparable](s []T, v T) []T {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// Absorb folds a later row for the same actor into r: the later name wins,
// aliases and keys are the union in order.
func (r *ActorRow) Absorb(a ActorRow) {
	r.Name = a.Name
	for _, al := range a.Aliases {
		r.Aliases = appendUnique(r.Aliases, al)
	}
	for _, k := range a.Keys {
		r.Keys = appendUnique(r.Keys, k)
	}
}
