package store

import (
	"context"
	"fmt"

	"github.com/parley-dev/parley/graph"
)

// The timeline's histogram. Meetings are bucketed by the start of their
// period (dateStart, YYYY-MM-DD): the first $len characters name the
// bucket. A meeting known only to the month or year is counted at its
// first day or month and flagged coarse. Without filters, the dated
// meetings are read from the meeting_date index alone (the values come
// with the index entries), and the undated ones are the count store's
// total minus those.

const timelineFilters = `
  AND ($negotiation = '' OR EXISTS { (m)-[:PART_OF]->(:Negotiation {id: $negotiation}) })
  AND ($place = '' OR EXISTS { (m)-[:HELD_IN]->(:Place {id: $place}) })
  AND ($from = '' OR m.dateEnd >= $from)
  AND ($to = '' OR m.dateStart <= $to)
  AND ` + meetingKnown

// qTimelineAll: no filters; an index scan over dateStart.
const qTimelineAll = `
MATCH (m:Meeting) WHERE m.dateStart > ''
WITH substring(m.dateStart, 0, $len) AS key, m.date AS date
RETURN key, count(*) AS n, count(CASE WHEN size(date) < $len THEN 1 END) AS coarse
ORDER BY key`

const qTimelineAllUndated = `
MATCH (m:Meeting) WITH count(m) AS total
MATCH (m:Meeting) WHERE m.dateStart > ''
WITH total, count(m) AS dated
RETURN total - dated AS undated`

// qTimelineFiltered: filters other than an actor, over every meeting;
// qTimelineActor starts from the actor's meetings.
const qTimelineFiltered = `
MATCH (m:Meeting)
WHERE true` + timelineFilters + `
WITH CASE WHEN coalesce(m.dateStart, '') = '' THEN null ELSE substring(m.dateStart, 0, $len) END AS key, m.date AS date
RETURN key, count(*) AS n, count(CASE WHEN size(date) < $len THEN 1 END) AS coarse
ORDER BY key`

const qTimelineActor = `
MATCH (:Actor {id: $actor})-[:ATTENDED]->(m:Meeting)
WHERE true` + timelineFilters + `
WITH CASE WHEN coalesce(m.dateStart, '') = '' THEN null ELSE substring(m.dateStart, 0, $len) END AS key, m.date AS date
RETURN key, count(*) AS n, count(CASE WHEN size(date) < $len THEN 1 END) AS coarse
ORDER BY key`

var bucketLen = map[string]int{graph.BucketDay: 10, graph.BucketMonth: 7, graph.BucketYear: 4}

// Timeline counts meetings per day, month or year; undated meetings apart.
func (s *Store) Timeline(ctx context.Context, q graph.TimelineQuery) (graph.Timeline, error) {
	n, ok := bucketLen[q.Bucket]
	if !ok {
		return graph.Timeline{}, graph.Invalid("bucket", "must be day, month or year")
	}
	t := graph.Timeline{Bucket: q.Bucket, Buckets: []graph.TimeBucket{}}
	params := map[string]any{"len": n, "actor": q.ActorID, "negotiation": q.NegotiationID, "place": q.PlaceID,
		"from": q.From, "to": q.To, "asOf": q.AsOf}
	query := qTimelineFiltered
	switch {
	case q.ActorID != "":
		query = qTimelineActor
	case q.PlaceID == "" && q.NegotiationID == "" && q.From == "" && q.To == "" && q.AsOf == "":
		query = qTimelineAll
	}
	res, err := s.read(ctx, query, params)
	if err != nil {
		return t, fmt.Errorf("timeline: %w", err)
	}
	for _, rec := range res.Records {
		count, err := integer(rec, "n")
		if err != nil {
			return t, err
		}
		coarse, err := integer(rec, "coarse")
		if err != nil {
			return t, err
		}
		key, _ := rec.Get("key")
		t.Total += int(count)
		if k, ok := key.(string); ok {
			t.Buckets = append(t.Buckets, graph.TimeBucket{Key: k, Count: int(count), Coarse: int(coarse)})
		} else {
			t.Undated += int(count)
		}
	}
	if query == qTimelineAll {
		res, err := s.read(ctx, qTimelineAllUndated, nil)
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
