package store

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Meetings by date, kept at write time so that the timeline does not read
// every meeting. Each dated meeting has one DATED relationship to the
// DateKey node of its date as written (key "2024", "2024-05", "2024-05-03"
// or a period "2024-05-03/2024-05-05", with the period's first and last
// day in start and end). A key's meeting count is its node's degree, so
// the unfiltered histogram reads a few thousand keys and their stored
// degrees instead of a million meetings, and a period filter picks the
// keys that overlap it. DateKeys are derived data: RelinkDates rebuilds
// them from the meetings.
//
// The link is made in the transaction that writes the meeting (linkDates,
// called from every path that sets a meeting's date), so it is exact for
// any writer, the server or a `parley import` running beside it.

// linkDate is the Cypher that (re)links meeting m to the DateKey of its
// current date; a link to another key (the date changed) is removed.
const linkDate = `
WITH m, CASE WHEN coalesce(m.dateStart, '') = '' THEN null WHEN m.date > '' THEN m.date ELSE m.dateStart END AS key
CALL (m, key) {
  OPTIONAL MATCH (m)-[r:DATED]->(d:DateKey) WHERE key IS NULL OR d.key <> key
  DELETE r
}
FOREACH (k IN CASE WHEN key IS NULL OR EXISTS { (m)-[:DATED]->(:DateKey {key: key}) } THEN [] ELSE [key] END |
  MERGE (d:DateKey {key: k}) ON CREATE SET d.start = m.dateStart, d.end = m.dateEnd
  CREATE (m)-[:DATED]->(d))`

// qLinkDates links the meetings of $rows (each with an id) to their dates.
const qLinkDates = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.id})` + linkDate

// linkDates is called, in the same transaction, by every write path that
// creates a meeting or sets its date, with the rows it wrote (maps with
// the meeting's "id").
func linkDates(ctx context.Context, tx neo4j.ManagedTransaction, rows []map[string]any) error {
	if len(rows) == 0 {
		return nil
	}
	res, err := tx.Run(ctx, qLinkDates, map[string]any{"rows": rows})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("linking meetings to their dates: %w", err)
	}
	return nil
}

const (
	// qDatesInSync compares the dated meetings (meeting_date index) with
	// the DATED links (count store).
	qDatesInSync = `
CALL () { MATCH (m:Meeting) WHERE m.dateStart > '' RETURN count(m) AS dated }
CALL () { MATCH ()-[r:DATED]->() RETURN count(r) AS links }
RETURN dated = links AS ok`

	qRelinkDates = `
MATCH (m:Meeting)
CALL (m) {` + linkDate + `
} IN TRANSACTIONS OF 10000 ROWS`

	qDropEmptyDateKeys = `
MATCH (d:DateKey) WHERE NOT EXISTS { (d)<-[:DATED]-() }
DELETE d`
)

// SyncDates makes sure every dated meeting is linked to its DateKey: on a
// database written before DateKeys existed (or by an older binary) it
// relinks every meeting, in transactions of 10,000. It costs one count
// when the links are in place.
func (s *Store) SyncDates(ctx context.Context) error {
	res, err := s.read(ctx, qDatesInSync, nil)
	if err != nil {
		return fmt.Errorf("checking the date links: %w", err)
	}
	if ok, _ := res.Records[0].Get("ok"); ok == true {
		return nil
	}
	return s.RelinkDates(ctx)
}

// RelinkDates rebuilds the DateKeys from the meetings' dates.
func (s *Store) RelinkDates(ctx context.Context) error {
	t0 := time.Now()
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.WithoutCancel(ctx))
	for _, q := range []string{qRelinkDates, qDropEmptyDateKeys} {
		res, err := sess.Run(ctx, q, nil, neo4j.WithTxTimeout(time.Hour))
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("linking meetings to their dates: %w", classify(ctx, err))
		}
	}
	s.log.Info("meetings linked to their dates", "took", time.Since(t0).Round(time.Millisecond))
	return nil
}
