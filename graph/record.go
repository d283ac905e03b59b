package graph

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Kind is what sort of actor a node is.
type Kind string

// The actor kinds; each maps to a Neo4j label beside Actor.
const (
	Person       Kind = "person"       // an individual
	State        Kind = "state"        // a country or its government
	Organization Kind = "organization" // agency, ministry, company, UN body, news outlet
	Group        Kind = "group"        // armed group, political movement, party
)

// Kinds lists every valid Kind in a stable order.
var Kinds = []Kind{Person, State, Organization, Group}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// Label is the Neo4j label that goes with the kind.
func (k Kind) Label() string {
	switch k {
	case Person:
		return "Person"
	case State:
		return "State"
	case Organization:
		return "Organization"
	case Group:
		return "Group"
	}
	return ""
}

// Status says whether a meeting took place or is only expected.
type Status string

// Meeting statuses: what a source reports of a meeting.
const (
	Held      Status = "held"      // took place
	Planned   Status = "planned"   // announced or expected
	Cancelled Status = "cancelled" // called off
	Denied    Status = "denied"    // reported, and denied by a party
)

// Mode says how the participants met.
type Mode string

// Meeting modes.
const (
	InPerson    Mode = "in-person"
	Call        Mode = "call"
	Virtual     Mode = "virtual"
	UnknownMode Mode = "unknown"
)

// Role is an actor's part in a negotiation.
type Role string

// Negotiation roles.
const (
	Party    Role = "party"
	Mediator Role = "mediator"
)

// Record is what one article states: the unit Parley loads, in the shape of
// shared/eval/SCHEMA.md. Names in negotiations and meetings refer to actors by
// name or alias.
type Record struct {
	ID           string        `json:"id"`
	Source       Source        `json:"source"`
	Actors       []Actor       `json:"actors"`
	Negotiations []Negotiation `json:"negotiations"`
	Meetings     []Meeting     `json:"meetings"`
}

// Source is the article a record comes from.
type Source struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Published string `json:"published"` // YYYY-MM-DD (or coarser)
	// Text is the article itself, kept when Parley ingests it.
	Text string `json:"text,omitempty"`
}

// Actor is a person, state, organization or group named in an article.
type Actor struct {
	Name        string     `json:"name"`
	Kind        Kind       `json:"kind"`
	Aliases     []string   `json:"aliases,omitempty"`
	Positions   []Position `json:"positions,omitempty"`
	Affiliation string     `json:"affiliation,omitempty"`
}

// Position is a post a person holds: a title in an organization or state,
// from Start to End when the text says (partial dates; empty when unknown).
type Position struct {
	Title        string `json:"title"`
	Organization string `json:"organization"`
	Start        string `json:"start,omitempty"`
	End          string `json:"end,omitempty"`
}

// Negotiation is a negotiation process: the sides whose dispute is
// negotiated and the third parties that broker it.
type Negotiation struct {
	Topic     string   `json:"topic"`
	Parties   []string `json:"parties"`
	Mediators []string `json:"mediators"`
}

// Meeting is an encounter between two or more actors, with the sentence
// that states it.
type Meeting struct {
	Participants []string `json:"participants"`
	Place        string   `json:"place"` // city, or country; "" when unknown
	Date         string   `json:"date"`  // YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown
	Status       Status   `json:"status"`
	Mode         Mode     `json:"mode"`
	Evidence     string   `json:"evidence"`
	// Attribution is who the article attributes the report to, when it
	// says ("two sources familiar with the matter", "the White House").
	Attribution string `json:"attribution,omitempty"`
}

// MarshalJSON writes unknown place and date as null, as the schema has them.
func (m Meeting) MarshalJSON() ([]byte, error) {
	type plain Meeting
	return json.Marshal(struct {
		plain
		Place *string `json:"place"`
		Date  *string `json:"date"`
	}{plain(m), nullable(m.Place), nullable(m.Date)})
}

// MarshalJSON writes an unknown URL as null.
func (s Source) MarshalJSON() ([]byte, error) {
	type plain Source
	return json.Marshal(struct {
		plain
		URL *string `json:"url"`
	}{plain(s), nullable(s.URL)})
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Validate checks everything a loader must refuse: missing names, unknown
// kinds, statuses and modes, impossible dates, and references to actors the
// record does not define. The error names the field.
func (r *Record) Validate() error {
	if strings.TrimSpace(r.ID) == "" {
		return invalid("id", "is empty")
	}
	if r.Source.Published != "" {
		if _, err := ParseDate(r.Source.Published); err != nil {
			return invalid("source.published", err.Error())
		}
	}
	// Field paths are formatted only for the error they name: a valid
	// record (the bulk import validates hundreds of thousands) costs no
	// string building.
	at := func(list string, i int, rest string) string { return fmt.Sprintf("%s[%d]%s", list, i, rest) }
	names := make(map[string]bool)
	for i, a := range r.Actors {
		if Key(a.Name) == "" {
			return invalid(at("actors", i, ".name"), "is empty")
		}
		if !a.Kind.Valid() {
			return invalid(at("actors", i, ".kind"), fmt.Sprintf("%q is not one of person, state, organization, group", a.Kind))
		}
		for j, p := range a.Positions {
			pos := func(rest string) string { return at("actors", i, fmt.Sprintf(".positions[%d]%s", j, rest)) }
			if strings.TrimSpace(p.Title) == "" {
				return invalid(pos(".title"), "is empty")
			}
			if Key(p.Organization) == "" {
				return invalid(pos(".organization"), "is empty")
			}
			for _, d := range []struct{ name, v string }{{"start", p.Start}, {"end", p.End}} {
				if _, err := ParseDate(d.v); d.v != "" && err != nil {
					return invalid(pos("."+d.name), err.Error())
				}
			}
		}
		names[Key(a.Name)] = true
		for _, n := range a.Aliases {
			names[Key(n)] = true
		}
	}
	// known refuses a name no actor of the record bears, at list[i].role[j].
	known := func(name, list string, i int, role string, j int) error {
		if names[Key(name)] {
			return nil
		}
		return invalid(at(list, i, fmt.Sprintf(".%s[%d]", role, j)), fmt.Sprintf("%q is not among the record's actors", name))
	}
	for i, n := range r.Negotiations {
		if len(n.Parties)+len(n.Mediators) == 0 {
			return invalid(at("negotiations", i, ""), "has neither parties nor mediators")
		}
		for j, p := range n.Parties {
			if err := known(p, "negotiations", i, "parties", j); err != nil {
				return err
			}
		}
		for j, p := range n.Mediators {
			if err := known(p, "negotiations", i, "mediators", j); err != nil {
				return err
			}
		}
	}
	for i, m := range r.Meetings {
		f := func(rest string) string { return at("meetings", i, rest) }
		if len(m.Participants) == 0 {
			return invalid(f(".participants"), "is empty")
		}
		for j, p := range m.Participants {
			if err := known(p, "meetings", i, "participants", j); err != nil {
				return err
			}
		}
		if m.Date != "" {
			if _, err := ParseDate(m.Date); err != nil {
				return invalid(f(".date"), err.Error())
			}
		}
		switch m.Status {
		case Held, Planned, Cancelled, Denied:
		default:
			return invalid(f(".status"), fmt.Sprintf("%q is not held, planned, cancelled or denied", m.Status))
		}
		switch m.Mode {
		case InPerson, Call, Virtual, UnknownMode, "":
		default:
			return invalid(f(".mode"), fmt.Sprintf("%q is not in-person, call, virtual or unknown", m.Mode))
		}
	}
	return nil
}
