package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// The home page's queries. Each is bounded so that it stays fast at a
// million meetings: counts by label come from the count store, the newest
// sources and meetings are read in index order with a LIMIT, and the
// busiest lists read each node's relationship degree (stored per node)
// instead of expanding the relationships.

// qOverviewCounts: one count per label, each answered by the count store
// (NodeCountFromCountStore in the plan; a chain of MATCH … WITH would
// scan every label after the first).
const qOverviewCounts = `
CALL () { MATCH (n:Person) RETURN count(n) AS persons }
CALL () { MATCH (n:State) RETURN count(n) AS states }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH (n:Group) RETURN count(n) AS groups }
CALL () { MATCH (n:Meeting) RETURN count(n) AS meetings }
CALL () { MATCH (n:Place) RETURN count(n) AS places }
CALL () { MATCH (n:Negotiation) RETURN count(n) AS negotiations }
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
RETURN persons, states, organizations, groups, meetings, places, negotiations, sources`

// qOverviewSources: the newest sources, through the source_published index.
const qOverviewSources = `
MATCH (s:Source) WHERE s.published >= ''
WITH s ORDER BY s.published DESC, s.id LIMIT $limit
RETURN collect({id: s.id, title: s.title, publisher: s.publisher, url: s.url, published: s.published}) AS items`

// qOverviewActors: the actors with most meetings. getDegree reads the
// degree stored with each node, so this is one pass over actors, not
// over meetings.
const qOverviewActors = `
MATCH (a:Actor)
WITH a, COUNT { (a)-[:ATTENDED]->() } AS meetings WHERE meetings > 0
WITH a, meetings ORDER BY meetings DESC, a.name LIMIT $limit
RETURN collect({id: a.id, name: a.name, kind: a.kind, meetings: meetings}) AS items`

const qOverviewPlaces = `
MATCH (p:Place)
WITH p, COUNT { (p)<-[:HELD_IN]-() } AS meetings WHERE meetings > 0
WITH p, meetings ORDER BY meetings DESC, p.name LIMIT $limit
RETURN collect({id: p.id, name: p.name, meetings: meetings}) AS items`

const qOverviewNegotiations = `
MATCH (n:Negotiation)
WITH n, COUNT { (n)<-[:PART_OF]-() } AS meetings
WITH n, meetings ORDER BY meetings DESC, n.topic LIMIT $limit
RETURN collect({id: n.id, topic: n.topic, meetings: meetings,
  parties: [(a:Actor)-[:PARTY_TO]->(n) | {id: a.id, name: a.name, kind: a.kind}]}) AS items`

// qOverviewMeetings: the latest dated meetings, in meeting_date index
// order (undated ones have no "latest").
const qOverviewMeetings = `
MATCH (m:Meeting) WHERE m.dateStart > ''
WITH m ORDER BY m.dateStart DESC LIMIT $limit
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN ` + meetingColumns

