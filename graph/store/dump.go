package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// Dump lists every node (labels, properties) and relationship (type, ends,
// properties) but the :Merge audit trail and the :MetVersion token
// (mettop.go: random, new with each write), sorted, so that two states of the
// graph can be compared exactly. It reads the whole graph: for tests and
// small databases.
func (s *Store) Dump(ctx context.Context) ([]string, error) {
	var out []string
	res, err := s.read(ctx, `MATCH (n) WHERE NOT n:Merge AND NOT n:MetVersion RETURN labels(n) AS l, properties(n) AS p`, nil)
	if err != nil {
		return nil, err
	}
	for _, r := range res.Records {
		l, _ := r.Get("l")
		p, _ := r.Get("p")
		ls, _ := l.([]any)
		slices.SortFunc(ls, func(a, b any) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
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
