package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

const qFindActorByID = `
MATCH (a:Actor {id: $id}) RETURN a.id AS id, a.name AS name, a.kind AS kind`

// Exact name keys first; among several actors known by one key (two
// Burnses), the one whose own name has that key, then the busiest.
const qFindActorByKey = `
MATCH (:Name {key: $key})<-[:NAMED]-(a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind
ORDER BY CASE WHEN a.name = $name THEN 0 ELSE 1 END, COUNT { (a)-[:ATTENDED]->() } DESC, a.id
LIMIT 1`

// qMet lists the actor's meetings, each once; Met groups them by
// counterpart from the participants, so a meeting of five is projected once
// rather than once per counterpart.
const qMet = `
MATCH (a:Actor {id: $id})-[:ATTENDED]->(m:Meeting)
WHERE ` + metWhere + `
WITH m ORDER BY m.dateStart DESC, m.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN ` + meetingColumns + `
ORDER BY m.dateStart DESC, m.id`

// qMetCounts counts, over all the actor's meetings the filters keep, the
// meetings with each counterpart: cheap next to projecting them.
const qMetCounts = `
MATCH (a:Actor {id: $id})-[:ATTENDED]->(m:Meeting)
WHERE ` + metWhere + `
WITH collect(m) AS ms
CALL (ms) {
  UNWIND ms AS m
  MATCH (m)<-[:ATTENDED]-(o:Actor) WHERE o.id <> $id AND ($with = '' OR o.id = $with)
  RETURN o.id AS cid, o.name AS cname, o.kind AS ckind, count(m) AS n
}
RETURN size(ms) AS total, cid, cname, ckind, n`

// qMetPairs is qMetCounts with no filter, read from the actor's MET_WITH
// aggregates (metwith.go) instead of its meetings and their attendees.
const qMetPairs = `
MATCH (a:Actor {id: $id})
WITH a, COUNT { (a)-[:ATTENDED]->(:Meeting) } AS total
OPTIONAL MATCH (a)-[r:MET_WITH]-(o:Actor)
RETURN total, o.id AS cid, o.name AS cname, o.kind AS ckind, r.count AS n`

const metWhere = meetingKnown + `
  AND ($with = '' OR EXISTS { (m)<-[:ATTENDED]-(:Actor {id: $with}) })
  AND ` + meetingIn

// A fact is known on a day (asOf, YYYY-MM-DD; empty for today) when a source
// published by then reports it: a meeting through its reports, an edge
// through the source ids it carries.
const meetingKnown = `($asOf = '' OR EXISTS { (m)-[:REPORTED_IN]->(src:Source) WHERE src.published <> '' AND src.published <= $asOf })`

// meetingIn is the condition that meeting m is in the period and place
// asked for (empty for any).
const meetingIn = `($from = '' OR m.dateEnd >= $from) AND ($to = '' OR m.dateStart <= $to)
  AND ($place = '' OR EXISTS { (m)-[:HELD_IN]->(:Place {id: $place}) })`

// relKnown is the condition for a relationship named r.
const relKnown = `($asOf = '' OR ANY(sid IN coalesce(r.sources, []) WHERE EXISTS { MATCH (src:Source {id: sid}) WHERE src.published <> '' AND src.published <= $asOf }))`

// meetingColumns projects a meeting m with place pl into the columns
// meetingView reads.
const meetingColumns = `
  m.id AS mid, m.date AS date, m.status AS status, m.mode AS mode,
  pl.id AS placeId, pl.name AS placeName,
  [(m)-[:PART_OF]->(n:Negotiation) | {id: n.id, topic: n.topic}][0] AS negotiation,
  [(m)<-[:ATTENDED]-(p:Actor) | {id: p.id, name: p.name, kind: p.kind,
     posts: [(p)-[h:HOLDS_POSITION]->(o:Actor)
             WHERE (h.start IS NULL OR m.dateEnd IS NULL OR h.start <= m.dateEnd)
               AND (h.end IS NULL OR m.dateStart IS NULL OR h.end >= m.dateStart) | h.title + ', ' + o.name]}] AS participants,
  [(m)-[r:REPORTED_IN]->(s:Source) | {id: s.id, title: s.title, publisher: s.publisher, url: s.url,
     published: s.published, evidence: r.evidence, status: r.status, attribution: r.attribution}] AS sources`

