// Package storebench serves `make bench` (bench/driver): the hot read
// paths of the API run through the driver alone, their PROFILE plans, and
// Neo4j's LOAD CSV of the same data as a reference for the bulk import.
// Nothing in Parley's product imports it; it imports the store, so that
// the benchmark's "direct" runs are the store's own calls and Cypher. It
// lives under graph/ because it holds Cypher of its own (the project keeps
// all Cypher under graph/).
package storebench

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
)

// Bench runs the benchmark's queries on a store's connection.
type Bench struct {
	st     *store.Store
	driver neo4j.DriverWithContext
	db     string
}

// New returns the benchmark helpers of st.
func New(st *store.Store) *Bench {
	drv, db := st.Driver()
	return &Bench{st: st, driver: drv, db: db}
}

func (b *Bench) read(ctx context.Context, query string, params map[string]any) (*neo4j.EagerResult, error) {
	return neo4j.ExecuteQuery(ctx, b.driver, query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(b.db), neo4j.ExecuteQueryWithReadersRouting())
}

func integer(rec *neo4j.Record, key string) (int64, error) {
	v, ok := rec.Get(key)
	n, isInt := v.(int64)
	if !ok || !isInt {
		return 0, fmt.Errorf("field %s: %T, want an integer", key, v)
	}
	return n, nil
}

func str(rec *neo4j.Record, key string) (string, error) {
	v, ok := rec.Get(key)
	s, isStr := v.(string)
	if !ok || !isStr {
		return "", fmt.Errorf("field %s: %T, want a string", key, v)
	}
	return s, nil
}

// MetDirect runs what GET /api/met?actor=<id> runs below the HTTP
// layer — Met, which resolves the actor in its own first query — and
// returns the number of counterparts on the first page.
func (b *Bench) MetDirect(ctx context.Context, id string) (int, error) {
	res, err := b.st.Met(ctx, id, graph.MetFilter{Summary: true})
	return len(res.Counterparts), err
}

// GraphDirect runs what GET /api/graph?actor=<id>&depth=1&limit= runs
// below the HTTP layer (Subgraph, which resolves the actor itself) and
// returns the number of nodes.
func (b *Bench) GraphDirect(ctx context.Context, id string, limit int) (int, error) {
	g, err := b.st.Subgraph(ctx, graph.GraphQuery{ActorID: id, Depth: 1, Limit: limit})
	return len(g.Nodes), err
}

// Actor is an actor and its number of meetings.
type Actor struct {
	ID       string
	Meetings int
}

// Pick is the benchmark's sample of actors with lo to hi meetings: all of
// them, or n spread evenly over the band (degrees is in Degrees's order),
// the same every run.
func Pick(degrees []Actor, lo, hi, n int) []Actor {
	var out []Actor
	for _, d := range degrees {
		if d.Meetings >= lo && d.Meetings <= hi {
			out = append(out, d)
		}
	}
	if len(out) > n {
		step := float64(len(out)) / float64(n)
		s := make([]Actor, 0, n)
		for i := range n {
			s = append(s, out[int(float64(i)*step)])
		}
		out = s
	}
	return out
}

const qDegrees = `
MATCH (a:Actor)
WITH a, COUNT { (a)-[:ATTENDED]->() } AS n
RETURN a.id AS id, n ORDER BY n DESC, a.id`

// Degrees lists every actor with its number of meetings, busiest
// first.
func (b *Bench) Degrees(ctx context.Context) ([]Actor, error) {
	res, err := b.read(ctx, qDegrees, nil)
	if err != nil {
		return nil, err
	}
	out := make([]Actor, 0, len(res.Records))
	for _, rec := range res.Records {
		id, err := str(rec, "id")
		if err != nil {
			return nil, err
		}
		n, err := integer(rec, "n")
		if err != nil {
			return nil, err
		}
		out = append(out, Actor{id, int(n)})
	}
	return out, nil
}

// Counts counts nodes per label and relationships per type.
func (b *Bench) Counts(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	for _, l := range []string{"Actor", "Name", "Source", "Meeting", "Place", "Negotiation", "DateKey"} {
		res, err := b.read(ctx, "MATCH (n:"+l+") RETURN count(n) AS n", nil)
		if err != nil {
			return nil, err
		}
		out[":"+l], _ = integer(res.Records[0], "n")
	}
	for _, t := range []string{"NAMED", "MENTIONED_IN", "ATTENDED", "REPORTED_IN", "HELD_IN", "PART_OF", "PARTY_TO", "MEDIATES", "MET_WITH", "DATED"} {
		res, err := b.read(ctx, "MATCH ()-[r:"+t+"]->() RETURN count(r) AS n", nil)
		if err != nil {
			return nil, err
		}
		out["["+t+"]"], _ = integer(res.Records[0], "n")
	}
	return out, nil
}

// Profile returns the PROFILE plans of the hot queries of /api/met,
// /api/graph and /api/actors/{id} for one actor, as text.
func (b *Bench) Profile(ctx context.Context, id string, limit int) (string, error) {
	queries, err := b.st.HotQueries(ctx, id, limit)
	if err != nil {
		return "", err
	}
	var out strings.Builder
	for _, q := range queries {
		res, err := neo4j.ExecuteQuery(ctx, b.driver, "PROFILE "+q.Cypher, q.Params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(b.db), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			return "", fmt.Errorf("profile %s: %w", q.Name, err)
		}
		p := res.Summary.Profile()
		fmt.Fprintf(&out, "%s — %d rows, %d db hits in all\n", q.Name, len(res.Records), store.PlanHits(p))
		store.WritePlan(&out, p)
		out.WriteString("\n")
	}
	return out.String(), nil
}

