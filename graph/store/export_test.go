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

// TimelineByScan computes the timeline from every meeting's own dates and
// filters, without the DateKeys or a start clause: the reference the
// DateKeys' histogram is compared with.
func (s *Store) TimelineByScan(ctx context.Context, q graph.TimelineQuery) (graph.Timeline, error) {
	return s.timeline(ctx, q, qTimelineScan)
}

// DropDateKeys deletes every DateKey and DATED link, as on a database
// written before they existed.
func (s *Store) DropDateKeys(ctx context.Context) error {
	_, err := s.write(ctx, "MATCH (d:DateKey) DETACH DELETE d", nil)
	return err
}

// MeetingCountErrors lists the actors and negotiations whose kept meeting
// count is missing or differs from their relationships.
func (s *Store) MeetingCountErrors(ctx context.Context) ([]string, error) {
	res, err := s.read(ctx, `
MATCH (a:Actor) WITH a, COUNT { (a)-[:ATTENDED]->() } AS n WHERE a.meetings IS NULL OR a.meetings <> n
RETURN a.id + ': kept ' + coalesce(toString(a.meetings), 'none') + ', attended ' + toString(n) AS e
UNION ALL
MATCH (g:Negotiation) WITH g, COUNT { (g)<-[:PART_OF]-() } AS n WHERE g.meetings IS NULL OR g.meetings <> n
RETURN g.id + ': kept ' + coalesce(toString(g.meetings), 'none') + ', meetings ' + toString(n) AS e`, nil)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range res.Records {
		e, _ := r.Get("e")
		out = append(out, e.(string))
	}
	return out, nil
}

// DropMeetingCounts removes every kept meeting count, as on a database
// written before they existed.
func (s *Store) DropMeetingCounts(ctx context.Context) error {
	_, err := s.write(ctx, "MATCH (n) WHERE n:Actor OR n:Negotiation REMOVE n.meetings", nil)
	return err
}

// TimelineQueries is the Cypher of each kind of timeline, for profiling.
func TimelineQueries() map[string]string {
	return map[string]string{"keys": qTimelineKeys, "actor": qTimelineActor, "negotiation": qTimelineNegotiation,
		"place": qTimelinePlace, "period": qTimelinePeriod, "scan": qTimelineScan}
}
