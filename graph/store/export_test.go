package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

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

// The MET_WITH statements that find the pairs of meetings, for
// TestMetPairsComeFromTheMeetings.
const (
	QMetFold   = qMetFold
	QMetActors = qMetActors
)

// ExplainActorReads EXPLAINs a query and returns its operators that find
// :Actor nodes by an index or a label ("operator details"), not by
// following a relationship.
func (s *Store) ExplainActorReads(ctx context.Context, query string, params map[string]any) ([]string, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "EXPLAIN "+query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return nil, err
	}
	var out []string
	planTree(res.Summary.Plan()).walk(func(op *planOp) {
		details := fmt.Sprint(op.args["Details"])
		if strings.HasPrefix(op.name, "Node") && strings.Contains(details, ":Actor") {
			out = append(out, op.name+" "+details)
		}
	})
	return out, nil
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

// MetLines lists every MET_WITH aggregate, one sorted line each.
func (s *Store) MetLines(ctx context.Context) ([]string, error) {
	res, err := s.read(ctx, `MATCH (a)-[r:MET_WITH]->(b) RETURN a.id AS a, b.id AS b, properties(r) AS p`, nil)
	if err != nil {
		return nil, err
	}
	out := []string{}
	for _, rec := range res.Records {
		m := rec.AsMap()
		out = append(out, fmt.Sprintf("%v -> %v %v", m["a"], m["b"], m["p"]))
	}
	slices.Sort(out)
	return out, nil
}

// MetFromMeetings lists, for every pair that attended a meeting together,
// what MET_WITH must say of its count and dates, counted here straight
// from the meetings without the store's aggregate queries.
func (s *Store) MetFromMeetings(ctx context.Context) ([]string, error) {
	return s.lines(ctx, `
MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor) WHERE a.id < b.id
WITH a, b, count(m) AS n, collect(CASE WHEN m.dateStart > '' THEN m.dateStart END) AS ds
RETURN a.id + ' -> ' + b.id + ' ' + toString(n) + ' ' + coalesce(reduce(x = null, d IN ds | CASE WHEN x IS NULL OR d < x THEN d ELSE x END), '-')
  + ' ' + coalesce(reduce(x = null, d IN ds | CASE WHEN x IS NULL OR d > x THEN d ELSE x END), '-') AS line`, nil)
}

// MetCounts is MetLines cut to what MetFromMeetings says.
func (s *Store) MetCounts(ctx context.Context) ([]string, error) {
	return s.lines(ctx, `MATCH (a)-[r:MET_WITH]->(b)
RETURN a.id + ' -> ' + b.id + ' ' + toString(r.count) + ' ' + coalesce(r.first, '-') + ' ' + coalesce(r.last, '-') AS line`, nil)
}