// FindActor resolves what an analyst typed — an id, a name, an alias, a
// surname — to one actor. It returns graph.ErrNotFound when nothing fits.
func (s *Store) FindActor(ctx context.Context, ref string) (graph.ActorRef, error) {
	res, err := s.read(ctx, qFindActorByID, map[string]any{"id": ref})
	if err != nil {
		return graph.ActorRef{}, err
	}
	if len(res.Records) == 0 {
		if key := graph.Key(ref); key != "" {
			res, err = s.read(ctx, qFindActorByKey, map[string]any{"key": key, "name": ref})
			if err != nil {
				return graph.ActorRef{}, err
			}
		}
	}
	if len(res.Records) == 0 {
		hits, err := s.SearchActors(ctx, graph.ActorQuery{Text: ref, Limit: 1})
		if err != nil {
			return graph.ActorRef{}, err
		}
		if len(hits.Items) == 0 {
			return graph.ActorRef{}, fmt.Errorf("actor %q: %w", ref, graph.ErrNotFound)
		}
		return hits.Items[0].ActorRef, nil
	}
	return actorRef(res.Records[0], "id", "name", "kind")
}

// Met lists who met the actor, where and when: one entry per counterpart,
// most meetings first, with how many meetings in all and those of them in
// the page of the actor's meetings asked for (newest first).
func (s *Store) Met(ctx context.Context, actorID string, f graph.MetFilter) (graph.MetResult, error) {
	a, err := s.FindActor(ctx, actorID)
	if err != nil {
		return graph.MetResult{}, err
	}
	if f.Limit <= 0 {
		f.Limit = 200
	}
	params := map[string]any{
		"id": a.ID, "with": f.With, "place": f.PlaceID, "from": f.From, "to": f.To, "asOf": f.AsOf,
		"limit": f.Limit, "offset": f.Offset,
	}
	countsQuery := qMetCounts
	if f.With == "" && f.PlaceID == "" && f.From == "" && f.To == "" && f.AsOf == "" {
		countsQuery = qMetPairs
	}
	counts, err := s.read(ctx, countsQuery, params)
	if err != nil {
		return graph.MetResult{}, fmt.Errorf("met %s: %w", a.ID, err)
	}
	out := graph.MetResult{Actor: a, Counterparts: []graph.Counterpart{}, Limit: f.Limit, Offset: f.Offset}
	index := make(map[string]int)
	for _, rec := range counts.Records {
		total, err := integer(rec, "total")
		if err != nil {
			return out, err
		}
		out.Meetings = int(total)
		if v, _ := rec.Get("cid"); v == nil {
			continue
		}
		c, err := actorRef(rec, "cid", "cname", "ckind")
		if err != nil {
			return out, err
		}
		n, err := integer(rec, "n")
		if err != nil {
			return out, err
		}
		index[c.ID] = len(out.Counterparts)
		out.Counterparts = append(out.Counterparts, graph.Counterpart{Actor: c, Count: int(n), Meetings: []graph.MeetingView{}})
	}
	if out.Meetings == 0 || f.Offset >= out.Meetings {
		return out, nil
	}
	res, err := s.read(ctx, qMet, params)
	if err != nil {
		return graph.MetResult{}, fmt.Errorf("met %s: %w", a.ID, err)
	}
	out.Truncated = f.Offset+len(res.Records) < out.Meetings
	for _, rec := range res.Records {
		m, err := meetingView(rec, f.AsOf)
		if err != nil {
			return graph.MetResult{}, err
		}
		for _, c := range m.Participants {
			if c.ID == a.ID || (f.With != "" && c.ID != f.With) {
				continue
			}
			if i, ok := index[c.ID]; ok {
				out.Counterparts[i].Meetings = append(out.Counterparts[i].Meetings, m)
			}
		}
	}
	slices.SortStableFunc(out.Counterparts, func(x, y graph.Counterpart) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Actor.Name, y.Actor.Name), cmp.Compare(x.Actor.ID, y.Actor.ID))
	})
	return out, nil
}

func actorRef(rec *neo4j.Record, id, name, kind string) (graph.ActorRef, error) {
	var a graph.ActorRef
	var err error
	if a.ID, err = str(rec, id); err != nil {
		return a, err
	}
	if a.Name, err = str(rec, name); err != nil {
		return a, err
	}
	k, err := str(rec, kind)
	a.Kind = graph.Kind(k)
	return a, err
}

