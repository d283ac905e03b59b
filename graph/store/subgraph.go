package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

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

// qNeighboursPair is qNeighboursPairs for one actor ($ids holds one id),
// read a page at a time from the met_with_lo_key and met_with_hi_key
// indexes (metKeys; see qMetPairs) rather than from all its pairs. The
// actors and negotiations it is tied to otherwise (tied) weigh one each,
// added to their pair's count (looked up by key), the rows deduplicated as
// qNeighboursPairs's UNION does; an actor only met weighs its count, in
// the indexes' order, so of those only the first $limit can be among the
// $limit heaviest. Only the actors tied otherwise (peers) are left out of
// the indexes' pages: a negotiation is never a pair's counterpart. The
// counterpart's id is read from the key itself (after the actor's id and
// the count, each followed by a space).
const qNeighboursPair = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH a, [(a)-[:HOLDS_POSITION|AFFILIATED_WITH]-(b:Actor) | b.id] AS peers
WITH a, peers, peers + [(a)-[:PARTY_TO|MEDIATES]->(n:Negotiation) | n.id] AS tied
CALL (a, peers, tied) {
  CALL (a, peers) {
    MATCH ()-[r:MET_WITH]->() USING INDEX r:MET_WITH(loKey)
    WHERE r.loKey STARTS WITH a.id + ' ' AND NOT substring(r.loKey, ` + metKeyOther + `) IN peers
    RETURN r.loKey AS k, r ORDER BY r.loKey LIMIT $limit
    UNION ALL
    MATCH ()-[r:MET_WITH]->() USING INDEX r:MET_WITH(hiKey)
    WHERE r.hiKey STARTS WITH a.id + ' ' AND NOT substring(r.hiKey, ` + metKeyOther + `) IN peers
    RETURN r.hiKey AS k, r ORDER BY r.hiKey LIMIT $limit
  }
  WITH a, k, r ORDER BY k LIMIT $limit
  RETURN substring(k, ` + metKeyOther + `) AS nid, r.count AS weight
  UNION
  // Only actors have pairs: a negotiation is never looked up as one.
  UNWIND peers AS x
  MATCH ()-[r:MET_WITH {pair: CASE WHEN a.id < x THEN a.id + ' ' + x ELSE x + ' ' + a.id END}]->()
  RETURN x AS nid, r.count AS weight
  UNION
  UNWIND tied AS x
  RETURN x AS nid, 1 AS weight
}
WITH nid, sum(weight) AS weight
WITH nid ORDER BY weight DESC, nid
LIMIT $limit
RETURN collect(nid) AS nids`

// metKeyOther is where the counterpart's id starts in actor a's side of a
// pair's ordering key: after a's id, a space, metCountKey's 10 digits and
// a space.
const metKeyOther = `size(a.id) + 12`

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
WITH nid ORDER BY weight DESC, nid
LIMIT $limit
RETURN collect(nid) AS nids`

// qNodes returns the drawable nodes among ids: $actors holds the
// actors' ids, $negs the negotiations' (splitIDs), each sought in its own
// index only.
const qNodes = `
CALL () {
  UNWIND $actors AS id
  MATCH (a:Actor {id: id})
  RETURN a.id AS nid, a.name AS label, 'actor' AS type, a.kind AS kind,
    EXISTS { (a)-[:MEDIATES]->() } AS mediator, EXISTS { (a)-[:PARTY_TO]->() } AS party,
    COUNT { (a)-[:ATTENDED]->() } AS meetings
  UNION ALL
  UNWIND $negs AS id
  MATCH (n:Negotiation {id: id})
  // The parties name it apart from others on a like topic ("talks").
  WITH n, COLLECT { MATCH (p:Actor)-[:PARTY_TO]->(n) RETURN p.name ORDER BY p.name } AS parties
  RETURN n.id AS nid, ` + negotiationLabel + ` AS label,
    'negotiation' AS type, null AS kind,
    false AS mediator, false AS party, COUNT { (n)<-[:PART_OF]-() } AS meetings
}
RETURN collect([nid, label, type, kind, mediator, party, meetings]) AS nodes`

