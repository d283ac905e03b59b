package store_test

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
)

// TestSubgraphNodesAndTies draws the graph around every actor of the
// fixture (depth 1 and 2, 200 and 5 nodes, 1 and 3 met edges, with an
// as-of date after every report) and the whole graph, with the kept list
// of strongest pairs and without it, and requires the same graphs both
// ways, the met edges of those counted from the meetings, and each node,
// and the posts, affiliations, parties and mediators among the nodes, to
// be what plain Cypher finds for the same ids.
func TestSubgraphNodesAndTies(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	for _, r := range graphtest.Fixture() {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	// A list of two pairs: the graphs of a few dozen actors use it.
	const scan = 2
	st.SetScanPairs(scan)
	if err := st.KeepStrongest(ctx, scan); err != nil {
		t.Fatal(err)
	}
	const later = "2099-12-31" // after every report: counted from the meetings
	rows, err := st.ReadRows(ctx, `MATCH (a:Actor) RETURN a.id ORDER BY a.id`, nil)
	if err != nil {
		t.Fatal(err)
	}
	queries := []graph.GraphQuery{{Limit: 200}, {Limit: 5}}
	for _, r := range rows {
		id := r[0].(string)
		queries = append(queries, graph.GraphQuery{ActorID: id, Depth: 1, Limit: 200}, graph.GraphQuery{ActorID: id, Depth: 2, Limit: 200},
			graph.GraphQuery{ActorID: id, Depth: 1, Limit: 5}, graph.GraphQuery{ActorID: id, Depth: 1, Limit: 200, EdgeLimit: 1},
			graph.GraphQuery{ActorID: id, Depth: 1, Limit: 200, EdgeLimit: 3}, graph.GraphQuery{ActorID: id, Depth: 1, Limit: 200, AsOf: later})
	}
	used := st.StrongestUsed()
	ties, negotiations := 0, 0
	// Nodes of up to walk pairs have them walked, the others' taken from
	// the list or looked up (0: up to the number of nodes): the list's
	// pairs and the walked ones overlap.
	for _, walk := range []int{0, 2, 5} {
		st.SetWalkPairs(walk)
		for _, q := range queries {
			what := fmt.Sprintf("graph %+v, walked up to %d pairs", q, walk)
			kept, err := st.Subgraph(ctx, q)
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			st.SetNoStrongest(true)
			read, err := st.Subgraph(ctx, q)
			st.SetNoStrongest(false)
			if err != nil {
				t.Fatalf("%s, without the list: %v", what, err)
			}
			if !reflect.DeepEqual(kept, read) {
				t.Fatalf("%s: with the list\n%+v\nwithout\n%+v", what, kept, read)
			}
			if q.ActorID != "" && q.AsOf == "" && q.EdgeLimit == 0 && q.Depth == 1 && q.Limit == 200 {
				// The met edges counted from the meetings: the same.
				late := q
				late.AsOf = later
				counted, err := st.Subgraph(ctx, late)
				if err != nil {
					t.Fatal(err)
				}
				if metEdges(kept) != metEdges(counted) {
					t.Fatalf("%s: met edges\n%s\ncounted from the meetings\n%s", what, metEdges(kept), metEdges(counted))
				}
			}
			n, k := checkNodesAndTies(t, ctx, st, what, kept, q.AsOf)
			ties += n
			negotiations += k
		}
	}
	st.SetWalkPairs(0)
	if st.StrongestUsed() == used {
		t.Fatal("no graph was answered from the kept list")
	}
	if ties == 0 || negotiations == 0 {
		t.Fatalf("%d ties, %d negotiations drawn: the fixture exercised nothing", ties, negotiations)
	}
}

// checkNodesAndTies requires g's nodes and its edges other than met ones
// to be those plain Cypher finds for g's node ids (known as of asOf, when
// set); it returns how many such edges and negotiations g holds.
func checkNodesAndTies(t *testing.T, ctx context.Context, st *store.Store, what string, g graph.Subgraph, asOf string) (int, int) {
	t.Helper()
	var ids []string
	for _, n := range g.Nodes {
		ids = append(ids, n.ID)
	}
	rows, err := st.ReadRows(ctx, `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id, a.name, a.kind, size([(a)-[:MEDIATES]->(x) | x]) > 0, size([(a)-[:PARTY_TO]->(x) | x]) > 0,
  size([(a)-[:ATTENDED]->(m) | m])`, map[string]any{"ids": ids})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]graph.Node{}
	for _, r := range rows {
		kind, _ := r[2].(string)
		want[r[0].(string)] = graph.Node{ID: r[0].(string), Label: r[1].(string), Type: "actor", Kind: graph.Kind(kind),
			Mediator: r[3].(bool), Party: r[4].(bool), Meetings: int(r[5].(int64))}
	}
	rows, err = st.ReadRows(ctx, `
UNWIND $ids AS id
MATCH (n:Negotiation {id: id})
RETURN n.id, n.topic, [(p:Actor)-[:PARTY_TO]->(n) | p.name], size([(m)-[:PART_OF]->(n) | m])`, map[string]any{"ids": ids})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		var parties []string
		for _, p := range r[2].([]any) {
			parties = append(parties, p.(string))
		}
		slices.Sort(parties)
		label := r[1].(string)
		if len(parties) > 0 {
			label += " (" + strings.Join(parties[:min(3, len(parties))], " – ")
			if len(parties) > 3 {
				label += " …"
			}
			label += ")"
		}
		want[r[0].(string)] = graph.Node{ID: r[0].(string), Label: label, Type: "negotiation", Meetings: int(r[3].(int64))}
	}
	negotiations := 0
	for _, n := range g.Nodes {
		if n != want[n.ID] {
			t.Fatalf("%s: node %+v, want %+v", what, n, want[n.ID])
		}
		if n.Type == "negotiation" {
			negotiations++
		}
	}
	rows, err = st.ReadRows(ctx, `
MATCH (a:Actor)-[r:HOLDS_POSITION|AFFILIATED_WITH|PARTY_TO|MEDIATES]->(b)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($asOf = '' OR EXISTS { MATCH (s:Source) WHERE s.id IN coalesce(r.sources, []) AND s.published <> '' AND s.published <= $asOf })
RETURN type(r), a.id, b.id, coalesce(r.title, '')`, map[string]any{"ids": ids, "asOf": asOf})
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]string{"HOLDS_POSITION": graph.EdgePosition, "AFFILIATED_WITH": graph.EdgeAffiliation,
		"PARTY_TO": graph.EdgeParty, "MEDIATES": graph.EdgeMediator}
	var wantTies, gotTies []string
	for _, r := range rows {
		title := r[3].(string)
		if r[0] != "HOLDS_POSITION" {
			title = ""
		}
		wantTies = append(wantTies, fmt.Sprintf("%s %s %s %q", types[r[0].(string)], r[1], r[2], title))
	}
	for _, e := range g.Edges {
		if e.Type != graph.EdgeMet {
			gotTies = append(gotTies, fmt.Sprintf("%s %s %s %q", e.Type, e.Source, e.Target, e.Title))
		}
	}
	slices.Sort(wantTies)
	slices.Sort(gotTies)
	if !slices.Equal(gotTies, wantTies) {
		t.Fatalf("%s: ties\n%v\nwant\n%v", what, gotTies, wantTies)
	}
	return len(gotTies), negotiations
}

// metEdges lists g's met edges, one a line: id, count, last date, places
// (sorted).
func metEdges(g graph.Subgraph) string {
	var b strings.Builder
	for _, e := range g.Edges {
		if e.Type == graph.EdgeMet {
			places := slices.Clone(e.Places)
			slices.Sort(places)
			fmt.Fprintf(&b, "%s %d %s %v\n", e.ID, e.Count, e.Last, places)
		}
	}
	return b.String()
}
