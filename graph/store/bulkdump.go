package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

const (
	qDumpNodes = `
MATCH (n) WHERE NOT n:MetVersion
RETURN labels(n) AS labels, properties(n) AS props`

	qDumpRels = `
MATCH (a)-[r]->(b)
RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to, properties(r) AS props`
)

// BulkDump returns the whole graph as sorted lines of text — every node
// with its labels and properties (but the :MetVersion token, random and
// new with each write: mettop.go), every relationship with its ends and
// properties, lists sorted — so two graphs can be compared for equality
// (tests of the bulk import; small graphs only).
func (s *Store) BulkDump(ctx context.Context) ([]string, error) {
	var out []string
	res, err := s.read(ctx, qDumpNodes, nil)
	if err != nil {
		return nil, err
	}
	for _, rec := range res.Records {
		labels, _ := rec.Get("labels")
		props, _ := rec.Get("props")
		ls, err := toStrings(labels, "labels")
		if err != nil {
			return nil, err
		}
		slices.Sort(ls)
		out = append(out, fmt.Sprintf("node %v %s", ls, canonical(props)))
	}
	res, err = s.read(ctx, qDumpRels, nil)
	if err != nil {
		return nil, err
	}
	for _, rec := range res.Records {
		from, _ := rec.Get("from")
		typ, _ := rec.Get("type")
		to, _ := rec.Get("to")
		props, _ := rec.Get("props")
		out = append(out, fmt.Sprintf("rel %v -[%v]-> %v %s", from, typ, to, canonical(props)))
	}
	slices.Sort(out)
	return out, nil
}

// canonical renders properties with sorted keys and sorted lists (and
// the words of an actor's search text sorted).
func canonical(v any) string {
	if m, ok := v.(map[string]any); ok {
		c := make(map[string]any, len(m))
		for k, x := range m {
			if str, ok := x.(string); ok && k == "search" {
				// the order of NAMED relationships, which Neo4j does not fix
				parts := strings.Split(str, " | ")
				slices.Sort(parts)
				c[k] = strings.Join(parts, " | ")
			} else if l, ok := x.([]any); ok {
				ss := make([]string, len(l))
				for i, e := range l {
					ss[i] = fmt.Sprint(e)
				}
				slices.Sort(ss)
				c[k] = ss
			} else {
				c[k] = x
			}
		}
		v = c
	}
	data, _ := json.Marshal(v) // maps marshal with sorted keys
	return string(data)
}
