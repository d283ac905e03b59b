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
//
// The page is ranked on the date alone first (one property of each of a
// hub's 10,000 meetings): only the meetings dated on or after the page's
// last date, its ties included, have their id read for the final order.
const qMet = `
MATCH (a:Actor {id: $id})-[:ATTENDED]->(m)
WHERE ` + metWhere + `
WITH collect([m.dateStart, m]) AS all
CALL (all) {
  UNWIND all AS x
  WITH x[0] AS d ORDER BY d DESC LIMIT $offset + $limit
  RETURN collect(d)[-1] AS last
}
UNWIND [x IN all WHERE last IS NULL OR x[0] IS NULL OR x[0] >= last | x[1]] AS m
WITH m ORDER BY m.dateStart DESC, m.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN ` + meetingColumns + `
ORDER BY m.dateStart DESC, m.id`

// qMetPage is qMet with no filter: the page of the actor's meetings read
// in index order from the attended_key index (attendedKey: newest first,
// undated last, ties by id), so that it reads a page's worth of entries
// (and $offset more) however many meetings the actor has. The hint keeps
// the planner on a seek (see qMetPairs).
const qMetPage = `
MATCH ()-[at:ATTENDED]->(m) USING INDEX at:ATTENDED(key)
WHERE at.key STARTS WITH $id + ' '
WITH m ORDER BY at.key SKIP $offset LIMIT $limit
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN ` + meetingColumns + `
ORDER BY m.dateStart DESC, m.id`

// qMetCounts counts, over all the actor's meetings the filters keep, the
// meetings with each counterpart (cheap next to projecting them), and
// returns the page of counterparts asked for: most meetings first, then
// by id (a total order, so pages neither overlap nor skip). Each carries
// its summary over those meetings, defined as the MET_WITH aggregate is
// (metwith.go): first and last dated start, the metPlaces places met at
// most recently, the latest meeting and its earliest report (with asOf,
// the earliest published by then).
const qMetCounts = `
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[:ATTENDED]->(m)
WHERE ` + metWhere + `
WITH a, collect(m) AS ms
CALL (ms) {
  UNWIND ms AS m
  MATCH (m)<-[:ATTENDED]-(o:Actor) WHERE o.id <> $id AND ($with = '' OR o.id = $with)
  WITH o, m, coalesce(m.dateStart, '') AS d
  WITH o, count(m) AS n, min(CASE WHEN d > '' THEN d END) AS first, max(CASE WHEN d > '' THEN d END) AS last,
    max(d + ' ' + m.id) AS lk, collect(m) AS oms
  ORDER BY n DESC, o.id
  WITH collect({o: o, n: n, first: first, last: last, lk: lk, ms: oms}) AS cps
  RETURN size(cps) AS pairs, cps[$coffset..$coffset + $climit] AS top
}
CALL (top) {
  UNWIND top AS x
  CALL (x) {
    UNWIND x.ms AS m
    MATCH (m)-[:HELD_IN]->(p:Place)
    WITH p.id AS pid, coalesce(p.name, '') AS pname, max(coalesce(m.dateStart, '')) AS pd
    ORDER BY pd DESC, pid LIMIT 10 // metPlaces, as metTop
    RETURN collect({id: pid, name: pname}) AS places
  }
  WITH x, places, [m IN x.ms WHERE coalesce(m.dateStart, '') + ' ' + m.id = x.lk][0] AS lm
  CALL (lm) {
    OPTIONAL MATCH (lm)-[rep:REPORTED_IN]->(s:Source)
    WHERE $asOf = '' OR (s.published <> '' AND s.published <= $asOf)
    WITH rep, s ORDER BY coalesce(s.published, ''), s.id LIMIT 1
    RETURN CASE WHEN s IS NULL THEN null ELSE {sourceId: s.id, title: s.title, publisher: s.publisher, url: s.url,
      published: s.published, evidence: coalesce(rep.evidence, '')} END AS src
  }
  WITH x, places, lm, src ORDER BY x.n DESC, x.o.id
  RETURN collect({id: x.o.id, name: x.o.name, kind: x.o.kind, n: x.n, first: x.first, last: x.last, places: places,
    latest: CASE WHEN lm IS NULL THEN null ELSE {meetingId: lm.id, report: src} END}) AS page
}
RETURN a.id AS id, a.name AS name, a.kind AS kind, size(ms) AS total, pairs, page`

