package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// This file serves `make bench` (bench/): the hot read paths run through
// the driver alone, their PROFILE plans, and Neo4j's LOAD CSV of the same
// data as a reference for the bulk import. Nothing in Parley's API uses it.

// BenchMetDirect runs what GET /api/met?actor=<id> runs below the HTTP
// layer — the handler's FindActor, then Met with its queries — and returns
// the number of counterparts.
func (s *Store) BenchMetDirect(ctx context.Context, id string) (int, error) {
	if _, err := s.FindActor(ctx, id); err != nil {
		return 0, err
	}
	res, err := s.Met(ctx, id, graph.MetFilter{})
	return len(res.Counterparts), err
}

// BenchGraphDirect runs what GET /api/graph?actor=<id>&depth=1&limit= runs
// below the HTTP layer and returns the number of nodes.
func (s *Store) BenchGraphDirect(ctx context.Context, id string, limit int) (int, error) {
	if _, err := s.FindActor(ctx, id); err != nil {
		return 0, err
	}
	g, err := s.Subgraph(ctx, graph.GraphQuery{ActorID: id, Depth: 1, Limit: limit})
	return len(g.Nodes), err
}

func (s *Store) benchNeighbours(ctx context.Context, id string, limit int) ([]string, error) {
	res, err := s.read(ctx, qNeighboursPairs, map[string]any{"ids": []string{id}, "limit": limit + 1, "asOf": "", "from": "", "to": "", "place": ""})
	if err != nil {
		return nil, err
	}
	ids := []string{id}
	for _, rec := range res.Records {
		n, err := str(rec, "nid")
		if err != nil {
			return nil, err
		}
		if n != id && len(ids) < limit {
			ids = append(ids, n)
		}
	}
	return ids, nil
}

// BenchActor is an actor and its number of meetings.
type BenchActor struct {
	ID       string
	Meetings int
}

const qBenchDegrees = `
MATCH (a:Actor)
WITH a, COUNT { (a)-[:ATTENDED]->() } AS n
RETURN a.id AS id, n ORDER BY n DESC, a.id`

// BenchDegrees lists every actor with its number of meetings, busiest
// first.
func (s *Store) BenchDegrees(ctx context.Context) ([]BenchActor, error) {
	res, err := s.read(ctx, qBenchDegrees, nil)
	if err != nil {
		return nil, err
	}
	out := make([]BenchActor, 0, len(res.Records))
	for _, rec := range res.Records {
		id, err := str(rec, "id")
		if err != nil {
			return nil, err
		}
		n, err := integer(rec, "n")
		if err != nil {
			return nil, err
		}
		out = append(out, BenchActor{id, int(n)})
	}
	return out, nil
}

// BenchCounts counts nodes per label and relationships per type.
func (s *Store) BenchCounts(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	for _, l := range []string{"Actor", "Name", "Source", "Meeting", "Place", "Negotiation"} {
		res, err := s.read(ctx, "MATCH (n:"+l+") RETURN count(n) AS n", nil)
		if err != nil {
			return nil, err
		}
		out[":"+l], _ = integer(res.Records[0], "n")
	}
	for _, t := range []string{"NAMED", "MENTIONED_IN", "ATTENDED", "REPORTED_IN", "HELD_IN", "PART_OF", "PARTY_TO", "MEDIATES", "MET_WITH"} {
		res, err := s.read(ctx, "MATCH ()-[r:"+t+"]->() RETURN count(r) AS n", nil)
		if err != nil {
			return nil, err
		}
		out["["+t+"]"], _ = integer(res.Records[0], "n")
	}
	return out, nil
}