func (s *Store) lines(ctx context.Context, q string, params map[string]any) ([]string, error) {
	res, err := s.read(ctx, q, params)
	if err != nil {
		return nil, err
	}
	out := []string{}
	for _, rec := range res.Records {
		l, err := str(rec, "line")
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	slices.Sort(out)
	return out, nil
}

// RebuildMetByActors rebuilds the MET_WITH aggregates the other way
// RebuildMet does not: per actor, from all its meetings at once, with the
// statement merges and splits use.
func (s *Store) RebuildMetByActors(ctx context.Context) error {
	if _, err := s.write(ctx, `MATCH ()-[r:MET_WITH]->() DELETE r`, nil); err != nil {
		return err
	}
	res, err := s.read(ctx, `MATCH (a:Actor) RETURN collect(a.id) AS ids`, nil)
	if err != nil {
		return err
	}
	ids, err := strs(res.Records[0], "ids")
	if err != nil {
		return err
	}
	if _, err = s.write(ctx, qMetActors, map[string]any{"ids": ids, "half": true}); err != nil {
		return err
	}
	_, err = s.write(ctx, qMetBump, nil)
	return err
}

// SetWalkPairs sets the degree up to which the met edges among a
// subgraph's nodes are found by walking a node's pairs rather than looked
// up by key (0: the default, the number of nodes; -1: always looked up).
func (s *Store) SetWalkPairs(n int) { s.walkPairs = n }

// SetScanPairs sets how many of the graph's strongest pairs are read
// before the met edges among a subgraph's nodes are looked up one by one
// (0: the default, a few times the edge cap; -1: none).
func (s *Store) SetScanPairs(n int) { s.scanPairs = n }

// CounterpartsFromMeetings counts the actor's meetings with each other
// actor straight from the meetings, as "id name kind count" lines, sorted.
func (s *Store) CounterpartsFromMeetings(ctx context.Context, id string) ([]string, error) {
	return s.lines(ctx, `
MATCH (a:Actor {id: $id})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Actor) WHERE o <> a
WITH o, count(DISTINCT m) AS n
RETURN o.id + ' ' + o.name + ' ' + o.kind + ' ' + toString(n) AS line`, map[string]any{"id": id})
}

// MeetingsNewestFirst lists the actor's meetings newest first, then by id
// (the order of /api/met's page of meetings), as "rank id solo" lines
// (rank zero-padded, so the lines sort in that order): solo is true when
// no other actor attended.
func (s *Store) MeetingsNewestFirst(ctx context.Context, id string) ([]string, error) {
	return s.lines(ctx, `
MATCH (:Actor {id: $id})-[:ATTENDED]->(m:Meeting)
WITH m ORDER BY m.dateStart DESC, m.id
WITH collect(m) AS ms
UNWIND range(0, size(ms) - 1) AS i
WITH i, ms[i] AS m
RETURN right('0000000' + toString(i), 8) + ' ' + m.id + ' ' + toString(COUNT { (m)<-[:ATTENDED]-() } < 2) AS line`,
		map[string]any{"id": id})
}

// MetOrderKey is metOrderKey, to compute the MET_WITH ordering keys from
// scratch.
var MetOrderKey = metOrderKey

// MetKeyLines lists every MET_WITH aggregate's ordering keys, one
// "lo -> hi loKey|hiKey" line each, sorted.
func (s *Store) MetKeyLines(ctx context.Context) ([]string, error) {
	return s.lines(ctx, `MATCH (a)-[r:MET_WITH]->(b)
RETURN a.id + ' -> ' + b.id + ' ' + coalesce(r.loKey, '-') + '|' + coalesce(r.hiKey, '-') AS line`, nil)
}

// DropOrderKeys removes the MET_WITH and ATTENDED ordering keys, as on a
// database written before they existed.
func (s *Store) DropOrderKeys(ctx context.Context) error {
	if _, err := s.write(ctx, "MATCH ()-[r:MET_WITH]->() REMOVE r.loKey, r.hiKey", nil); err != nil {
		return err
	}
	_, err := s.write(ctx, "MATCH ()-[r:ATTENDED]->() REMOVE r.key", nil)
	return err
}

// AttendedKeyLines lists every ATTENDED relationship's ordering key, one
// "actor meeting key" line each, sorted.
func (s *Store) AttendedKeyLines(ctx context.Context) ([]string, error) {
	return s.lines(ctx, `MATCH (a)-[r:ATTENDED]->(m)
RETURN a.id + ' ' + m.id + ' ' + coalesce(r.key, '-') AS line`, nil)
}

// AttendedKeysFromMeetings computes, from each attendance's actor and
// meeting, the AttendedKeyLines the keys must give.
func (s *Store) AttendedKeysFromMeetings(ctx context.Context) ([]string, error) {
	res, err := s.read(ctx, `MATCH (a:Actor)-[:ATTENDED]->(m:Meeting) RETURN a.id AS a, m.id AS m, m.dateStart AS d`, nil)
	if err != nil {
		return nil, err
	}
	out := []string{}
	for _, rec := range res.Records {
		a, _ := rec.Get("a")
		m, _ := rec.Get("m")
		d, _ := rec.Get("d")
		if d == nil {
			return nil, fmt.Errorf("meeting %v has no dateStart", m)
		}
		out = append(out, fmt.Sprintf("%s %s %s", a, m, attendedOrderKey(a.(string), d.(string), m.(string))))
	}
	slices.Sort(out)
	return out, nil
}

// Neighbours returns the first limit neighbours of the actor id as the
// depth-1 graph reads them (qNeighboursPair, a page of the ordering keys)
// and as a frontier of several actors reads them (qNeighboursPairs, all
// the pairs).
func (s *Store) Neighbours(ctx context.Context, id string, limit int) (paged, all []string, err error) {
	params := map[string]any{"ids": []string{id}, "limit": limit, "asOf": ""}
	for _, x := range []struct {
		q   string
		out *[]string
	}{{qNeighboursPair, &paged}, {qNeighboursPairs, &all}} {
		res, err := s.read(ctx, x.q, params)
		if err != nil {
			return nil, nil, err
		}
		nids, err := column(res, "nids")
		if err != nil {
			return nil, nil, err
		}
		*x.out = []string{}
		for _, n := range nids {
			*x.out = append(*x.out, n.(string))
		}
	}
	return paged, all, nil
}

// KeepStrongest reads the graph's strongest n pairs into the list the
// Store keeps between requests (mettop.go), now rather than in the
// background.
func (s *Store) KeepStrongest(ctx context.Context, n int) error { return s.strongRead(ctx, n) }

// StrongestUsed counts the requests that took their strongest pairs from
// the list kept.
func (s *Store) StrongestUsed() int {
	s.top.mu.Lock()
	defer s.top.mu.Unlock()
	return s.top.uses[listRanked] + s.top.uses[listDecided] + s.top.uses[listFilled]
}

// StrongestUses counts the requests answered from the list kept: those
// whose met edges it decided alone, those whose pairs of one meeting were
// found in key order, and the others.
func (s *Store) StrongestUses() (decided, filled, ranked int) {
	s.top.mu.Lock()
	defer s.top.mu.Unlock()
	return s.top.uses[listDecided], s.top.uses[listFilled], s.top.uses[listRanked]
}

// StrongestToken is the MET_WITH token the kept list was read with.
func (s *Store) StrongestToken() string {
	s.top.mu.Lock()
	defer s.top.mu.Unlock()
	if s.top.list == nil {
		return ""
	}
	return s.top.list.token
}

// SetNoStrongest makes the Store read the strongest pairs in every
// request, as without the list.
func (s *Store) SetNoStrongest(off bool) { s.noTop = off }

// WaitStrongest waits for a read of the list started in the background.
func (s *Store) WaitStrongest() { s.top.wg.Wait() }

// ReadRows runs a read query with parameters and returns its rows, each
// as its values in column order.
func (s *Store) ReadRows(ctx context.Context, query string, params map[string]any) ([][]any, error) {
	res, err := s.read(ctx, query, params)
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(res.Records))
	for _, rec := range res.Records {
		rows = append(rows, rec.Values)
	}
	return rows, nil
}

// WithBatch sets how many items the offline writer plans at once.
func (w *OfflineWriter) WithBatch(n int) *OfflineWriter {
	w.batch = n
	return w
}
