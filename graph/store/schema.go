package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// schema is Parley's Neo4j schema: uniqueness constraints on every stable
// key the writes MERGE on, the indexes the reads seek through, and a
// full-text index on actor names and aliases. Each statement is idempotent.
var schema = []string{
	"CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
	"CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (m:Meeting) REQUIRE m.id IS UNIQUE",
	"CREATE CONSTRAINT place_id IF NOT EXISTS FOR (p:Place) REQUIRE p.id IS UNIQUE",
	"CREATE CONSTRAINT negotiation_id IF NOT EXISTS FOR (n:Negotiation) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
	"CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE",
	"CREATE CONSTRAINT date_key IF NOT EXISTS FOR (d:DateKey) REQUIRE d.key IS UNIQUE",
	// One MET_WITH aggregate per pair of actors (metwith.go).
	"CREATE CONSTRAINT met_with_pair IF NOT EXISTS FOR ()-[r:MET_WITH]-() REQUIRE r.pair IS UNIQUE",
	// The single node whose token changes with every write to MET_WITH
	// (mettop.go).
	"CREATE CONSTRAINT met_version_id IF NOT EXISTS FOR (v:MetVersion) REQUIRE v.id IS UNIQUE",
	"CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.dateStart)",
	"CREATE INDEX source_published IF NOT EXISTS FOR (s:Source) ON (s.published)",
	"CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)",
	"CREATE INDEX actor_meetings IF NOT EXISTS FOR (a:Actor) ON (a.meetings)",
	"CREATE INDEX negotiation_meetings IF NOT EXISTS FOR (n:Negotiation) ON (n.meetings)",
	// The strongest pairs of the whole graph first (qEdgesPairs).
	"CREATE INDEX met_with_count IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.count)",
	// One actor's pairs strongest first, a page at a time (metKeys).
	"CREATE INDEX met_with_lo_key IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.loKey)",
	"CREATE INDEX met_with_hi_key IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.hiKey)",
	// One actor's meetings newest first, a page at a time (attendedKey).
	"CREATE INDEX attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.key)",
	"CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.search]",
	"CREATE FULLTEXT INDEX place_names IF NOT EXISTS FOR (p:Place) ON EACH [p.name]",
}

// Schema lists the statements EnsureSchema runs, for documentation.
func Schema() []string { return append([]string(nil), schema...) }

// schemaNames are the names of the schema's indexes; a constraint's own
// index bears the constraint's name.
func schemaNames() []string {
	var names []string
	for _, q := range schema {
		f := strings.Fields(q)
		for i, w := range f[:len(f)-1] {
			if w == "CONSTRAINT" || w == "INDEX" {
				names = append(names, f[i+1])
				break
			}
		}
	}
	return names
}

const qSchemaPresent = `
SHOW INDEXES YIELD name WHERE name IN $names
RETURN collect(name) AS present`