// BenchProfile returns the PROFILE plans of the hot queries of /api/met,
// /api/graph and /api/actors/{id} for one actor, as text.
func (s *Store) BenchProfile(ctx context.Context, id string, limit int) (string, error) {
	ids, err := s.benchNeighbours(ctx, id, limit)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, q := range []struct {
		name, query string
		params      map[string]any
	}{
		// What the API runs with no filter: the MET_WITH aggregates.
		{"qMetPairs (met.go)", qMetPairs, map[string]any{"id": id}},
		{"qMet (met.go)", qMet, map[string]any{"id": id, "with": "", "place": "", "from": "", "to": "", "asOf": "", "limit": 200, "offset": 0}},
		{"qNeighboursPairs (subgraph.go)", qNeighboursPairs, map[string]any{"ids": []string{id}, "limit": limit + 1, "asOf": "", "from": "", "to": "", "place": ""}},
		{"qNodes (subgraph.go)", qNodes, map[string]any{"ids": ids}},
		{"qEdgesPairs (subgraph.go)", qEdgesPairs, map[string]any{"ids": ids, "asOf": "", "from": "", "to": "", "place": ""}},
		// The same reads from the meetings, as before the aggregates and
		// still with a period, place or as-of filter.
		{"qMetCounts (met.go, from the meetings)", qMetCounts, map[string]any{"id": id, "with": "", "place": "", "from": "", "to": "", "asOf": "", "limit": 200, "offset": 0}},
		{"qNeighbours (subgraph.go, from the meetings)", qNeighbours, map[string]any{"ids": []string{id}, "limit": limit + 1, "asOf": "", "from": "", "to": "", "place": ""}},
		{"qEdges (subgraph.go, from the meetings)", qEdges, map[string]any{"ids": ids, "asOf": "", "from": "", "to": "", "place": ""}},
		{"qProfile (profile.go)", qProfile, map[string]any{"id": id, "asOf": ""}},
	} {
		res, err := neo4j.ExecuteQuery(ctx, s.driver, "PROFILE "+q.query, q.params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			return "", fmt.Errorf("profile %s: %w", q.name, err)
		}
		p := res.Summary.Profile()
		fmt.Fprintf(&b, "%s — %d rows, %d db hits in all\n", q.name, len(res.Records), totalHits(p))
		writePlan(&b, p, 0)
		b.WriteString("\n")
	}
	return b.String(), nil
}

func totalHits(p neo4j.ProfiledPlan) int64 {
	if p == nil {
		return 0
	}
	n := p.DbHits()
	for _, c := range p.Children() {
		n += totalHits(c)
	}
	return n
}

func writePlan(b *strings.Builder, p neo4j.ProfiledPlan, depth int) {
	if p == nil {
		return
	}
	details := ""
	if d, ok := p.Arguments()["Details"].(string); ok {
		details = d
		if len(details) > 110 {
			details = details[:110] + "…"
		}
	}
	fmt.Fprintf(b, "%s+%s  rows=%d dbHits=%d  %s\n", strings.Repeat("| ", depth), p.Operator(), p.Records(), p.DbHits(), details)
	for _, c := range p.Children() {
		writePlan(b, c, depth+1)
	}
}

// The LOAD CSV reference: the CSV files `parley gen --csv` writes (the
// graph the records resolve to) loaded by Neo4j alone, with the same
// constraints, MERGE on the same keys, 10,000 rows per transaction.
var benchLoadCSV = []struct{ File, Query string }{
	{"sources.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MERGE (s:Source {id: row.id})
SET s.url = coalesce(row.url, ''), s.title = coalesce(row.title, ''), s.publisher = coalesce(row.publisher, ''),
    s.published = coalesce(row.published, '')
} IN TRANSACTIONS OF 10000 ROWS`},
	{"actors.csv", `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {
MERGE (a:Actor {id: row.id})
SET a.kind = row.kind, a.name = row.name, a.search = row.search,
    a.aliases = CASE WHEN row.aliases IS NULL THEN [] ELSE split(row.aliases, '|') END
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

// BenchLoadCSVStatements lists the LOAD CSV reference, for the report.
func BenchLoadCSVStatements() []string {
	var out []string
	for _, st := range benchLoadCSV {
		out = append(out, strings.Replace(st.Query, "$url", "'file:///"+st.File+"'", 1))
	}
	return out
}

// BenchLoadCSV runs the LOAD CSV reference on files under urlPrefix (such
// as "file:///") and returns the time each file took.
func (s *Store) BenchLoadCSV(ctx context.Context, urlPrefix string) (map[string]time.Duration, error) {
	out := map[string]time.Duration{}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.WithoutCancel(ctx))
	for _, st := range benchLoadCSV {
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