// meetingView reads the columns of meetingColumns. With asOf, only the
// reports published by then count, and the status is what they said.
func meetingView(rec *neo4j.Record, asOf string) (graph.MeetingView, error) {
	var m graph.MeetingView
	var err error
	if m.ID, err = str(rec, "mid"); err != nil {
		return m, err
	}
	if m.Date, err = str(rec, "date"); err != nil {
		return m, err
	}
	status, err := str(rec, "status")
	if err != nil {
		return m, err
	}
	mode, err := str(rec, "mode")
	if err != nil {
		return m, err
	}
	m.Status, m.Mode = graph.Status(status), graph.Mode(mode)
	pid, err := str(rec, "placeId")
	if err != nil {
		return m, err
	}
	if pid != "" {
		name, err := str(rec, "placeName")
		if err != nil {
			return m, err
		}
		m.Place = &graph.PlaceRef{ID: pid, Name: name}
	}
	if v, _ := rec.Get("negotiation"); v != nil {
		n, ok := v.(map[string]any)
		if !ok {
			return m, fmt.Errorf("negotiation is %T, not a map", v)
		}
		m.Negotiation = &graph.NegotiationRef{ID: mapStr(n, "id"), Topic: mapStr(n, "topic")}
	}
	parts, err := maps(rec, "participants")
	if err != nil {
		return m, err
	}
	m.Participants = make([]graph.ActorRef, 0, len(parts))
	for _, p := range parts {
		posts, err := toStrings(p["posts"], "posts")
		if err != nil {
			return m, err
		}
		slices.Sort(posts)
		m.Participants = append(m.Participants, graph.ActorRef{ID: mapStr(p, "id"), Name: mapStr(p, "name"), Kind: graph.Kind(mapStr(p, "kind")), Posts: posts})
	}
	slices.SortFunc(m.Participants, func(x, y graph.ActorRef) int { return cmp.Compare(x.Name, y.Name) })
	srcs, err := maps(rec, "sources")
	if err != nil {
		return m, err
	}
	m.Sources = make([]graph.Report, 0, len(srcs))
	for _, s := range srcs {
		m.Sources = append(m.Sources, graph.Report{
			SourceID: mapStr(s, "id"), Title: mapStr(s, "title"), Publisher: mapStr(s, "publisher"),
			URL: mapStr(s, "url"), Published: mapStr(s, "published"), Evidence: mapStr(s, "evidence"),
			Status: graph.Status(mapStr(s, "status")), Attribution: mapStr(s, "attribution"),
		})
	}
	if asOf != "" {
		m.Sources = slices.DeleteFunc(m.Sources, func(r graph.Report) bool { return r.Published == "" || r.Published > asOf })
		if len(m.Sources) > 0 {
			m.Status = ""
			for _, r := range m.Sources {
				if r.Status != "" && m.Status != graph.Held {
					m.Status = r.Status // sorted by publication: the latest, unless one says held
				}
			}
		}
	}
	slices.SortFunc(m.Sources, func(x, y graph.Report) int {
		return cmp.Or(cmp.Compare(x.Published, y.Published), cmp.Compare(x.SourceID, y.SourceID))
	})
	if len(m.Sources) > 0 {
		m.Evidence = m.Sources[0].Evidence
	}
	publishers := map[string]bool{}
	for _, r := range m.Sources {
		p := r.Publisher
		if p == "" {
			p = r.SourceID // an unknown publisher counts on its own
		}
		publishers[strings.ToLower(p)] = true
	}
	m.SourceCount = len(publishers)
	return m, nil
}

func maps(rec *neo4j.Record, key string) ([]map[string]any, error) {
	v, ok := rec.Get(key)
	if !ok {
		return nil, fmt.Errorf("result has no column %q", key)
	}
	if v == nil {
		return nil, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("column %q is %T, not a list", key, v)
	}
	out := make([]map[string]any, 0, len(list))
	for _, x := range list {
		m, ok := x.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("column %q holds %T, not a map", key, x)
		}
		out = append(out, m)
	}
	return out, nil
}

// mapStr reads a string from a projected map; absent or null reads as "".
func mapStr(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}
