package store

import (
	"context"
	"fmt"

	"github.com/parley-dev/parley/graph"
)

// The filters are optional parameters (” means any), so one plan serves
// every combination. A meeting known to the month matches a period that
// overlaps that month.
const qMeetingsWhere = `
WHERE ($actor = '' OR EXISTS { (:Actor {id: $actor})-[:ATTENDED]->(m) })
  AND ($with = '' OR EXISTS { (:Actor {id: $with})-[:ATTENDED]->(m) })
  AND ($negotiation = '' OR EXISTS { (m)-[:PART_OF]->(:Negotiation {id: $negotiation}) })
  AND ($place = '' OR EXISTS { (m)-[:HELD_IN]->(:Place {id: $place}) })
  AND ($status = '' OR m.status = $status)
  AND ($from = '' OR m.dateEnd >= $from)
  AND ($to = '' OR m.dateStart <= $to)
  AND ` + meetingKnown

// meetingsFrom is where the meetings query starts: from the most selective
// filter given (an actor's, a place's or a negotiation's meetings), else
// every meeting. The WHERE clause keeps every filter either way.
var meetingsFrom = struct{ actor, place, negotiation, all string }{
	actor:       `MATCH (:Actor {id: $actor})-[:ATTENDED]->(m:Meeting)`,
	place:       `MATCH (:Place {id: $place})<-[:HELD_IN]-(m:Meeting)`,
	negotiation: `MATCH (:Negotiation {id: $negotiation})<-[:PART_OF]-(m:Meeting)`,
	all:         `MATCH (m:Meeting)`,
}

const qMeetingsCount = qMeetingsWhere + `
RETURN count(m) AS total`

// Undated meetings sort last either way.
const qMeetingsPage = qMeetingsWhere + `
WITH m ORDER BY m.dateStart IS NULL, CASE WHEN $oldest THEN m.dateStart END, m.dateStart DESC, m.id
SKIP $offset LIMIT $limit
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN ` + meetingColumns

const qMeeting = `
MATCH (m:Meeting {id: $id}) WHERE ` + meetingKnown + `
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN ` + meetingColumns

// Every meeting, no filter: counted from the count store (a dated
// meeting has one DATED link, datekeys.go), paged in index order (no sort of every meeting),
// the undated ones last.
const (
	qAllMeetingsCount = `
CALL () { MATCH (m:Meeting) RETURN count(m) AS total }
CALL () { MATCH ()-[r:DATED]->() RETURN count(r) AS dated }
RETURN total, dated`
	qAllMeetingsNewest = `
MATCH (m:Meeting) WHERE m.dateStart > ''
WITH m ORDER BY m.dateStart DESC SKIP $offset LIMIT $limit
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN ` + meetingColumns
	qAllMeetingsOldest = `
MATCH (m:Meeting) WHERE m.dateStart > ''
WITH m ORDER BY m.dateStart SKIP $offset LIMIT $limit
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN ` + meetingColumns
	qAllMeetingsUndated = `
MATCH (m:Meeting) WHERE coalesce(m.dateStart, '') = ''
WITH m ORDER BY m.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN ` + meetingColumns
)

func (s *Store) allMeetings(ctx context.Context, q graph.MeetingQuery) (graph.Page[graph.MeetingView], error) {
	page := graph.Page[graph.MeetingView]{Items: []graph.MeetingView{}, Limit: q.Limit, Offset: q.Offset}
	res, err := s.read(ctx, qAllMeetingsCount, nil)
	if err != nil {
		return page, fmt.Errorf("counting meetings: %w", err)
	}
	total, err := integer(res.Records[0], "total")
	if err != nil {
		return page, err
	}
	dated, err := integer(res.Records[0], "dated")
	if err != nil {
		return page, err
	}
	page.Total = int(total)
	add := func(query string, offset, limit int) error {
		res, err := s.read(ctx, query, map[string]any{"offset": offset, "limit": limit})
		if err != nil {
			return fmt.Errorf("listing meetings: %w", err)
		}
		ms, err := meetingViews(res.Records)
		page.Items = append(page.Items, ms...)
		return err
	}
	if q.Offset < int(dated) {
		query := qAllMeetingsNewest
		if q.Oldest {
			query = qAllMeetingsOldest
		}
		if err := add(query, q.Offset, q.Limit); err != nil {
			return page, err
		}
	}
	if rest := q.Limit - len(page.Items); rest > 0 && q.Offset+len(page.Items) < page.Total {
		if err := add(qAllMeetingsUndated, max(0, q.Offset-int(dated)), rest); err != nil {
			return page, err
		}
	}
	return page, nil
}

// Meetings lists meetings with their participants, newest first unless
// q.Oldest.
func (s *Store) Meetings(ctx context.Context, q graph.MeetingQuery) (graph.Page[graph.MeetingView], error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	if q == (graph.MeetingQuery{Oldest: q.Oldest, Limit: q.Limit, Offset: q.Offset}) {
		return s.allMeetings(ctx, q)
	}
	params := map[string]any{
		"actor": q.ActorID, "with": q.WithID, "negotiation": q.NegotiationID, "place": q.PlaceID, "status": string(q.Status),
		"from": q.From, "to": q.To, "oldest": q.Oldest, "offset": q.Offset, "limit": q.Limit, "asOf": q.AsOf,
	}
	page := graph.Page[graph.MeetingView]{Items: []graph.MeetingView{}, Limit: q.Limit, Offset: q.Offset}
	from := meetingsFrom.all
	switch {
	case q.ActorID != "":
		from = meetingsFrom.actor
	case q.PlaceID != "":
		from = meetingsFrom.place
	case q.NegotiationID != "":
		from = meetingsFrom.negotiation
	}
	res, err := s.read(ctx, from+qMeetingsCount, params)
	if err != nil {
		return page, fmt.Errorf("counting meetings: %w", err)
	}
	total, err := integer(res.Records[0], "total")
	if err != nil {
		return page, err
	}
	page.Total = int(total)
	if res, err = s.read(ctx, from+qMeetingsPage, params); err != nil {
		return page, fmt.Errorf("listing meetings: %w", err)
	}
	for _, rec := range res.Records {
		m, err := meetingView(rec, q.AsOf)
		if err != nil {
			return page, err
		}
		page.Items = append(page.Items, m)
	}
	return page, nil
}

// Meeting returns one meeting, or graph.ErrNotFound; with asOf, as known
// on that day (not known yet is not found).
func (s *Store) Meeting(ctx context.Context, id, asOf string) (graph.MeetingView, error) {
	res, err := s.read(ctx, qMeeting, map[string]any{"id": id, "asOf": asOf})
	if err != nil {
		return graph.MeetingView{}, fmt.Errorf("meeting %s: %w", id, err)
	}
	if len(res.Records) == 0 {
		return graph.MeetingView{}, fmt.Errorf("meeting %q: %w", id, graph.ErrNotFound)
	}
	return meetingView(res.Records[0], asOf)
}