// negotiationLabel is the label of negotiation n with its parties' names
// (sorted).
const negotiationLabel = `CASE WHEN size(parties) = 0 THEN n.topic
      ELSE n.topic + ' (' + reduce(s = parties[0], p IN parties[1..3] | s + ' – ' + p) + CASE WHEN size(parties) > 3 THEN ' …)' ELSE ')' END END`

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
    null AS title, size(es) > $edgeLimit AS truncated` + edgesTail

// qEdgesPairs is qEdges with no filter on meetings: the strongest
// $edgeLimit met edges among ids, from the MET_WITH aggregates (stored
// from the smaller id, as qEdges orders a pair), their places the most
// recent ones. The nodes of a neighbourhood are often hubs with thousands
// of pairs each, nearly a clique (the 200 around the busiest hub of the
// 1M benchmark set: 19,164 pairs met of 19,900), so neither walking every
// node's pairs (the sum of their degrees) nor looking every pair up by key
// (19,900 index seeks) is cheap. So:
//   - a node with at most $expand pairs (by default as many as there are
//     nodes) has its pairs walked (walked);
//   - among the busier nodes ("many"), the strongest pairs of the whole
//     graph are read first, from the top of the met_with_count index, at
//     most $scan of them (strong): every pair stronger than the last one
//     read (floor) has been seen. If the ($edgeLimit+1)-th strongest of
//     walked and those is stronger than floor, no pair left unseen can be
//     among the strongest $edgeLimit, and nothing else is read (exact);
//   - otherwise (a neighbourhood of weaker ties), every pair of busier
//     nodes is looked up by its key in the met_with_pair constraint's
//     index, as before.
//
// truncated says there were more than $edgeLimit.
const qEdgesPairs = `
CALL () {
  MATCH (n:Actor) WHERE n.id IN $actors
  WITH collect(n) AS ns
  // No list is searched per node or per pair (qEdgesPairsCached).
  WITH [n IN ns WHERE COUNT { (n)-[:MET_WITH]-() } <= $expand] AS few,
    [n IN ns WHERE COUNT { (n)-[:MET_WITH]-() } > $expand] AS many
  WITH few, many, $scan > 0 AND size(many) * (size(many) - 1) / 2 > $scan AS tried
  CALL (few) {
    UNWIND few AS a
    MATCH (a)-[r:MET_WITH]-(b) WHERE b.id IN $ids
    WITH DISTINCT r
    RETURN collect([startNode(r).id, endNode(r).id, r]) AS walked
  }
  CALL () {
    MATCH ()-[r:MET_WITH]->() WHERE r.count > 0
    WITH r ORDER BY r.count DESC LIMIT $scan
    RETURN collect(r) AS scanned
  }
  WITH few, many, tried, walked,
    CASE WHEN size(scanned) < $scan THEN 0 ELSE scanned[-1].count END AS floor,
    [r IN scanned WHERE tried AND startNode(r) IN many AND endNode(r) IN many] AS strong
  CALL (walked, strong, floor) {
    UNWIND walked + [r IN strong WHERE r.count > floor | [startNode(r).id, endNode(r).id, r]] AS e
    WITH e ORDER BY e[2].count DESC, e[0], e[1]
    RETURN collect(e) AS ranked
  }
  WITH many, walked, ranked,
    tried AND (floor = 0 OR (size(ranked) > $edgeLimit AND ranked[$edgeLimit][2].count > floor)) AS exact
  CALL (many, walked, exact) {
    // The keys of the pairs are built from the ids, each read once, and
    // sought a node's list at a time: one seek per row of (x, y) cost
    // twice the db hits, re-reading x's id for each.
    WITH CASE WHEN exact THEN [] ELSE [n IN many | n.id] END AS xs
    UNWIND [x IN xs | [y IN xs WHERE x < y | x + ' ' + y]] AS keys
    MATCH ()-[r:MET_WITH]->() WHERE r.pair IN keys
    WITH split(r.pair, ' ') AS ends, r
    RETURN collect([ends[0], ends[1], r]) AS looked
  }
  CALL (walked, looked, ranked, exact) {
    UNWIND CASE WHEN exact THEN [] ELSE walked + looked END AS e
    WITH e ORDER BY e[2].count DESC, e[0], e[1]
    RETURN collect(e) AS sorted
  }
  WITH CASE WHEN exact THEN ranked ELSE sorted END AS es
  UNWIND es[..$edgeLimit] AS e
  WITH e[0] AS source, e[1] AS target, e[2] AS r, size(es) > $edgeLimit AS truncated
  RETURN source, target, 'met' AS type, r.count AS count, coalesce(r.placeNames, []) AS places,
    coalesce(r.last, '') AS last, null AS title, truncated` + edgesTail

// qEdgesPairsCached is qEdgesPairs with the graph's strongest pairs
// passed in rather than read (mettop.go): $strong holds those of the list
// read with $token, stronger than its $floor, with both ends among $ids
// (the strongest $edgeLimit+1 of them and their ties: strongFor), as
// [lower id, higher id, count]. It answers only if the graph's MET_WITH
// token is still $token (fresh); else it reads nothing more and returns
// one row, fresh false. A pair taken from the list has no relationship
// here (r null): its places and last date come from the list too. The
// actors are sought once, for the met edges and the posts and
// affiliations alike.
const qEdgesPairsCached = cachedHead + `
  WITH ns, fresh WHERE fresh
  // No list is searched per node or per pair: a node's side is told by
  // its degree, read again rather than looked for in the other list. With
  // no node walked ($expand -1: the list decides) no degree is read.
  WITH CASE WHEN $expand < 0 THEN [] ELSE [n IN ns WHERE COUNT { (n)-[:MET_WITH]-() } <= $expand] END AS few,
    CASE WHEN $expand < 0 THEN ns ELSE [n IN ns WHERE COUNT { (n)-[:MET_WITH]-() } > $expand] END AS many
  // The list is tried whenever this query runs (edges): with a scan, or
  // for a neighbourhood of few pairs that the list decides.
  WITH few, many, size(many) > 1 AS tried
  CALL (few) {
    // A pair of two such nodes is found from both: DISTINCT keeps it
    // once. b.id IN $ids tests a parameter; b IN ns (or NOT b IN few)
    // compared b with each node of a list in turn.
    UNWIND few AS a
    MATCH (a)-[r:MET_WITH]-(b) WHERE b.id IN $ids
    WITH DISTINCT r
    RETURN collect([startNode(r).id, endNode(r).id, r.count, r]) AS walked
  }
  // The pairs of the list may hold some walked as well: each pair is kept
  // once, walked if it was (its relationship read).
  CALL (walked, tried) {
    UNWIND walked + CASE WHEN tried THEN [p IN $strong | [p[0], p[1], p[2], null]] ELSE [] END AS e
    WITH e[0] AS lo, e[1] AS hi, collect(e) AS es
    WITH coalesce(head([x IN es WHERE x[3] IS NOT NULL]), es[0]) AS e
    ORDER BY e[2] DESC, e[0], e[1]
    RETURN collect(e) AS ranked
  }
  WITH many, walked, ranked,
    tried AND ($floor = 0 OR (size(ranked) > $edgeLimit AND ranked[$edgeLimit][2] > $floor)) AS exact
  CALL (many, walked, exact) {
    WITH CASE WHEN exact THEN [] ELSE [n IN many | n.id] END AS xs
    UNWIND [x IN xs | [y IN xs WHERE x < y | x + ' ' + y]] AS keys
    MATCH ()-[r:MET_WITH]->() WHERE r.pair IN keys
    WITH split(r.pair, ' ') AS ends, r
    RETURN collect([ends[0], ends[1], r.count, r]) AS looked
  }
  CALL (walked, looked, ranked, exact) {
    UNWIND CASE WHEN exact THEN [] ELSE walked + looked END AS e
    WITH e ORDER BY e[2] DESC, e[0], e[1]
    RETURN collect(e) AS sorted
  }
  WITH CASE WHEN exact THEN ranked ELSE sorted END AS es
  UNWIND es[..$edgeLimit] AS e
  WITH e[0] AS source, e[1] AS target, e[2] AS count, e[3] AS r, size(es) > $edgeLimit AS truncated
  RETURN source, target, 'met' AS type, count,
    CASE WHEN r IS NOT NULL THEN coalesce(r.placeNames, []) END AS places,
    CASE WHEN r IS NOT NULL THEN coalesce(r.last, '') END AS last, null AS title, truncated` + cachedTail

// qEdgesPairsFilled is qEdgesPairsCached for a list that holds every
// pair of more than one meeting ($floor 1) yet too few among the nodes to
// fill the cap ($strong holds them all, as [lower id, higher id, count]).
// Every other pair among them met once, so those of the answer are the
// first $fill - 1 in the order of their ends' ids: the pairs' keys are
// tried in that order, each only for the pair's existence, and the trying
// stops at the $fill-th found (which says there are more than the cap). A
// neighbourhood of weak ties had every pair among its busy nodes looked up
// and every pair of the others walked, each read for its count.
const qEdgesPairsFilled = cachedHead + `
  WITH fresh WHERE fresh
  UNWIND $strong AS p
  RETURN p[0] AS source, p[1] AS target, 'met' AS type, p[2] AS count, null AS places, null AS last,
    null AS title, null AS truncated
  UNION ALL
  WITH fresh WHERE fresh
  CALL () {
    UNWIND $actors AS x
    WITH x ORDER BY x
    WITH collect(x) AS xs
    UNWIND range(0, size(xs) - 2) AS i
    UNWIND xs[i + 1..] AS y
    WITH xs[i] + ' ' + y AS k, xs[i] AS lo, y AS hi WHERE $listed[k] IS NULL
    MATCH ()-[r:MET_WITH {pair: k}]->()
    WITH lo, hi, r LIMIT $fill
    RETURN collect([lo, hi, r]) AS filled
  }
  // A row with no pair carries truncated when no pair of one meeting is
  // kept ($fill 1).
  UNWIND filled[..$fill - 1] + CASE WHEN size(filled) = $fill THEN [[null, null, null]] ELSE [] END AS e
  WITH e[0] AS source, e[1] AS target, e[2] AS r, size(filled) = $fill AS truncated
  RETURN source, target, 'met' AS type, r.count AS count, coalesce(r.placeNames, []) AS places,
    coalesce(r.last, '') AS last, null AS title, truncated` + cachedTail

// cachedHead starts the edges queries of a list of the strongest pairs:
// whether it is current (fresh), and the actors among the nodes (ns).
const cachedHead = `
OPTIONAL MATCH (v:MetVersion {id: 'met'})
WITH coalesce(v.token, '') = $token AS fresh
CALL () {
  UNWIND $actors AS id
  MATCH (n:Actor {id: id})
  RETURN collect(n) AS ns
}
OPTIONAL CALL (fresh, ns) {`

// cachedTail ends them: the posts, affiliations and negotiations among
// the nodes, as edgesTail, the actors sought once.
const cachedTail = `
  UNION ALL
  WITH ns, fresh WHERE fresh
  UNWIND ns AS a
  MATCH (a)-[r:HOLDS_POSITION|AFFILIATED_WITH]->(b:Actor) WHERE b.id IN $ids AND ` + relKnown + `
  WITH a, b, r, type(r) = 'HOLDS_POSITION' AS post
  RETURN a.id AS source, b.id AS target, CASE WHEN post THEN 'position' ELSE 'affiliation' END AS type, 0 AS count,
    [] AS places, null AS last, CASE WHEN post THEN r.title END AS title, null AS truncated
  UNION ALL
  WITH fresh WHERE fresh
  UNWIND $negs AS id
  MATCH (n:Negotiation {id: id})<-[r:PARTY_TO|MEDIATES]-(a:Actor) WHERE a.id IN $ids AND ` + relKnown + `
  RETURN a.id AS source, n.id AS target, CASE type(r) WHEN 'PARTY_TO' THEN 'party' ELSE 'mediator' END AS type,
    0 AS count, [] AS places, null AS last, null AS title, null AS truncated
}
RETURN fresh, collect([source, target, type, count, places, last, title, truncated]) AS edges`

// edgesTail adds the posts, affiliations and negotiations among the
// nodes: each actor sought once for its posts and affiliations, and only
// the negotiations ($negs) for their parties and mediators (an actor can be
// party to hundreds), instead of every id sought in each of three indexes.
const edgesTail = `
  UNION ALL
  UNWIND $actors AS id
  MATCH (a:Actor {id: id})-[r:HOLDS_POSITION|AFFILIATED_WITH]->(b:Actor) WHERE b.id IN $ids AND ` + relKnown + `
  WITH a, b, r, type(r) = 'HOLDS_POSITION' AS post
  RETURN a.id AS source, b.id AS target, CASE WHEN post THEN 'position' ELSE 'affiliation' END AS type, 0 AS count,
    [] AS places, null AS last, CASE WHEN post THEN r.title END AS title, null AS truncated
  UNION ALL
  UNWIND $negs AS id
  MATCH (n:Negotiation {id: id})<-[r:PARTY_TO|MEDIATES]-(a:Actor) WHERE a.id IN $ids AND ` + relKnown + `
  RETURN a.id AS source, n.id AS target, CASE type(r) WHEN 'PARTY_TO' THEN 'party' ELSE 'mediator' END AS type,
         0 AS count, [] AS places, null AS last, null AS title, null AS truncated
}
RETURN collect([source, target, type, count, places, last, title, truncated]) AS edges`

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
		res, err := s.read(ctx, neighboursQuery(q, len(frontier)), map[string]any{"ids": frontier, "limit": limit + 1, "asOf": q.AsOf,
			"from": q.From, "to": q.To, "place": q.PlaceID})
		if err != nil {
			return graph.Subgraph{}, fmt.Errorf("neighbours of %s: %w", actorID, err)
		}
		nids, err := column(res, "nids")
		if err != nil {
			return graph.Subgraph{}, fmt.Errorf("neighbours of %s: %w", actorID, err)
		}
		var next []string
		for _, v := range nids {
			id, ok := v.(string)
			if !ok {
				return graph.Subgraph{}, fmt.Errorf("neighbours of %s: id %v", actorID, v)
			}
			if slices.Contains(ids, id) {
				continue
			}
			if len(ids) == limit {
				truncated = true
				break
			}
			ids = append(ids, id)
			if !strings.HasPrefix(id, negotiationPrefix) {
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
// edges counting the meetings q's filters keep. The nodes and the edges
// are read at once, the one query waiting on no answer of the other.
func (s *Store) fetch(ctx context.Context, ids []string, q graph.GraphQuery) (graph.Subgraph, error) {
	g := graph.Subgraph{Nodes: []graph.Node{}, Edges: []graph.Edge{}}
	if len(ids) == 0 {
		return g, nil
	}
	params := s.edgeParams(ids, q)
	type answer struct {
		res  *neo4j.EagerResult
		list *strongList
		err  error
	}
	edges := make(chan answer, 1)
	go func() {
		res, list, err := s.edges(ctx, q, params)
		edges <- answer{res, list, err}
	}()
	res, err := s.read(ctx, qNodes, map[string]any{"actors": params["actors"], "negs": params["negs"]})
	if err != nil {
		<-edges
		return g, fmt.Errorf("subgraph nodes: %w", err)
	}
	nodes, err := column(res, "nodes")
	if err != nil {
		<-edges
		return g, fmt.Errorf("subgraph nodes: %w", err)
	}
	for _, v := range nodes {
		n, err := nodeRow(v)
		if err != nil {
			<-edges
			return g, fmt.Errorf("subgraph nodes: %w", err)
		}
		g.Nodes = append(g.Nodes, n)
	}
	ans := <-edges
	if ans.err != nil {
		return g, fmt.Errorf("subgraph edges: %w", ans.err)
	}
	if err := addEdges(&g, ans.res, ans.list); err != nil {
		return g, fmt.Errorf("subgraph edges: %w", err)
	}
	sortGraph(&g, ids)
	return g, nil
}

// nodeRow decodes one node of qNodes's list: [id, label, type, kind,
// mediator, party, meetings].
func nodeRow(v any) (graph.Node, error) {
	f, ok := v.([]any)
	if !ok || len(f) != 7 {
		return graph.Node{}, fmt.Errorf("node %v", v)
	}
	var n graph.Node
	n.ID, _ = f[0].(string)
	n.Label, _ = f[1].(string)
	n.Type, _ = f[2].(string)
	kind, _ := f[3].(string)
	n.Kind = graph.Kind(kind)
	n.Mediator, _ = f[4].(bool)
	n.Party, _ = f[5].(bool)
	meetings, ok := f[6].(int64)
	if n.ID == "" || !ok {
		return graph.Node{}, fmt.Errorf("node %v", v)
	}
	n.Meetings = int(meetings)
	return n, nil
}

// addEdges adds to g the edges of res's list (its one row's column edges:
// [source, target, type, count, places, last, title, truncated] each; one
// without a source is none). A met edge with null places is a pair of
// list, which holds its places and last date.
func addEdges(g *graph.Subgraph, res *neo4j.EagerResult, list *strongList) error {
	edges, err := column(res, "edges")
	if err != nil {
		return err
	}
	for _, v := range edges {
		f, ok := v.([]any)
		if !ok || len(f) != 8 {
			return fmt.Errorf("edge %v", v)
		}
		if f[7] == true {
			g.EdgesTruncated = true
		}
		if f[0] == nil {
			continue
		}
		var e graph.Edge
		e.Source, _ = f[0].(string)
		e.Target, _ = f[1].(string)
		e.Type, _ = f[2].(string)
		n, _ := f[3].(int64)
		e.Count = int(n)
		e.Last, _ = f[5].(string)
		e.Title, _ = f[6].(string)
		if e.Places, err = toStrings(f[4], "places"); err != nil {
			return err
		}
		if f[4] == nil && e.Type == graph.EdgeMet {
			// A pair of the strongest list: its places and date are there.
			i, ok := -1, false
			if list != nil {
				i, ok = list.byPair[e.Source+" "+e.Target]
			}
			if !ok {
				return fmt.Errorf("pair %s %s not in the strongest pairs", e.Source, e.Target)
			}
			e.Places, e.Last = list.pairs[i].places, list.pairs[i].last
		}
		e.ID = e.Type + ":" + e.Source + "->" + e.Target
		g.Edges = append(g.Edges, e)
	}
	return nil
}

// column returns the list in column key of res's one row: the subgraph's
// queries return their rows as one list, since the driver's cost is per
// record (it reads each with a goroutine and a timer of its own), not per
// byte.
func column(res *neo4j.EagerResult, key string) ([]any, error) {
	if len(res.Records) != 1 {
		return nil, fmt.Errorf("%d rows, not one with the list %s", len(res.Records), key)
	}
	v, ok := res.Records[0].Get(key)
	if !ok {
		return nil, fmt.Errorf("result has no column %q", key)
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("column %q is %T, not a list", key, v)
	}
	return list, nil
}

// sortGraph puts g's nodes in the order of ids and its edges in the order
// of their ids.
func sortGraph(g *graph.Subgraph, ids []string) {
	order := make(map[string]int, len(ids))
	for i, id := range ids {
		order[id] = i
	}
	slices.SortFunc(g.Nodes, func(a, b graph.Node) int { return cmp.Compare(order[a.ID], order[b.ID]) })
	slices.SortFunc(g.Edges, func(a, b graph.Edge) int { return cmp.Compare(a.ID, b.ID) })
}

// edges reads the edges among the nodes of params (edgeParams): with no
// filter, from the MET_WITH aggregates, through the list of the graph's
// strongest pairs when it is current (qEdgesPairsCached, returning the
// list), else reading them (qEdgesPairs) while the list is read again in
// the background; with a filter, from the meetings (qEdges).
func (s *Store) edges(ctx context.Context, q graph.GraphQuery, params map[string]any) (*neo4j.EagerResult, *strongList, error) {
	if !unfiltered(q) {
		res, err := s.read(ctx, qEdges, params)
		return res, nil, err
	}
	scan, _ := params["scan"].(int)
	if s.noTop {
		res, err := s.read(ctx, qEdgesPairs, params)
		return res, nil, err
	}
	list, strong := s.strongFor(params["ids"].([]string), scan, params["edgeLimit"].(int))
	// A neighbourhood of few pairs (scan 0) has them looked up, with the
	// list only where it leaves those of one meeting to look for.
	if list != nil && (scan > 0 || list.floor == 1) {
		cached, how := cachedParams(params, list, strong)
		query := qEdgesPairsCached
		if how == listFilled {
			query = qEdgesPairsFilled
		}
		res, err := s.read(ctx, query, cached)
		if err != nil {
			return nil, nil, err
		}
		if len(res.Records) > 0 {
			if fresh, _ := res.Records[0].Get("fresh"); fresh == true {
				s.strongCount(how)
				return res, list, nil
			}
		}
	}
	if scan > 0 {
		s.strongCount(listUnused)
		s.strongRefresh(s.strongScan(scan))
	}
	res, err := s.read(ctx, qEdgesPairs, params)
	return res, nil, err
}

// cachedParams are qEdgesPairsCached's or qEdgesPairsFilled's
// parameters: params (edgeParams) and the list's pairs among the nodes
// (strongFor's strong); how says which query answers, and how.
func cachedParams(params map[string]any, list *strongList, strong []any) (cached map[string]any, how listUse) {
	cached = make(map[string]any, len(params)+5)
	for k, v := range params {
		cached[k] = v
	}
	cached["token"], cached["strong"], cached["floor"] = list.token, strong, list.floor
	limit := params["edgeLimit"].(int)
	switch {
	case list.decides(strong, limit):
		// No node's pairs need walking: every node is one of the many,
		// and the list alone ranks them (exact in the query).
		cached["expand"] = -1
		return cached, listDecided
	case list.floor == 1:
		// The list's pairs by key, and how many pairs of one meeting to
		// find: one more than the cap leaves room for.
		listed := make(map[string]any, len(strong))
		for _, p := range strong {
			f := p.([]any)
			listed[f[0].(string)+" "+f[1].(string)] = true
		}
		cached["listed"], cached["fill"] = listed, limit-len(strong)+1
		return cached, listFilled
	}
	return cached, listRanked
}

// edgeParams are the parameters of qEdges and qEdgesPairs.
func (s *Store) edgeParams(ids []string, q graph.GraphQuery) map[string]any {
	walk := len(ids)
	if s.walkPairs != 0 { // -1: every pair looked up by key
		walk = s.walkPairs
	}
	// How many of the graph's strongest pairs qEdgesPairs reads before it
	// looks pairs up one by one: a few times the cap (none when uncapped).
	edges, scan := edgeLimit(q), 0
	if edges <= graph.MaxEdges {
		scan = max(4*edges, 2000)
	}
	if len(ids)*(len(ids)-1)/2 <= scan {
		scan = 0 // fewer pairs than that in all: looking them up is cheaper
	}
	if s.scanPairs != 0 {
		scan = max(s.scanPairs, 0)
	}
	actors, negs := splitIDs(ids)
	return map[string]any{"ids": ids, "actors": actors, "negs": negs, "asOf": q.AsOf, "from": q.From, "to": q.To,
		"place": q.PlaceID, "expand": walk, "edgeLimit": edges, "scan": scan}
}

// splitIDs parts node ids into the actors' and the negotiations', so that
// each is sought in its own index only. A negotiation's id, and only
// its, starts with "negotiation:" (graph.NegotiationID; an actor's starts
// with its kind).
func splitIDs(ids []string) (actors, negs []string) {
	actors, negs = []string{}, []string{}
	for _, id := range ids {
		if strings.HasPrefix(id, negotiationPrefix) {
			negs = append(negs, id)
		} else {
			actors = append(actors, id)
		}
	}
	return actors, negs
}

// negotiationPrefix starts every negotiation's id (graph.NegotiationID).
const negotiationPrefix = "negotiation:"

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

// neighboursQuery is the query for the neighbours of a frontier of n
// actors.
func neighboursQuery(q graph.GraphQuery, n int) string {
	if unfiltered(q) && n == 1 {
		return qNeighboursPair
	}
	if unfiltered(q) {
		return qNeighboursPairs
	}
	return qNeighbours
}
