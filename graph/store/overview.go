package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// The home page's queries. Each is bounded so that it stays fast at a
// million meetings: counts by label come from the count store, the newest
// sources and meetings and the busiest actors and negotiations are read in
// index order with a LIMIT (the meeting counts are kept at write time,
// busiest.go), and the busiest places read each place's stored degree.

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

// qOverviewActors: the actors with most meetings, from the top of the
// actor_meetings index (busiest.go keeps the counts).
const qOverviewActors = `
MATCH (a:Actor) WHERE a.meetings > 0
WITH a ORDER BY a.meetings DESC, a.name LIMIT $limit
RETURN collect({id: a.id, name: a.name, kind: a.kind, meetings: a.meetings}) AS items`

// qOverviewPlaces: a few thousand places even at a million meetings, so
// their degrees are read, not kept.
const qOverviewPlaces = `
MATCH (p:Place)
WITH p, COUNT { (p)<-[:HELD_IN]-() } AS meetings WHERE meetings > 0
WITH p, meetings ORDER BY meetings DESC, p.name LIMIT $limit
RETURN collect({id: p.id, name: p.name, meetings: meetings}) AS items`

// qOverviewNegotiations: from the top of the negotiation_meetings index.
const qOverviewNegotiations = `
MATCH (n:Negotiation) WHERE n.meetings >= 0
WITH n ORDER BY n.meetings DESC, n.topic LIMIT $limit
RETURN collect({id: n.id, topic: n.topic, meetings: n.meetings,
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
// holds now. Its six queries are small and independent, so they run at
// once, each in its own read transaction.
func (s *Store) Overview(ctx context.Context, limit int) (graph.Overview, error) {
	if limit <= 0 {
		limit = 8
	}
	o := graph.Overview{Sources: []graph.SourceRef{}, Actors: []graph.BusyActor{}, Places: []graph.PlaceView{},
		Negotiations: []graph.BusyNegotiation{}, Meetings: []graph.MeetingView{}}
	p := map[string]any{"limit": limit}
	parts := []struct {
		what, query string
		read        func(recs []*neo4j.Record) error
	}{
		{"counts", qOverviewCounts, func(recs []*neo4j.Record) error {
			counts := map[string]*int{"persons": &o.Counts.Persons, "states": &o.Counts.States,
				"organizations": &o.Counts.Organizations, "groups": &o.Counts.Groups, "meetings": &o.Counts.Meetings,
				"places": &o.Counts.Places, "negotiations": &o.Counts.Negotiations, "sources": &o.Counts.Sources}
			for _, rec := range recs {
				for label, dst := range counts {
					n, err := integer(rec, label)
					if err != nil {
						return err
					}
					*dst = int(n)
				}
			}
			return nil
		}},
		{"sources", qOverviewSources, items(func(m map[string]any) error {
			o.Sources = append(o.Sources, graph.SourceRef{ID: mapStr(m, "id"), Title: mapStr(m, "title"),
				Publisher: mapStr(m, "publisher"), URL: mapStr(m, "url"), Published: mapStr(m, "published")})
			return nil
		})},
		{"actors", qOverviewActors, items(func(m map[string]any) error {
			o.Actors = append(o.Actors, graph.BusyActor{ActorRef: refOf(m), Meetings: mapInt(m, "meetings")})
			return nil
		})},
		{"places", qOverviewPlaces, items(func(m map[string]any) error {
			o.Places = append(o.Places, graph.PlaceView{PlaceRef: graph.PlaceRef{ID: mapStr(m, "id"), Name: mapStr(m, "name")},
				Meetings: mapInt(m, "meetings")})
			return nil
		})},
		{"negotiations", qOverviewNegotiations, items(func(m map[string]any) error {
			parties, err := mapRefs(m["parties"])
			if err != nil {
				return err
			}
			o.Negotiations = append(o.Negotiations, graph.BusyNegotiation{
				NegotiationRef: graph.NegotiationRef{ID: mapStr(m, "id"), Topic: mapStr(m, "topic")},
				Parties:        parties, Meetings: mapInt(m, "meetings")})
			return nil
		})},
		{"meetings", qOverviewMeetings, func(recs []*neo4j.Record) error {
			var err error
			o.Meetings, err = meetingViews(recs)
			return err
		}},
	}
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.read(ctx, part.query, p)
			if err == nil {
				err = part.read(res.Records)
			}
			if err != nil {
				errs[i] = fmt.Errorf("overview %s: %w", part.what, err)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return o, err
	}
	if len(o.Sources) > 0 {
		o.Newest = o.Sources[0].Published
	}
	return o, nil
}

// items reads the one record of a query that collects its rows into
// "items", calling add with each.
func items(add func(map[string]any) error) func([]*neo4j.Record) error {
	return func(recs []*neo4j.Record) error {
		if len(recs) == 0 {
			return nil
		}
		rows, err := maps(recs[0], "items")
		if err != nil {
			return err
		}
		for _, m := range rows {
			if err := add(m); err != nil {
				return err
			}
		}
		return nil
	}
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
		"timeline": qTimelineKeys, "undated": qTimelineUndated, "table": qAllMeetingsNewest, "tableCount": qAllMeetingsCount} {
		res, err := neo4j.ExecuteQuery(ctx, s.reader, "PROFILE "+q, map[string]any{"limit": 8, "len": 7, "offset": 0, "from": "", "to": ""}, neo4j.EagerResultTransformer,
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
