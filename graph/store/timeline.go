package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// The timeline's histogram. Meetings are bucketed by the start of their
// period (dateStart, YYYY-MM-DD): the first $len characters name the
// bucket. A meeting known only to the month or year is counted at its
// first day or month and flagged coarse (its date is shorter than the
// bucket's key). Without filters on the meetings themselves (a period
// only, or none), the histogram is read from the DateKeys (datekeys.go):
// each key's meeting count is its stored degree, and the undated meetings
// are the count store's total minus the dated ones. Other filters start
// from what they name — the actor's, the negotiation's or the place's
// meetings, or the DateKeys overlapping the period — so that they read
// what they select, not every meeting.

// timelineFilters are the conditions on a meeting m, by parameter; the
// one a query starts from is left out (it holds by construction).
var timelineFilters = []struct{ param, cond string }{
	{"actor", `($actor = '' OR EXISTS { (:Actor {id: $actor})-[:ATTENDED]->(m) })`},
	{"negotiation", `($negotiation = '' OR EXISTS { (m)-[:PART_OF]->(:Negotiation {id: $negotiation}) })`},
	{"place", `($place = '' OR EXISTS { (m)-[:HELD_IN]->(:Place {id: $place}) })`},
	{"from", `($from = '' OR m.dateEnd >= $from)`},
	{"to", `($to = '' OR m.dateStart <= $to)`},
	{"asOf", meetingKnown},
}

// keysInPeriod: the DateKeys whose period overlaps [$from, $to] (every
// meeting of a key has the key's start and end).
const keysInPeriod = `MATCH (d:DateKey) WHERE ($from = '' OR d.end >= $from) AND ($to = '' OR d.start <= $to)`

// qTimelineKeys: no filter but a period; reads the DateKeys only.
const qTimelineKeys = keysInPeriod + `
WITH d, COUNT { (d)<-[:DATED]-() } AS n WHERE n > 0
WITH substring(d.start, 0, $len) AS key, n, CASE WHEN size(d.key) < $len THEN n ELSE 0 END AS coarse
WITH key, sum(n) AS n, sum(coarse) AS coarse ORDER BY key` + timelineReturn

// qTimelineUndated: meetings with no DATED link, from the count store.
// The "to" bound alone lets undated meetings through (an empty dateStart sorts
// before any date), as it does in the meetings table.
const qTimelineUndated = `
CALL () { MATCH (m:Meeting) RETURN count(m) AS total }
CALL () { MATCH ()-[r:DATED]->() RETURN count(r) AS dated }
RETURN CASE WHEN $from = '' THEN total - dated ELSE 0 END AS undated`

// timelineReturn returns the buckets as one list of [key, n, coarse]
// (key null for the undated): one record instead of thousands, which at
// day buckets over ten years is most of the cost.
const timelineReturn = `
RETURN collect([key, n, coarse]) AS buckets`

// Where a filtered timeline starts from, the most selective first.
const (
	fromActor       = `MATCH (:Actor {id: $actor})-[:ATTENDED]->(m:Meeting)`
	fromNegotiation = `MATCH (:Negotiation {id: $negotiation})<-[:PART_OF]-(m:Meeting)`
	fromPlace       = `MATCH (:Place {id: $place})<-[:HELD_IN]-(m:Meeting)`
	fromPeriod      = `CALL () {
  ` + keysInPeriod + `
  MATCH (d)<-[:DATED]-(m:Meeting) RETURN m
  UNION
  MATCH (m:Meeting) WHERE $from = '' AND m.dateStart = '' RETURN m
}`
	fromAll = `MATCH (m:Meeting)`
)

