package store

import (
	"context"

	"github.com/parley-dev/parley/graph"
)

// CypherUnchecked runs a console query without its lexical check, to test
// the layers behind it.
func (s *Store) CypherUnchecked(ctx context.Context, query string) (graph.CypherResult, error) {
	return s.cypher(ctx, query, nil, graph.ConsoleLimits{})
}