// qMetPairs is qMetCounts with no filter, read from the actor's MET_WITH
// aggregates (metwith.go) instead of its meetings and their attendees.
// The totals are degrees (ATTENDED and MET_WITH only ever join an actor
// to a meeting, an actor to an actor: no label to check).
//
// The page is read in index order: the actor's pairs, strongest first and
// then by the counterpart's id, are the keys of the met_with_lo_key index
// (the pairs where it has the smaller id) and of met_with_hi_key (the
// others) that start with its id and a space (metKeys). The first
// $coffset + $climit of each, merged, hold the page: the entries read
// are a page's worth, however many pairs the actor has. The hints keep
// the planner on a seek: an index scan filtered on the prefix would read
// the whole index for an actor with few pairs.
const qMetPairs = `
MATCH (a:Actor {id: $id})
CALL (a) {
  CALL () {
    MATCH ()-[r:MET_WITH]->() USING INDEX r:MET_WITH(loKey)
    WHERE r.loKey STARTS WITH $id + ' '
    RETURN r.loKey AS k, r ORDER BY r.loKey LIMIT $coffset + $climit
    UNION ALL
    MATCH ()-[r:MET_WITH]->() USING INDEX r:MET_WITH(hiKey)
    WHERE r.hiKey STARTS WITH $id + ' '
    RETURN r.hiKey AS k, r ORDER BY r.hiKey LIMIT $coffset + $climit
  }
  WITH k, r ORDER BY k SKIP $coffset LIMIT $climit
  WITH k, r, CASE WHEN startNode(r) = a THEN endNode(r) ELSE startNode(r) END AS o,
    COLLECT { MATCH (s:Source {id: r.lastSource})
      RETURN {sourceId: s.id, title: s.title, publisher: s.publisher, url: s.url, published: s.published,
        evidence: coalesce(r.lastEvidence, '')} } AS src
  WITH k, r, o, src, coalesce(r.places, []) AS pids ORDER BY k
  RETURN collect({id: o.id, name: o.name, kind: o.kind, n: r.count, first: r.first, last: r.last,
    places: [i IN range(0, size(pids) - 1) | {id: pids[i], name: r.placeNames[i]}],
    latest: CASE WHEN r.lastMeeting IS NULL THEN null ELSE {meetingId: r.lastMeeting, report: src[0]} END}) AS page
}
RETURN a.id AS id, a.name AS name, a.kind AS kind, COUNT { (a)-[:ATTENDED]->() } AS total,
  COUNT { (a)-[:MET_WITH]-() } AS pairs, page`

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

