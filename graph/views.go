package graph

// The read side: what the store returns and the API serves.

// ActorRef names an actor node.
type ActorRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind Kind   `json:"kind"`
}

// Report is one source's account of a fact: the article and the sentence.
type Report struct {
	SourceID  string `json:"sourceId"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Evidence  string `json:"evidence,omitempty"`
}

// PlaceRef names a place node.
type PlaceRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// NegotiationRef names a negotiation node.
type NegotiationRef struct {
	ID    string `json:"id"`
	Topic string `json:"topic"`
}

// MeetingView is a meeting with its participants and every report of it.
type MeetingView struct {
	ID           string          `json:"id"`
	Date         string          `json:"date,omitempty"`
	Place        *PlaceRef       `json:"place,omitempty"`
	Status       Status          `json:"status"`
	Mode         Mode            `json:"mode"`
	Negotiation  *NegotiationRef `json:"negotiation,omitempty"`
	Participants []ActorRef      `json:"participants"`
	Evidence     string          `json:"evidence,omitempty"` // the first report's sentence
	Sources      []Report        `json:"sources"`
}

// Counterpart is someone an actor met, with the meetings, newest first.
type Counterpart struct {
	Actor    ActorRef      `json:"actor"`
	Count    int           `json:"count"`
	Meetings []MeetingView `json:"meetings"`
}

// MetResult answers "who met this actor, where, when".
type MetResult struct {
	Actor        ActorRef      `json:"actor"`
	Counterparts []Counterpart `json:"counterparts"`
}

// MetFilter narrows /met: a counterpart, a place, a period (inclusive,
// YYYY-MM-DD; a meeting known only to the month matches a period that
// overlaps that month).
type MetFilter struct {
	With     string // counterpart actor id
	PlaceID  string
	From, To string
}

// ActorQuery searches actors by name or alias.
type ActorQuery struct {
	Text          string // what was typed; empty lists all
	Kind          Kind   // optional
	Role          Role   // optional: only actors with this role in some negotiation
	Limit, Offset int
}

// ActorHit is one search result.
type ActorHit struct {
	ActorRef
	Aliases  []string `json:"aliases"`
	Meetings int      `json:"meetings"`
	Score    float64  `json:"score,omitempty"`
}

// ActorPage is a page of search results.
type ActorPage struct {
	Items  []ActorHit `json:"items"`
	Total  int        `json:"total"`
	Limit  int        `json:"limit"`
	Offset int        `json:"offset"`
}
