package graph

import "time"

// The read side: what the store returns and the API serves.

// ActorRef names an actor node. Posts, in a meeting's participants, are
// the posts the actor held on the meeting's date.
type ActorRef struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	Kind  Kind     `json:"kind"`
	Posts []string `json:"posts,omitempty"`
}

// Report is one source's account of a fact: the article and the sentence.
type Report struct {
	SourceID  string `json:"sourceId"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Evidence  string `json:"evidence,omitempty"`
	// What this source says of the fact, and on whose word.
	Status      Status `json:"status,omitempty"`
	Attribution string `json:"attribution,omitempty"`
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
	// SourceCount is how many independent sources (distinct publishers)
	// report the meeting.
	SourceCount int `json:"sourceCount"`
}

// Counterpart is someone an actor met: how many meetings, when first and
// last, where (the places met at most recently), the latest meeting and
// what its first report says; and the meetings in the page asked for,
// newest first.
type Counterpart struct {
	Actor    ActorRef      `json:"actor"`
	Count    int           `json:"count"`
	First    string        `json:"first,omitempty"` // earliest start of the dated meetings
	Last     string        `json:"last,omitempty"`  // latest start of the dated meetings
	Places   []PlaceRef    `json:"places"`          // at most 10, met there most recently first
	Latest   *PairLatest   `json:"latest,omitempty"`
	Meetings []MeetingView `json:"meetings"`
}

// PairLatest is a pair's latest meeting (by start date, then id; undated
// ones count only when none is dated) and its earliest published report.
type PairLatest struct {
	MeetingID string `json:"meetingId"`
	Report
}

// MetResult answers "who met this actor, where, when". Meetings is how
// many meetings the filters keep and CounterpartTotal with how many
// actors. Counterparts is the page of them asked for (CounterpartLimit
// from CounterpartOffset, most meetings first, then by id); their
// meeting lists hold those in the page of meetings asked for (Limit from
// Offset, newest first), their counts all of them. Truncated says more
// pages of meetings follow.
type MetResult struct {
	Actor             ActorRef      `json:"actor"`
	Counterparts      []Counterpart `json:"counterparts"`
	CounterpartTotal  int           `json:"counterpartTotal"`
	CounterpartLimit  int           `json:"counterpartLimit"`
	CounterpartOffset int           `json:"counterpartOffset"`
	Meetings          int           `json:"meetings"`
	Limit             int           `json:"limit"`
	Offset            int           `json:"offset"`
	Truncated         bool          `json:"truncated"`
}

// MetFilter narrows /met: a counterpart, a place, a period (inclusive,
// YYYY-MM-DD; a meeting known only to the month matches a period that
// overlaps that month).
type MetFilter struct {
	With     string // counterpart actor id
	PlaceID  string
	From, To string
	AsOf     string // only facts from sources published by this day
	// A page of the actor's meetings, newest first; Limit 0 means 200.
	Limit, Offset int
	// Summary asks for the counterparts and their summaries only, no page
	// of meetings: unfiltered, it reads the actor's kept pairs alone.
	Summary bool
	// A page of the counterparts, most meetings first; 0 means the
	// store's default (100).
	CounterpartLimit, CounterpartOffset int
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

// PositionView is a post held, when known, with the sources that report
// it.
type PositionView struct {
	Title        string   `json:"title"`
	Organization ActorRef `json:"organization"`
	Start        string   `json:"start,omitempty"`
	End          string   `json:"end,omitempty"`
	Sources      []string `json:"sources"`
}

// HolderView is someone who holds a post in an organization or state.
type HolderView struct {
	Title  string   `json:"title"`
	Person ActorRef `json:"person"`
}

// RoleView is an actor's part in a negotiation.
type RoleView struct {
	Negotiation NegotiationRef `json:"negotiation"`
	Role        Role           `json:"role"`
}

// CounterpartCount is someone an actor met and how often.
type CounterpartCount struct {
	Actor ActorRef `json:"actor"`
	Count int      `json:"count"`
}

// Profile answers "who is this": posts, affiliation, negotiations, the
// people met most, and first and last appearance in the sources.
type Profile struct {
	ActorRef
	Aliases      []string           `json:"aliases"`
	Positions    []PositionView     `json:"positions"`
	Holders      []HolderView       `json:"holders"` // people holding posts in this actor
	Affiliations []ActorRef         `json:"affiliations"`
	Members      []ActorRef         `json:"members"` // actors affiliated with this one
	Roles        []RoleView         `json:"negotiations"`
	Meetings     int                `json:"meetings"`
	Counterparts []CounterpartCount `json:"counterparts"`
	Sources      int                `json:"sources"`
	FirstSeen    string             `json:"firstSeen,omitempty"` // earliest source publication
	LastSeen     string             `json:"lastSeen,omitempty"`
}

// MeetingQuery filters the meetings list.
type MeetingQuery struct {
	ActorID       string
	WithID        string // a second participant: the meetings of a pair
	PlaceID       string
	NegotiationID string
	From, To      string // inclusive days, YYYY-MM-DD
	Status        Status
	Oldest        bool // sort oldest first; newest first by default
	Limit, Offset int
	AsOf          string // only meetings reported by this day
}

// PlaceView is a place with how many meetings it saw.
type PlaceView struct {
	PlaceRef
	Meetings int    `json:"meetings"`
	First    string `json:"first,omitempty"`
	Last     string `json:"last,omitempty"`
}

// NegotiationView is a negotiation with its cast.
type NegotiationView struct {
	NegotiationRef
	Topics    []string   `json:"topics"`
	Parties   []ActorRef `json:"parties"`
	Mediators []ActorRef `json:"mediators"`
	Meetings  int        `json:"meetings"`
	First     string     `json:"first,omitempty"`
	Last      string     `json:"last,omitempty"`
}

// Page is a page of anything.
type Page[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

// Node is something the explorer draws: an actor or a negotiation (and,
// when asked for, a meeting).
type Node struct {
	ID       string `json:"id"`
	Label    string `json:"label"`
	Type     string `json:"type"`           // "actor", "negotiation", "meeting"
	Kind     Kind   `json:"kind,omitempty"` // for actors
	Mediator bool   `json:"mediator,omitempty"`
	Party    bool   `json:"party,omitempty"`
	Meetings int    `json:"meetings,omitempty"`
	Date     string `json:"date,omitempty"` // for meetings
}

// Edge types the explorer draws.
const (
	EdgeMet         = "met"
	EdgePosition    = "position"
	EdgeAffiliation = "affiliation"
	EdgeParty       = "party"
	EdgeMediator    = "mediator"
	EdgeAttended    = "attended"
)

// Edge joins two nodes. A met edge aggregates every meeting of the pair.
type Edge struct {
	ID     string   `json:"id"`
	Source string   `json:"source"`
	Target string   `json:"target"`
	Type   string   `json:"type"`
	Count  int      `json:"count,omitempty"`  // met: number of meetings
	Places []string `json:"places,omitempty"` // met: where
	Last   string   `json:"last,omitempty"`   // met: latest date
	Title  string   `json:"title,omitempty"`  // position
}

// GraphQuery asks for a subgraph: an actor's neighbourhood, or without
// one the busiest part of the whole graph.
type GraphQuery struct {
	ActorID string
	Depth   int // 1 or 2
	Limit   int // node cap
	// EdgeLimit caps the met edges among the nodes, strongest first: 0
	// for the default (DefaultEdges), negative for none (an export).
	EdgeLimit int
	AsOf      string
	// Met edges count only meetings in this period and place.
	From, To string // inclusive days, YYYY-MM-DD
	PlaceID  string
}

// Subgraph is a set of nodes and the edges among them. Truncated says a
// cap left something out: nodes (NodesTruncated), or met edges among the
// nodes (EdgesTruncated: Edges holds the strongest).
type Subgraph struct {
	Nodes          []Node `json:"nodes"`
	Edges          []Edge `json:"edges"`
	Truncated      bool   `json:"truncated"`
	NodesTruncated bool   `json:"nodesTruncated"`
	EdgesTruncated bool   `json:"edgesTruncated"`
}

// DefaultEdges is the cap on met edges among limit nodes when a query asks
// for none: five per node (an explorer cannot usefully draw the 19,000
// ties among 200 hubs; the strongest carry the picture), at most
// MaxEdges.
func DefaultEdges(limit int) int { return min(5*max(limit, 1), MaxEdges) }

// MaxEdges is the largest cap on met edges a query may ask for.
const MaxEdges = 25000

// Path is one chain of connections between two actors: nodes in order and
// the edges between consecutive ones.
type Path struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// CypherResult is what the console returns: the table, and separately the
// nodes and relationships in it so a UI can draw them.
type CypherResult struct {
	Columns   []string `json:"columns"`
	Rows      [][]any  `json:"rows"`
	Truncated bool     `json:"truncated"`
	Graph     Subgraph `json:"graph"`
	Warnings  []string `json:"warnings,omitempty"`
}

// ConsoleLimits bound one console query.
type ConsoleLimits struct {
	Rows    int           // rows returned at most; more sets Truncated
	Bytes   int           // bytes of rows (as JSON) at most; more sets Truncated
	Timeout time.Duration // server-side transaction timeout
}

// MergeInfo is one merge of two actors: who merged GoneID into KeepID and
// when, and whether it has been undone.
type MergeInfo struct {
	ID       string `json:"id"`
	KeepID   string `json:"keep"`
	KeepName string `json:"keepName"`
	GoneID   string `json:"gone"`
	GoneName string `json:"goneName"`
	// GoneAliases are the names the merged-away actor brought with it.
	GoneAliases []string `json:"goneAliases"`
	By          string   `json:"by"`
	At          string   `json:"at"`
	Undone      bool     `json:"undone"`
	UndoneBy    string   `json:"undoneBy,omitempty"`
	UndoneAt    string   `json:"undoneAt,omitempty"`
	// Auto says the loader made the merge when it took a mention in Record
	// for a known actor (see graph.AutoMerge).
	Auto   bool   `json:"auto"`
	Record string `json:"record,omitempty"`
}