// CheckSchema reports ErrNoSchema, naming what is missing, when the
// database lacks an index of the schema: one emptied or replaced under a
// running server (the server creates the schema when it starts).
func (s *Store) CheckSchema(ctx context.Context) error {
	names := schemaNames()
	res, err := s.read(ctx, qSchemaPresent, map[string]any{"names": names})
	if err != nil {
		return fmt.Errorf("checking the schema: %w", err)
	}
	present := map[string]bool{}
	if len(res.Records) > 0 {
		got, err := toStrings(res.Records[0].Values[0], "present")
		if err != nil {
			return err
		}
		for _, n := range got {
			present[n] = true
		}
	}
	var missing []string
	for _, n := range names {
		if !present[n] {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w: %d of %d indexes missing (%s)", graph.ErrNoSchema, len(missing), len(names), strings.Join(missing, ", "))
	}
	return nil
}

// EnsureSchema creates the constraints and indexes that are missing,
// waits until they are online, and completes what a database written
// before them lacks: meetings' links to their dates (SyncDates), the
// meeting counts of actors and negotiations (SyncMeetingCounts) and the
// MET_WITH and ATTENDED ordering keys (SyncMetKeys).
func (s *Store) EnsureSchema(ctx context.Context) error {
	if err := s.CreateSchema(ctx); err != nil {
		return err
	}
	t0 := time.Now()
	if err := s.SyncDates(ctx); err != nil {
		return err
	}
	if err := s.SyncMeetingCounts(ctx); err != nil {
		return err
	}
	err := s.SyncMetKeys(ctx)
	s.log.Debug("schema: date links, meeting counts and ordering keys checked", "took", time.Since(t0).Round(time.Millisecond))
	return err
}

// CreateSchema creates the constraints and indexes that are missing and
// waits until they are online: EnsureSchema without its checks, for a
// graph known to hold what they check (the offline import's files).
func (s *Store) CreateSchema(ctx context.Context) error {
	t0 := time.Now()
	if err := s.StartSchema(ctx); err != nil {
		return err
	}
	if err := s.AwaitSchema(ctx); err != nil {
		return err
	}
	s.log.Debug("schema: constraints and indexes online", "took", time.Since(t0).Round(time.Millisecond))
	return nil
}

// StartSchema creates the indexes that are missing, in one transaction,
// then the constraints one by one, and returns while the indexes may
// still be populating (AwaitSchema waits for them): the constraints are
// online when it returns, as each waits for its own index. On a loaded
// graph (the offline import) the indexes made in one transaction are
// populated by one job, beside the constraints, instead of one after
// another: a median of 16.8 s instead of 21 s at 1,000,000 meetings.
func (s *Store) StartSchema(ctx context.Context) error {
	indexes, constraints := schemaParts()
	if err := s.createIndexes(ctx, indexes); err != nil {
		return err
	}
	return s.createEach(ctx, constraints)
}

// schemaParts splits the schema into its indexes and its constraints.
func schemaParts() (indexes, constraints []string) {
	for _, q := range schema {
		if strings.HasPrefix(q, "CREATE CONSTRAINT") {
			constraints = append(constraints, q)
		} else {
			indexes = append(indexes, q)
		}
	}
	return indexes, constraints
}

// createIndexes creates indexes in one transaction, so that one job
// populates them all; it returns before they are online.
func (s *Store) createIndexes(ctx context.Context, indexes []string) error {
	err := s.inWrite(ctx, func(tx neo4j.ManagedTransaction) error {
		for _, q := range indexes {
			if _, err := run(ctx, tx, q, nil); err != nil {
				return fmt.Errorf("schema %q: %w", q, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("creating the indexes: %w", err)
	}
	return nil
}

// createEach runs schema statements one by one (a constraint returns once
// online).
func (s *Store) createEach(ctx context.Context, qs []string) error {
	for _, q := range qs {
		if _, err := s.write(ctx, q, nil); err != nil {
			return fmt.Errorf("schema %q: %w", q, err)
		}
	}
	return nil
}

// AwaitSchema waits until every index is online.
func (s *Store) AwaitSchema(ctx context.Context) error {
	// Indexes on an empty graph are online at once; on a loaded one (the
	// offline import) they take as long as the query timeout allows.
	wait := max(60, int64(s.timeout/time.Second))
	if _, err := s.write(ctx, "CALL db.awaitIndexes($wait)", map[string]any{"wait": wait}); err != nil {
		return fmt.Errorf("waiting for indexes: %w", err)
	}
	return nil
}

// DeleteAll removes every node and relationship, in batches. Tests use it
// to start from an empty graph; nothing in Parley itself calls it.
//
// Relationships go first, in bounded batches: a batch of nodes detached
// at once would carry all their relationships into one transaction, which
// for hubs of a large graph exceeds Neo4j's transaction memory.
func (s *Store) DeleteAll(ctx context.Context) error {
	for _, q := range []string{qDeleteRelationships, qDeleteNodes} {
		for {
			res, err := s.write(ctx, q, nil)
			if err != nil {
				return fmt.Errorf("deleting the graph: %w", err)
			}
			if n, err := integer(res.Records[0], "n"); err != nil || n == 0 {
				if err != nil {
					return fmt.Errorf("deleting the graph: %w", err)
				}
				break
			}
		}
	}
	return nil
}

const (
	qDeleteRelationships = "MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n"
	qDeleteNodes         = "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n"
)

// Counts is the number of nodes and relationships in the graph.
type Counts struct {
	Nodes, Relationships int64
}

// Count counts nodes and relationships, for tests and the loader's summary.
func (s *Store) Count(ctx context.Context) (Counts, error) {
	res, err := s.read(ctx, "RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS rels", nil)
	if err != nil {
		return Counts{}, fmt.Errorf("counting: %w", err)
	}
	var c Counts
	if len(res.Records) == 0 {
		return c, nil
	}
	if c.Nodes, err = integer(res.Records[0], "nodes"); err != nil {
		return c, err
	}
	c.Relationships, err = integer(res.Records[0], "rels")
	return c, err
}
