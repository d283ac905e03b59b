package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// HotQuery is one of the read queries behind /api/met, /api/graph and
// /api/actors/{id}, with the parameters the API passes for one actor.
type HotQuery struct {
	Name   string // the constant and its file, for reports
	Cypher string
	Params map[string]any
}

// HotQueries returns the hot read queries for actor id as the API runs
// them (the graph's depth 1, up to limit neighbours), so that a benchmark
// can PROFILE exactly the API's Cypher rather than a copy of it.
func (s *Store) HotQueries(ctx context.Context, id string, limit int) ([]HotQuery, error) {
	neighbours := map[string]any{"ids": []string{id}, "limit": limit + 1, "asOf": "", "from": "", "to": "", "place": ""}
	res, err := s.read(ctx, qNeighboursPair, neighbours)
	if err != nil {
		return nil, err
	}
	ids := []string{id}
	nids, err := column(res, "nids")
	if err != nil {
		return nil, err
	}
	for _, v := range nids {
		n, _ := v.(string)
		if n != id && len(ids) < limit {
			ids = append(ids, n)
		}
	}
	met := map[string]any{"id": id, "with": "", "place": "", "from": "", "to": "", "asOf": "", "limit": 200, "offset": 0,
		"climit": DefaultCounterparts, "coffset": 0}
	edges := s.edgeParams(ids, graph.GraphQuery{Limit: limit})
	// The edges as the API reads them while the list of the graph's
	// strongest pairs is current (mettop.go).
	cached := map[string]any{"token": "", "strong": []any{}, "floor": 0}
	for k, v := range edges {
		cached[k] = v
	}
	if scan, _ := edges["scan"].(int); scan > 0 {
		limit := edges["edgeLimit"].(int)
		list, strong := s.strongFor(ids, scan, limit)
		if list == nil {
			if err := s.strongRead(ctx, s.strongScan(scan)); err != nil {
				return nil, err
			}
			list, strong = s.strongFor(ids, scan, limit)
		}
		cached, _ = cachedParams(edges, list, strong)
	}
	return []HotQuery{
		// What the API runs with no filter: the MET_WITH aggregates.
		{"qMetPairs (met.go)", qMetPairs, met},
		{"qMetPage (met.go)", qMetPage, met},
		{"qNeighboursPair (subgraph.go)", qNeighboursPair, neighbours},
		{"qNodes (subgraph.go)", qNodes, map[string]any{"actors": edges["actors"], "negs": edges["negs"]}},
		{"qEdgesPairs (subgraph.go)", qEdgesPairs, edges},
		{"qEdgesPairsCached (subgraph.go, the strongest pairs kept)", qEdgesPairsCached, cached},
		// The same reads from the meetings, as before the aggregates and
		// still with a period, place or as-of filter.
		{"qMetCounts (met.go, from the meetings)", qMetCounts, met},
		{"qMet (met.go, from the meetings)", qMet, met},
		{"qNeighboursPairs (subgraph.go, all the pairs: a frontier of several)", qNeighboursPairs, neighbours},
		{"qNeighbours (subgraph.go, from the meetings)", qNeighbours, neighbours},
		{"qEdges (subgraph.go, from the meetings)", qEdges, edges},
		{"qProfile (profile.go)", qProfile, map[string]any{"id": id, "asOf": ""}},
	}, nil
}

// Driver returns the store's write driver and database name, for the
// tools under graph/ that run Cypher of their own on the same connection
// (graph/storebench).
func (s *Store) Driver() (neo4j.DriverWithContext, string) { return s.driver, s.db }

// PlanHits adds up the db hits of a PROFILE plan.
func PlanHits(p neo4j.ProfiledPlan) int64 {
	if p == nil {
		return 0
	}
	n := p.DbHits()
	for _, c := range p.Children() {
		n += PlanHits(c)
	}
	return n
}

// WritePlan writes a PROFILE plan as an indented tree, one operator a
// line with its rows and db hits.
func WritePlan(b *strings.Builder, p neo4j.ProfiledPlan) { writePlan(b, p, 0) }

func writePlan(b *strings.Builder, p neo4j.ProfiledPlan, depth int) {
	if p == nil {
		return
	}
	details := ""
	if d, ok := p.Arguments()["Details"].(string); ok {
		details = d
		if len(details) > 110 {
			details = details[:110] + "…"
		}
	}
	fmt.Fprintf(b, "%s+%s  rows=%d dbHits=%d  %s\n", strings.Repeat("| ", depth), p.Operator(), p.Records(), p.DbHits(), details)
	for _, c := range p.Children() {
		writePlan(b, c, depth+1)
	}
}