// timelineFiltered is the histogram of the meetings the start clause
// finds that pass every filter but the one the start clause applies.
func timelineFiltered(start, anchor string) string {
	var b strings.Builder
	b.WriteString(start + "\nWITH m WHERE true")
	for _, f := range timelineFilters {
		if f.param != anchor {
			b.WriteString("\n  AND " + f.cond)
		}
	}
	b.WriteString(`
WITH CASE WHEN coalesce(m.dateStart, '') = '' THEN null ELSE substring(m.dateStart, 0, $len) END AS key, m.date AS date
WITH key, count(*) AS n, count(CASE WHEN size(date) < $len THEN 1 END) AS coarse ORDER BY key` + timelineReturn)
	return b.String()
}

var (
	qTimelineActor       = timelineFiltered(fromActor, "actor")
	qTimelineNegotiation = timelineFiltered(fromNegotiation, "negotiation")
	qTimelinePlace       = timelineFiltered(fromPlace, "place")
	qTimelinePeriod      = timelineFiltered(fromPeriod, "")
	qTimelineScan        = timelineFiltered(fromAll, "")
)

var bucketLen = map[string]int{graph.BucketDay: 10, graph.BucketMonth: 7, graph.BucketYear: 4}

// Timeline counts meetings per day, month or year; undated meetings apart.
// q.ActorID is an id, or anything FindActor resolves: it is tried as an
// id in the histogram's query, and resolved only when that finds no
// meeting (an unknown id, or a name), so that an id costs no lookup of its
// own.
func (s *Store) Timeline(ctx context.Context, q graph.TimelineQuery) (graph.Timeline, error) {
	query := qTimelineScan
	switch {
	case q.ActorID != "":
		t, err := s.timeline(ctx, q, qTimelineActor)
		if err != nil || t.Total > 0 {
			return t, err
		}
		a, err := s.FindActor(ctx, q.ActorID)
		if err != nil || a.ID == q.ActorID {
			return t, err
		}
		q.ActorID = a.ID
		query = qTimelineActor
	case q.NegotiationID != "":
		query = qTimelineNegotiation
	case q.PlaceID != "":
		query = qTimelinePlace
	case q.AsOf == "":
		query = qTimelineKeys
	case q.From != "" || q.To != "":
		query = qTimelinePeriod
	}
	return s.timeline(ctx, q, query)
}

func (s *Store) timeline(ctx context.Context, q graph.TimelineQuery, query string) (graph.Timeline, error) {
	n, ok := bucketLen[q.Bucket]
	if !ok {
		return graph.Timeline{}, graph.Invalid("bucket", "must be day, month or year")
	}
	t := graph.Timeline{Bucket: q.Bucket, Buckets: []graph.TimeBucket{}}
	params := map[string]any{"len": n, "actor": q.ActorID, "negotiation": q.NegotiationID, "place": q.PlaceID,
		"from": q.From, "to": q.To, "asOf": q.AsOf}
	res, err := s.read(ctx, query, params)
	if err != nil {
		return t, fmt.Errorf("timeline: %w", err)
	}
	if len(res.Records) != 1 {
		return t, fmt.Errorf("timeline: %d records, want 1", len(res.Records))
	}
	rows, _ := res.Records[0].Get("buckets")
	list, _ := rows.([]any)
	for _, row := range list {
		b, ok := row.([]any)
		if !ok || len(b) != 3 {
			return t, fmt.Errorf("timeline: bucket %v", row)
		}
		count, ok1 := b[1].(int64)
		coarse, ok2 := b[2].(int64)
		if !ok1 || !ok2 {
			return t, fmt.Errorf("timeline: bucket %v", row)
		}
		t.Total += int(count)
		if k, ok := b[0].(string); ok {
			t.Buckets = append(t.Buckets, graph.TimeBucket{Key: k, Count: int(count), Coarse: int(coarse)})
		} else {
			t.Undated += int(count)
		}
	}
	if query == qTimelineKeys {
		res, err := s.read(ctx, qTimelineUndated, params)
		if err != nil {
			return t, fmt.Errorf("timeline, undated: %w", err)
		}
		u, err := integer(res.Records[0], "undated")
		if err != nil {
			return t, err
		}
		t.Undated = int(u)
		t.Total += t.Undated
	}
	return t, nil
}