// The LOAD CSV reference: the CSV files `parley gen --csv` writes (the
// graph the records resolve to) loaded by Neo4j alone, with the same
// constraints, MERGE on the same keys, 10,000 rows per transaction.
var loadCSV = []struct{ File, Query string }{
	{"sources.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MERGE (s:Source {id: row.id})
SET s.url = coalesce(row.url, ''), s.title = coalesce(row.title, ''), s.publisher = coalesce(row.publisher, ''),
    s.published = coalesce(row.published, '')
} IN TRANSACTIONS OF 10000 ROWS`},
	{"actors.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MERGE (a:Actor {id: row.id})
SET a.kind = row.kind, a.name = row.name, a.search = row.search,
    a.aliases = split(row.aliases, '|')
FOREACH (_ IN CASE WHEN row.kind = 'person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN row.kind = 'state' THEN [1] ELSE [] END | SET a:State)
FOREACH (_ IN CASE WHEN row.kind = 'organization' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'group' THEN [1] ELSE [] END | SET a:Group)
WITH a, row
UNWIND split(row.keys, '|') AS key
MERGE (n:Name {key: key})
MERGE (a)-[:NAMED]->(n)
} IN TRANSACTIONS OF 10000 ROWS`},
	{"mentions.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MATCH (a:Actor {id: row.actor})
MATCH (s:Source {id: row.source})
MERGE (a)-[:MENTIONED_IN]->(s)
} IN TRANSACTIONS OF 10000 ROWS`},
	{"negotiations.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MERGE (n:Negotiation {id: row.id})
SET n.topic = row.topic, n.topics = split(row.topics, '|')
} IN TRANSACTIONS OF 10000 ROWS`},
	{"roles.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MATCH (a:Actor {id: row.actor})
MATCH (n:Negotiation {id: row.negotiation})
FOREACH (_ IN CASE WHEN row.role = 'party' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTY_TO]->(n) SET r.sources = split(row.sources, '|'))
FOREACH (_ IN CASE WHEN row.role = 'mediator' THEN [1] ELSE [] END |
  MERGE (a)-[r:MEDIATES]->(n) SET r.sources = split(row.sources, '|'))
} IN TRANSACTIONS OF 10000 ROWS`},
	{"places.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MERGE (p:Place {id: row.id})
SET p.name = row.name
} IN TRANSACTIONS OF 10000 ROWS`},
	{"meetings.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MERGE (m:Meeting {id: row.id})
SET m.date = coalesce(row.date, ''), m.dateStart = coalesce(row.dateStart, ''), m.dateEnd = coalesce(row.dateEnd, ''),
    m.status = row.status, m.mode = row.mode
} IN TRANSACTIONS OF 10000 ROWS`},
	{"reports.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MATCH (m:Meeting {id: row.meeting})
MATCH (s:Source {id: row.source})
MERGE (m)-[r:REPORTED_IN]->(s)
SET r.evidence = coalesce(row.evidence, ''), r.attribution = coalesce(row.attribution, ''), r.status = row.status,
    r.mode = row.mode, r.date = coalesce(row.date, ''), r.place = coalesce(row.place, '')
} IN TRANSACTIONS OF 10000 ROWS`},
	{"attended.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MATCH (a:Actor {id: row.actor})
MATCH (m:Meeting {id: row.meeting})
MERGE (a)-[:ATTENDED]->(m)
} IN TRANSACTIONS OF 10000 ROWS`},
	{"held_in.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MATCH (m:Meeting {id: row.meeting})
MATCH (p:Place {id: row.place})
MERGE (m)-[:HELD_IN]->(p)
} IN TRANSACTIONS OF 10000 ROWS`},
	{"part_of.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MATCH (m:Meeting {id: row.meeting})
MATCH (n:Negotiation {id: row.negotiation})
MERGE (m)-[:PART_OF]->(n)
} IN TRANSACTIONS OF 10000 ROWS`},
}

// LoadCSVStatements lists the LOAD CSV reference, for the report.
func LoadCSVStatements() []string {
	var out []string
	for _, st := range loadCSV {
		out = append(out, strings.Replace(st.Query, "$url", "'file:///"+st.File+"'", 1))
	}
	return out
}

// LoadCSV runs the LOAD CSV reference on files under urlPrefix (such
// as "file:///") and returns the time each file took.
func (b *Bench) LoadCSV(ctx context.Context, urlPrefix string) (map[string]time.Duration, error) {
	out := map[string]time.Duration{}
	sess := b.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: b.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.WithoutCancel(ctx))
	for _, st := range loadCSV {
		start := time.Now()
		res, err := sess.Run(ctx, st.Query, map[string]any{"url": urlPrefix + st.File})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return out, fmt.Errorf("LOAD CSV %s: %w", st.File, err)
		}
		out[st.File] = time.Since(start)
	}
	return out, nil
}
