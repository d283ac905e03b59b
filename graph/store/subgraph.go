package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// qNeighbours lists the direct neighbours of a set of actors in the
// explorer's sense: actors met, posts and affiliations either way, and
// negotiations taken part in; strongest ties first.
const qNeighbours = neighboursHead + `
  MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor) WHERE b <> a AND ` + meetingKnown + ` AND ` + meetingIn + `
  RETURN b.id AS nid, count(*) AS weight` + neighboursTail

// qNeighboursPairs is qNeighbours with no filter on meetings: the actors
// met come from the MET_WITH aggregates (metwith.go).
const qNeighboursPairs = neighboursHead + `
  MATCH (a)-[r:MET_WITH]-(b)
  RETURN b.id AS nid, r.count AS weight` + neighboursTail

const neighboursHead = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {`

const neighboursTail = `
  UNION
  MATCH (a)-[r:HOLDS_POSITION|AFFILIATED_WITH]-(b:Actor) WHERE ` + relKnown + `
  RETURN b.id AS nid, 1 AS weight
  UNION
  MATCH (a)-[r:PARTY_TO|MEDIATES]->(n:Negotiation) WHERE ` + relKnown + `
  RETURN n.id AS nid, 1 AS weight
}
WITH nid, sum(weight) AS weight
RETURN nid ORDER BY weight DESC, nid
LIMIT $limit`

// qNodes returns the drawable nodes among ids.
const qNodes = `
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Actor {id: id})
  RETURN a.id AS nid, a.name AS label, 'actor' AS type, a.kind AS kind,
    EXISTS { (a)-[:MEDIATES]->() } AS mediator, EXISTS { (a)-[:PARTY_TO]->() } AS party,
    COUNT { (a)-[:ATTENDED]->() } AS meetings
  UNION
  MATCH (n:Negotiation {id: id})
  // The parties name it apart from others on a like topic ("talks").
  WITH n, COLLECT { MATCH (p:Actor)-[:PARTY_TO]->(n) RETURN p.name ORDER BY p.name } AS parties
  RETURN n.id AS nid, CASE WHEN size(parties) = 0 THEN n.topic
      ELSE n.topic + ' (' + reduce(s = parties[0], p IN parties[1..3] | s + ' – ' + p) + CASE WHEN size(parties) > 3 THEN ' …)' ELSE ')' END END AS label,
    'negotiation' AS type, null AS kind,
    false AS mediator, false AS party, COUNT { (n)<-[:PART_OF]-() } AS meetings
}
RETURN nid AS id, label, type, kind, mediator, party, meetings`

// qEdges returns every edge among ids: meetings aggregated per pair.
const qEdges = `
CALL () {
  // Each node's meetings are expanded once and grouped by meeting; the
  // meetings two or more of the nodes attended make the met edges. This
  // never expands a meeting's other attendees, nor scans $ids per row.
  UNWIND $ids AS id
  MATCH (:Actor {id: id})-[:ATTENDED]->(m:Meeting)
  WITH m, collect(id) AS who WHERE size(who) > 1 AND ` + meetingKnown + ` AND ` + meetingIn + `
  OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
  UNWIND who AS a
  UNWIND who AS b
  WITH a, b, m, p WHERE a < b
  WITH a, b, count(DISTINCT m) AS n, collect(DISTINCT p.name) AS places, max(m.dateStart) AS last
  // The strongest $edgeLimit, in qEdgesPairs's order.
  ORDER BY n DESC, a, b
  WITH collect({a: a, b: b, n: n, places: places, last: last}) AS es
  UNWIND es[..$edgeLimit] AS e
  RETURN e.a AS source, e.b AS target, 'met' AS type, e.n AS count, e.places AS places, e.last AS last,
    null AS title, size(es) AS total` + edgesTail

// qEdgesPairs is qEdges with no filter on meetings: the met edges are the
// MET_WITH aggregates among ids (stored from the smaller id, as qEdges
// orders a pair), their places the most recent ones. The nodes of a
// neighbourhood are often hubs with thousands of pairs each, so walking
// every node's pairs to find the few among the nodes costs the sum of
// their degrees. Instead a node with at most $expand pairs (by default as
// many as there are nodes) is walked, and the pairs of two busier nodes are
// looked up by their key in the met_with_pair constraint's index: at most
// one seek per such pair, and never more work than the walk. Only the
// count of each pair is read to rank them (ties by the ids in hand); the strongest
// $edgeLimit alone are projected (the 200 neighbours of a hub are nearly
// a clique of hubs: 19,000 pairs, 5 MB of JSON with their places).
const qEdgesPairs = `
CALL () {
  MATCH (n:Actor) WHERE n.id IN $ids
  WITH collect(n) AS ns
  WITH ns, [n IN ns WHERE COUNT { (n)-[:MET_WITH]-() } <= $expand] AS few
  CALL (ns, few) {
    UNWIND few AS a
    MATCH (a)-[r:MET_WITH]-(b) WHERE b IN ns AND (startNode(r) = a OR NOT b IN few)
    RETURN startNode(r).id AS source, endNode(r).id AS target, r
    UNION ALL
    WITH [n IN ns WHERE NOT n IN few | n.id] AS many
    UNWIND many AS x
    UNWIND many AS y
    WITH x, y WHERE x < y
    MATCH ()-[r:MET_WITH {pair: x + ' ' + y}]->()
    RETURN x AS source, y AS target, r
  }
  WITH source, target, r ORDER BY r.count DESC, source, target
  WITH collect([source, target, r]) AS es
  UNWIND es[..$edgeLimit] AS e
  WITH e[0] AS source, e[1] AS target, e[2] AS r, size(es) AS total
  RETURN source, target, 'met' AS type, r.count AS count, r.placeNames AS places,
    coalesce(r.last, '') AS last, null AS title, total` + edgesTail

const edgesTail = `
  UNION ALL
  UNWIND $ids AS id
  MATCH (a:Actor {id: id})-[r:HOLDS_POSITION]->(b:Actor) WHERE b.id IN $ids AND ` + relKnown + `
  RETURN a.id AS source, b.id AS target, 'position' AS type, 0 AS count, [] AS places, null AS last, r.title AS title, null AS total
  UNION ALL
  UNWIND $ids AS id
  MATCH (a:Actor {id: id})-[r:AFFILIATED_WITH]->(b:Actor) WHERE b.id IN $ids AND ` + relKnown + `
  RETURN a.id AS source, b.id AS target, 'affiliation' AS type, 0 AS count, [] AS places, null AS last, null AS title, null AS total
  UNION ALL
  // From the negotiations among ids (few): an actor can be party to
  // hundreds.
  UNWIND $ids AS id
  MATCH (n:Negotiation {id: id})<-[r:PARTY_TO|MEDIATES]-(a:Actor) WHERE a.id IN $ids AND ` + relKnown + `
  RETURN a.id AS source, n.id AS target, CASE type(r) WHEN 'PARTY_TO' THEN 'party' ELSE 'mediator' END AS type,
         0 AS count, [] AS places, null AS last, null AS title, null AS total
}
RETURN source, target, type, count, places, last, title, total`

const qAllNodeIDs = `
CALL () {
  MATCH (a:Actor) RETURN a.id AS id, COUNT { (a)-[:ATTENDED]->() } AS weight
  UNION ALL
  MATCH (n:Negotiation) RETURN n.id AS id, 1000000 AS weight
}
RETURN id ORDER BY weight DESC, id LIMIT $limit`

// MaxGraphNodes caps any subgraph the store returns.
const MaxGraphNodes = 5000

// Subgraph returns what the explorer draws: with an actor, the actor and
// everything within Depth (1 or 2) steps; without, the busiest part of the
// whole graph. At most Limit nodes, strongest ties first; Truncated says
// the cap left some out. q.ActorID is an id, or a name or alias as
// FindActor resolves it (tried only once the id found nothing). It returns
// graph.ErrNotFound for an unknown actor.
func (s *Store) Subgraph(ctx context.Context, q graph.GraphQuery) (graph.Subgraph, error) {
	limit := min(max(q.Limit, 1), MaxGraphNodes)
	if q.ActorID == "" {
		return s.wholeGraph(ctx, limit, q)
	}
	g, err := s.neighbourhood(ctx, q, limit)
	if !errors.Is(err, graph.ErrNotFound) {
		return g, err
	}
	// Not an id: a name or an alias, resolved as everywhere else.
	a, ferr := s.FindActor(ctx, q.ActorID)
	if ferr != nil || a.ID == q.ActorID {
		return graph.Subgraph{}, cmp.Or(ferr, err)
	}
	q.ActorID = a.ID
	return s.neighbourhood(ctx, q, limit)
}

// neighbourhood is Subgraph around the actor whose id is q.ActorID; it
// returns graph.ErrNotFound when no actor has that id, which it learns
// from the nodes query rather than from a lookup of its own.
func (s *Store) neighbourhood(ctx context.Context, q graph.GraphQuery, limit int) (graph.Subgraph, error) {
	actorID, depth := q.ActorID, q.Depth
	ids := []string{actorID}
	frontier := []string{actorID}
	truncated := false
	for d := 0; d < depth && len(frontier) > 0 && !truncated; d++ {
		res, err := s.read(ctx, neighboursQuery(q), map[string]any{"ids": frontier, "limit": limit + 1, "asOf": q.AsOf,
			"from": q.From, "to": q.To, "place": q.PlaceID})
		if err != nil {
			return graph.Subgraph{}, fmt.Errorf("neighbours of %s: %w", actorID, err)
		}
		var next []string
		for _, rec := range res.Records {
			id, err := str(rec, "nid")
			if err != nil {
				return graph.Subgraph{}, err
			}
			if slices.Contains(ids, id) {
				continue
			}
			if len(ids) == limit {
				truncated = true
				break
			}
			ids = append(ids, id)
			if !strings.HasPrefix(id, "negotiation:") {
				next = append(next, id)
			}
		}
		frontier = next
	}
	g, err := s.fetch(ctx, ids, q)
	if err == nil && !slices.ContainsFunc(g.Nodes, func(n graph.Node) bool { return n.ID == actorID && n.Type == "actor" }) {
		return graph.Subgraph{}, fmt.Errorf("actor %q: %w", actorID, graph.ErrNotFound)
	}
	g.NodesTruncated = truncated
	g.Truncated = truncated || g.EdgesTruncated
	return g, err
}

// wholeGraph returns the graph of actors and negotiations, the busiest
// first, at most limit nodes.
func (s *Store) wholeGraph(ctx context.Context, limit int, q graph.GraphQuery) (graph.Subgraph, error) {
	res, err := s.read(ctx, qAllNodeIDs, map[string]any{"limit": limit + 1})
	if err != nil {
		return graph.Subgraph{}, fmt.Errorf("listing nodes: %w", err)
	}
	var ids []string
	for _, rec := range res.Records {
		id, err := str(rec, "id")
		if err != nil {
			return graph.Subgraph{}, err
		}
		ids = append(ids, id)
	}
	truncated := len(ids) > limit
	if truncated {
		ids = ids[:limit]
	}
	g, err := s.fetch(ctx, ids, q)
	g.NodesTruncated = truncated
	g.Truncated = truncated || g.EdgesTruncated
	return g, err
}

// fetch returns the nodes with the given ids and the edges among them, met
// edges counting the meetings q's filters keep.
func (s *Store) fetch(ctx context.Context, ids []string, q graph.GraphQuery) (graph.Subgraph, error) {
	g := graph.Subgraph{Nodes: []graph.Node{}, Edges: []graph.Edge{}}
	if len(ids) == 0 {
		return g, nil
	}
	res, err := s.read(ctx, qNodes, map[string]any{"ids": ids})
	if err != nil {
		return g, fmt.Errorf("subgraph nodes: %w", err)
	}
	for _, rec := range res.Records {
		var n graph.Node
		var err error
		if n.ID, err = str(rec, "id"); err != nil {
			return g, err
		}
		if n.Label, err = str(rec, "label"); err != nil {
			return g, err
		}
		if n.Type, err = str(rec, "type"); err != nil {
			return g, err
		}
		kind, err := str(rec, "kind")
		if err != nil {
			return g, err
		}
		n.Kind = graph.Kind(kind)
		n.Mediator, _ = rec.AsMap()["mediator"].(bool)
		n.Party, _ = rec.AsMap()["party"].(bool)
		meetings, err := integer(rec, "meetings")
		if err != nil {
			return g, err
		}
		n.Meetings = int(meetings)
		g.Nodes = append(g.Nodes, n)
	}
	order := make(map[string]int, len(ids))
	for i, id := range ids {
		order[id] = i
	}
	slices.SortFunc(g.Nodes, func(a, b graph.Node) int { return cmp.Compare(order[a.ID], order[b.ID]) })
	if res, err = s.read(ctx, edgesQuery(q), s.edgeParams(ids, q)); err != nil {
		return g, fmt.Errorf("subgraph edges: %w", err)
	}
	met := 0
	for _, rec := range res.Records {
		var e graph.Edge
		var err error
		if v, _ := rec.Get("total"); v != nil {
			total, ok := v.(int64)
			if !ok {
				return g, fmt.Errorf("subgraph edges: total is %T", v)
			}
			g.MetEdges = int(total)
			met++
		}
		if e.Source, err = str(rec, "source"); err != nil {
			return g, err
		}
		if e.Target, err = str(rec, "target"); err != nil {
			return g, err
		}
		if e.Type, err = str(rec, "type"); err != nil {
			return g, err
		}
		if e.Last, err = str(rec, "last"); err != nil {
			return g, err
		}
		if e.Title, err = str(rec, "title"); err != nil {
			return g, err
		}
		if e.Places, err = strs(rec, "places"); err != nil {
			return g, err
		}
		n, err := integer(rec, "count")
		if err != nil {
			return g, err
		}
		e.Count = int(n)
		e.ID = e.Type + ":" + e.Source + "->" + e.Target
		g.Edges = append(g.Edges, e)
	}
	g.EdgesTruncated = met < g.MetEdges
	slices.SortFunc(g.Edges, func(a, b graph.Edge) int { return cmp.Compare(a.ID, b.ID) })
	return g, nil
}

// edgeParams are the parameters of qEdges and qEdgesPairs.
func (s *Store) edgeParams(ids []string, q graph.GraphQuery) map[string]any {
	walk := len(ids)
	if s.walkPairs != 0 { // -1: every pair looked up by key
		walk = s.walkPairs
	}
	return map[string]any{"ids": ids, "asOf": q.AsOf, "from": q.From, "to": q.To, "place": q.PlaceID, "expand": walk,
		"edgeLimit": edgeLimit(q)}
}

// edgeLimit is the cap on met edges q asks for: graph.DefaultEdges of its
// node cap when it names none, no cap when it is negative.
func edgeLimit(q graph.GraphQuery) int {
	switch {
	case q.EdgeLimit < 0:
		return math.MaxInt32
	case q.EdgeLimit == 0:
		return graph.DefaultEdges(min(max(q.Limit, 1), MaxGraphNodes))
	}
	return q.EdgeLimit
}

// unfiltered says the query keeps every meeting, so the MET_WITH
// aggregates answer it.
func unfiltered(q graph.GraphQuery) bool {
	return q.AsOf == "" && q.From == "" && q.To == "" && q.PlaceID == ""
}

func neighboursQuery(q graph.GraphQuery) string {
	if unfiltered(q) {
		return qNeighboursPairs
	}
	return qNeighbours
}

func edgesQuery(q graph.GraphQuery) string {
	if unfiltered(q) {
		return qEdgesPairs
	}
	return qEdges
}