// Met lists who met the actor, where and when: the page of counterparts
// asked for (most meetings first, then by id), each with how many
// meetings in all and those of them in the page of the actor's meetings
// asked for (newest first). actor is an id, or anything FindActor
// resolves; the id is tried first, in the counts query itself, so that an
// id costs no lookup of its own.
func (s *Store) Met(ctx context.Context, actor string, f graph.MetFilter) (graph.MetResult, error) {
	if f.Limit <= 0 {
		f.Limit = 200
	}
	if f.CounterpartLimit <= 0 {
		f.CounterpartLimit = DefaultCounterparts
	}
	params := map[string]any{
		"id": actor, "with": f.With, "place": f.PlaceID, "from": f.From, "to": f.To, "asOf": f.AsOf,
		"limit": f.Limit, "offset": f.Offset, "climit": f.CounterpartLimit, "coffset": f.CounterpartOffset,
	}
	countsQuery, meetingsQuery := qMetCounts, qMet
	if f.With == "" && f.PlaceID == "" && f.From == "" && f.To == "" && f.AsOf == "" {
		countsQuery, meetingsQuery = qMetPairs, qMetPage
	}
	counts, err := s.read(ctx, countsQuery, params)
	if err != nil {
		return graph.MetResult{}, fmt.Errorf("met %s: %w", actor, err)
	}
	if len(counts.Records) == 0 { // not an id: a name, an alias
		a, err := s.FindActor(ctx, actor)
		if err != nil {
			return graph.MetResult{}, err
		}
		params["id"] = a.ID
		if counts, err = s.read(ctx, countsQuery, params); err != nil {
			return graph.MetResult{}, fmt.Errorf("met %s: %w", a.ID, err)
		}
		if len(counts.Records) == 0 {
			return graph.MetResult{}, fmt.Errorf("actor %q: %w", a.ID, graph.ErrNotFound)
		}
	}
	rec := counts.Records[0]
	a, err := actorRef(rec, "id", "name", "kind")
	if err != nil {
		return graph.MetResult{}, err
	}
	out := graph.MetResult{Actor: a, Counterparts: []graph.Counterpart{}, Limit: f.Limit, Offset: f.Offset,
		CounterpartLimit: f.CounterpartLimit, CounterpartOffset: f.CounterpartOffset}
	total, err := integer(rec, "total")
	if err != nil {
		return out, err
	}
	pairs, err := integer(rec, "pairs")
	if err != nil {
		return out, err
	}
	out.Meetings, out.CounterpartTotal = int(total), int(pairs)
	page, err := maps(rec, "page")
	if err != nil {
		return out, err
	}
	index := make(map[string]int, len(page))
	for _, p := range page {
		c, err := counterpart(p)
		if err != nil {
			return out, fmt.Errorf("met %s: %w", a.ID, err)
		}
		index[c.Actor.ID] = len(out.Counterparts)
		out.Counterparts = append(out.Counterparts, c)
	}
	if f.Summary {
		out.Limit = 0
		return out, nil
	}
	// The page of meetings holds min(Limit, Meetings-Offset) of them (the
	// counts query kept the same ones); it is read only if some
	// counterpart on this page can have a meeting in it.
	out.Truncated = f.Offset+f.Limit < out.Meetings
	if len(out.Counterparts) == 0 || f.Offset >= out.Meetings {
		return out, nil
	}
	params["id"] = a.ID
	res, err := s.read(ctx, meetingsQuery, params)
	if err != nil {
		return graph.MetResult{}, fmt.Errorf("met %s: %w", a.ID, err)
	}
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
	return out, nil
}

// counterpart reads one entry of the counts queries' page: the
// counterpart, its count and its summary.
func counterpart(p map[string]any) (graph.Counterpart, error) {
	n, ok := p["n"].(int64)
	if !ok {
		return graph.Counterpart{}, fmt.Errorf("counterpart count is %T", p["n"])
	}
	c := graph.Counterpart{
		Actor: graph.ActorRef{ID: mapStr(p, "id"), Name: mapStr(p, "name"), Kind: graph.Kind(mapStr(p, "kind"))},
		Count: int(n), First: mapStr(p, "first"), Last: mapStr(p, "last"),
		Places: []graph.PlaceRef{}, Meetings: []graph.MeetingView{},
	}
	places, ok := p["places"].([]any)
	if !ok && p["places"] != nil {
		return c, fmt.Errorf("counterpart %s: places are %T", c.Actor.ID, p["places"])
	}
	for _, x := range places {
		pl, ok := x.(map[string]any)
		if !ok {
			return c, fmt.Errorf("counterpart %s: a place is %T", c.Actor.ID, x)
		}
		c.Places = append(c.Places, graph.PlaceRef{ID: mapStr(pl, "id"), Name: mapStr(pl, "name")})
	}
	if v := p["latest"]; v != nil {
		l, ok := v.(map[string]any)
		if !ok {
			return c, fmt.Errorf("counterpart %s: latest is %T", c.Actor.ID, v)
		}
		c.Latest = &graph.PairLatest{MeetingID: mapStr(l, "meetingId")}
		if r, ok := l["report"].(map[string]any); ok {
			c.Latest.Report = graph.Report{SourceID: mapStr(r, "sourceId"), Title: mapStr(r, "title"),
				Publisher: mapStr(r, "publisher"), URL: mapStr(r, "url"), Published: mapStr(r, "published"),
				Evidence: mapStr(r, "evidence")}
		}
	}
	return c, nil
}

// DefaultCounterparts is the page of counterparts Met returns when the
// filter asks for none.
const DefaultCounterparts = 100

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