// Overview reads what the home page shows, limit items per list. It reads
// everything on record (no asOf): the home page says what the database
// holds now.
func (s *Store) Overview(ctx context.Context, limit int) (graph.Overview, error) {
	if limit <= 0 {
		limit = 8
	}
	o := graph.Overview{Sources: []graph.SourceRef{}, Actors: []graph.BusyActor{}, Places: []graph.PlaceView{},
		Negotiations: []graph.BusyNegotiation{}, Meetings: []graph.MeetingView{}}
	res, err := s.read(ctx, qOverviewCounts, nil)
	if err != nil {
		return o, fmt.Errorf("overview counts: %w", err)
	}
	counts := map[string]*int{"persons": &o.Counts.Persons, "states": &o.Counts.States,
		"organizations": &o.Counts.Organizations, "groups": &o.Counts.Groups, "meetings": &o.Counts.Meetings,
		"places": &o.Counts.Places, "negotiations": &o.Counts.Negotiations, "sources": &o.Counts.Sources}
	for _, rec := range res.Records {
		for label, dst := range counts {
			n, err := integer(rec, label)
			if err != nil {
				return o, fmt.Errorf("overview counts: %w", err)
			}
			*dst = int(n)
		}
	}
	p := map[string]any{"limit": limit}
	items := func(query, what string) ([]map[string]any, error) {
		res, err := s.read(ctx, query, p)
		if err != nil {
			return nil, fmt.Errorf("overview %s: %w", what, err)
		}
		if len(res.Records) == 0 {
			return nil, nil
		}
		return maps(res.Records[0], "items")
	}
	rows, err := items(qOverviewSources, "sources")
	if err != nil {
		return o, err
	}
	for _, m := range rows {
		o.Sources = append(o.Sources, graph.SourceRef{ID: mapStr(m, "id"), Title: mapStr(m, "title"),
			Publisher: mapStr(m, "publisher"), URL: mapStr(m, "url"), Published: mapStr(m, "published")})
	}
	if len(o.Sources) > 0 {
		o.Newest = o.Sources[0].Published
	}
	if rows, err = items(qOverviewActors, "actors"); err != nil {
		return o, err
	}
	for _, m := range rows {
		o.Actors = append(o.Actors, graph.BusyActor{ActorRef: refOf(m), Meetings: mapInt(m, "meetings")})
	}
	if rows, err = items(qOverviewPlaces, "places"); err != nil {
		return o, err
	}
	for _, m := range rows {
		o.Places = append(o.Places, graph.PlaceView{PlaceRef: graph.PlaceRef{ID: mapStr(m, "id"), Name: mapStr(m, "name")},
			Meetings: mapInt(m, "meetings")})
	}
	if rows, err = items(qOverviewNegotiations, "negotiations"); err != nil {
		return o, err
	}
	for _, m := range rows {
		parties, err := mapRefs(m["parties"])
		if err != nil {
			return o, fmt.Errorf("overview negotiations: %w", err)
		}
		o.Negotiations = append(o.Negotiations, graph.BusyNegotiation{
			NegotiationRef: graph.NegotiationRef{ID: mapStr(m, "id"), Topic: mapStr(m, "topic")},
			Parties:        parties, Meetings: mapInt(m, "meetings")})
	}
	if res, err = s.read(ctx, qOverviewMeetings, p); err != nil {
		return o, fmt.Errorf("overview meetings: %w", err)
	}
	o.Meetings, err = meetingViews(res.Records)
	return o, err
}

func meetingViews(recs []*neo4j.Record) ([]graph.MeetingView, error) {
	out := make([]graph.MeetingView, 0, len(recs))
	for _, rec := range recs {
		m, err := meetingView(rec, "")
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

func mapInt(m map[string]any, key string) int {
	n, _ := m[key].(int64)
	return int(n)
}

// HomePlans returns the PROFILE plans of the home page's and the
// timeline's unfiltered queries, as text keyed by query name: tests check
// that they stay on the count store and the indexes, and the benchmark
// can print them.
func (s *Store) HomePlans(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	for name, q := range map[string]string{"counts": qOverviewCounts, "sources": qOverviewSources, "actors": qOverviewActors,
		"places": qOverviewPlaces, "negotiations": qOverviewNegotiations, "meetings": qOverviewMeetings,
		"timeline": qTimelineAll, "undated": qTimelineAllUndated, "table": qAllMeetingsNewest, "tableCount": qAllMeetingsCount} {
		res, err := neo4j.ExecuteQuery(ctx, s.reader, "PROFILE "+q, map[string]any{"limit": 8, "len": 7, "offset": 0}, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			return nil, fmt.Errorf("profile %s: %w", name, err)
		}
		var b strings.Builder
		p := res.Summary.Profile()
		fmt.Fprintf(&b, "%d db hits in all\n", PlanHits(p))
		writePlan(&b, p, 0)
		out[name] = b.String()
	}
	return out, nil
}
