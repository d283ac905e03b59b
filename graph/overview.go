package graph

// Overview answers "what is in here?" for the explorer's home page: how
// many of each thing the graph holds, the newest sources, the busiest
// actors, places and negotiations, and the most recent meetings.
type Overview struct {
	Counts OverviewCounts `json:"counts"`
	// Newest is the publication date of the newest source ("" when none).
	Newest       string            `json:"newest,omitempty"`
	Sources      []SourceRef       `json:"sources"`
	Actors       []BusyActor       `json:"actors"`
	Places       []PlaceView       `json:"places"`
	Negotiations []BusyNegotiation `json:"negotiations"`
	Meetings     []MeetingView     `json:"meetings"`
}

// OverviewCounts counts nodes by label.
type OverviewCounts struct {
	Persons       int `json:"persons"`
	States        int `json:"states"`
	Organizations int `json:"organizations"`
	Groups        int `json:"groups"`
	Meetings      int `json:"meetings"`
	Places        int `json:"places"`
	Negotiations  int `json:"negotiations"`
	Sources       int `json:"sources"`
}

// SourceRef is a source without its text.
type SourceRef struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

// BusyActor is an actor with how many meetings it attended.
type BusyActor struct {
	ActorRef
	Meetings int `json:"meetings"`
}

// BusyNegotiation is a negotiation with its parties (which tell two
// negotiations on the same topic apart) and how many meetings belong to it.
type BusyNegotiation struct {
	NegotiationRef
	Parties  []ActorRef `json:"parties"`
	Meetings int        `json:"meetings"`
}

// Timeline buckets.
const (
	BucketDay   = "day"
	BucketMonth = "month"
	BucketYear  = "year"
)

// TimelineQuery asks for a histogram of meetings; the filters are those of
// MeetingQuery ("" for any).
type TimelineQuery struct {
	Bucket        string // BucketDay, BucketMonth or BucketYear
	ActorID       string
	PlaceID       string
	NegotiationID string
	From, To      string
	AsOf          string
}

// Timeline is a histogram of meetings by period. Undated meetings are
// counted apart, in a lane of their own.
type Timeline struct {
	Bucket  string       `json:"bucket"`
	Buckets []TimeBucket `json:"buckets"`
	Undated int          `json:"undated"`
	Total   int          `json:"total"`
}

// TimeBucket is one period ("2024", "2024-05" or "2024-05-24"): how many
// meetings start in it, and how many of those are known only to a coarser
// period (counted at its first day or month).
type TimeBucket struct {
	Key    string `json:"key"`
	Count  int    `json:"count"`
	Coarse int    `json:"coarse"`
}

// PlaceQuery asks for places with their meeting counts under filters
// ("" for any).
type PlaceQuery struct {
	Text          string
	ActorID       string
	NegotiationID string
	From, To      string
	AsOf          string
	Limit, Offset int
}
