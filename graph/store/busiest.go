package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// The home page's busiest actors and negotiations. Ranking every actor
// (or negotiation) by its degree reads them all, 170,000 actors and
// 100,000 negotiations at a million meetings; so each keeps its meeting
// count in a property (Actor.meetings, Negotiation.meetings), indexed, and
// the home page reads the top of the index. The count is set from the
// node's degree — not incremented — by the transaction that changed its
// relationships, after taking the node's write lock, so it is exact
// whoever writes (the server, `parley import` beside it, a merge or its
// undo): of two writers of one actor, the second counts after the first
// has committed.

// counted names the actors and negotiations whose meetings a write changed.
type counted struct {
	actors, negotiations []string
}

// qCountActors and qCountNegotiations lock each node (the SET … REMOVE,
// as mergeTx locks actors), then set its count from its degree.
const (
	qCountActors = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
SET a.locked = true REMOVE a.locked
WITH a
SET a.meetings = COUNT { (a)-[:ATTENDED]->() }`

	qCountNegotiations = `
UNWIND $ids AS id
MATCH (n:Negotiation {id: id})
SET n.locked = true REMOVE n.locked
WITH n
SET n.meetings = COUNT { (n)<-[:PART_OF]-() }`
)

// countMeetings is called, in the same transaction, by every write path
// that adds or moves ATTENDED or PART_OF relationships.
func countMeetings(ctx context.Context, tx neo4j.ManagedTransaction, c counted) error {
	for _, q := range []struct {
		what, query string
		ids         []string
	}{{"actors", qCountActors, c.actors}, {"negotiations", qCountNegotiations, c.negotiations}} {
		if len(q.ids) == 0 {
			continue
		}
		ids := slices.Clone(q.ids) // one order for every writer: no deadlock between two
		slices.Sort(ids)
		res, err := tx.Run(ctx, q.query, map[string]any{"ids": slices.Compact(ids)})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("counting the meetings of %s: %w", q.what, err)
		}
	}
	return nil
}

// counted lists what a bulk batch changed: its actors (a new one gets its
// count, 0 or more), the kept actors of its merges, its negotiations.
func (bt *bulkBatch) counted() counted {
	c := counted{actors: slices.Clone(bt.actorOrder)}
	for _, r := range bt.attended {
		c.actors = append(c.actors, r["actor"].(string))
	}
	for _, a := range bt.autos {
		c.actors = append(c.actors, a.merge.KeepID)
	}
	for _, n := range bt.negotiations {
		c.negotiations = append(c.negotiations, n["id"].(string))
	}
	for _, r := range bt.partOf {
		c.negotiations = append(c.negotiations, r["negotiation"].(string))
	}
	return c
}

// planCounted lists what a record's plan writes: its actors and
// negotiations (its automatic merges count their kept actor themselves,
// in mergeTx).
func planCounted(p graph.Plan) counted {
	var c counted
	for _, a := range p.Actors {
		c.actors = append(c.actors, a.ID)
	}
	for _, m := range p.Meetings {
		c.actors = append(c.actors, m.ParticipantIDs...)
		if m.NegotiationID != "" {
			c.negotiations = append(c.negotiations, m.NegotiationID)
		}
	}
	for _, n := range p.Negotiations {
		c.negotiations = append(c.negotiations, n.ID)
	}
	return c
}

const (
	// qCountsInSync: every actor and negotiation has its count (the
	// indexes hold only nodes that have the property).
	qCountsInSync = `
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (a:Actor) WHERE a.meetings >= 0 RETURN count(a) AS counted }
CALL () { MATCH (n:Negotiation) RETURN count(n) AS negotiations }
CALL () { MATCH (n:Negotiation) WHERE n.meetings >= 0 RETURN count(n) AS countedNegotiations }
RETURN actors = counted AND negotiations = countedNegotiations AS ok`

	qRecountActors = `
MATCH (a:Actor)
CALL (a) { SET a.meetings = COUNT { (a)-[:ATTENDED]->() } } IN TRANSACTIONS OF 10000 ROWS`

	qRecountNegotiations = `
MATCH (n:Negotiation)
CALL (n) { SET n.meetings = COUNT { (n)<-[:PART_OF]-() } } IN TRANSACTIONS OF 10000 ROWS`
)

// SyncMeetingCounts gives every actor and negotiation its meeting count
// when some lack it: a database written before the counts existed, or by
// an older binary. It costs two index counts when they are in place.
func (s *Store) SyncMeetingCounts(ctx context.Context) error {
	res, err := s.read(ctx, qCountsInSync, nil)
	if err != nil {
		return fmt.Errorf("checking the meeting counts: %w", err)
	}
	if ok, _ := res.Records[0].Get("ok"); ok == true {
		return nil
	}
	return s.RecountMeetings(ctx)
}

// RecountMeetings sets every actor's and negotiation's meeting count from
// its relationships.
func (s *Store) RecountMeetings(ctx context.Context) error {
	t0 := time.Now()
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.WithoutCancel(ctx))
	for _, q := range []string{qRecountActors, qRecountNegotiations} {
		res, err := sess.Run(ctx, q, nil, neo4j.WithTxTimeout(time.Hour))
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("counting meetings: %w", classify(ctx, err))
		}
	}
	s.log.Info("meetings counted per actor and negotiation", "took", time.Since(t0).Round(time.Millisecond))
	return nil
}

// withoutCount drops the kept meeting count from an actor's properties
// taken for a merge's snapshot: the count is derived, and an undo sets it
// again from the relationships it restores, so a snapshot must not carry
// one that would be stale (and would depend on when the merge ran).
func withoutCount(props map[string]any) map[string]any {
	delete(props, "meetings")
	return props
}
