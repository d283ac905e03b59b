package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// CypherUnchecked runs a console query without its lexical check, to test
// the layers behind it.
func (s *Store) CypherUnchecked(ctx context.Context, query string) (graph.CypherResult, error) {
	return s.cypher(ctx, query, nil, graph.ConsoleLimits{})
}

// ConsoleHasOwnUser reports whether the console connects as a user of
// its own (Config.ReaderUser).
func (s *Store) ConsoleHasOwnUser() bool { return s.console != s.reader }

// ExplainOperators EXPLAINs a query in a read transaction and returns
// the operators of its plan, as the console's plan check reads them.
func (s *Store) ExplainOperators(ctx context.Context, query string) ([]string, error) {
	sess := s.reader.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	return neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]string, error) {
		res, err := tx.Run(ctx, "EXPLAIN "+query, nil)
		if err != nil {
			return nil, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return nil, err
		}
		return planTree(sum.Plan()).operators(), nil
	})
}

// WriteUnchecked runs a query in a write transaction with no check at
// all, as a client other than the console could: to show what the
// database itself refuses.
func (s *Store) WriteUnchecked(ctx context.Context, query string) error {
	_, err := neo4j.ExecuteQuery(ctx, s.driver, query, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithWritersRouting())
	return err
}
