package store

import (
	"context"
	"fmt"

	"github.com/parley-dev/parley/graph"
	"slices"
)

// Dump lists every node (labels, properties) and relationship (type, ends,
// properties) but the :Merge audit trail, sorted, so tests can compare two
// states of the graph exactly.
func (s *Store) Dump(ctx context.Context) ([]string, error) {
	var out []string
	res, err := s.read(ctx, `MATCH (n) WHERE NOT n:Merge RETURN labels(n) AS l, properties(n) AS p`, nil)
	if err != nil {
		return nil, err
	}
	for _, r := range res.Records {
		l, _ := r.Get("l")
		p, _ := r.Get("p")
		ls, _ := l.([]any)
		slices.SortFunc(ls, func(a, b any) int { return compareStr(fmt.Sprint(a), fmt.Sprint(b)) })
		out = append(out, fmt.Sprintf("node %v %v", ls, p))
	}
	res, err = s.read(ctx, `MATCH (a)-[r]->(b) RETURN type(r) AS t, coalesce(a.id, a.key) AS a, coalesce(b.id, b.key) AS b, properties(r) AS p`, nil)
	if err != nil {
		return nil, err
	}
	for _, r := range res.Records {
		m := r.AsMap()
		out = append(out, fmt.Sprintf("rel %v %v->%v %v", m["t"], m["a"], m["b"], m["p"]))
	}
	slices.Sort(out)
	return out, nil
}

func compareStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// CypherUnchecked runs a console query without its lexical check, to test
// the layers behind it.
func (s *Store) CypherUnchecked(ctx context.Context, query string) (graph.CypherResult, error) {
	return s.cypher(ctx, query, nil, graph.ConsoleLimits{})
}
