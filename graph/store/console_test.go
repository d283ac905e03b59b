package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
)

// bypasses are single ways tried to make the console write, administer or
// leave the database, beside the generated classes (console_gen_test.go).
var bypasses = []string{
	"CrEaTe (n:Evil)",
	"MATCH (n) DETACH\tDELETE n",
	"CREATE/**/(n:Evil)",
	"MATCH (n) CALL { WITH n DELETE n }",
	"WITH 1 AS x CALL (x) { CREATE (:Evil) }",
	"EXPLAIN CREATE (n:Evil)",
	"PROFILE MERGE (n:Evil)",
	"CYPHER runtime=slotted CREATE (n:Evil)",
	"RETURN 1; CREATE (n:Evil)",
	"MATCH (n) RETURN n // comment\n; CREATE (m:Evil)",
	"RETURN 'it\\'s' ; CREATE (n:Evil)",
	"RETURN 1 // x\rCREATE (n:Evil)",
	"RETURN 1 // x\\u000aCREATE (n:Evil)",
	"RETURN 1 /* \\u002a/ CREATE (n:Evil) /* */",
	"RETURN 'a\\u0027 + 1 CREATE (n:Evil) RETURN '' AS x",
	"RETURN 1 AS `a\\u0060 CREATE (n:Evil) RETURN 1 AS `",
	"CR\\u0045ATE (n:Evil)",
	"CALL `db`.`createLabel`('Evil')",
	"CALL `db.createLabel`('Evil')",
	"CALL db . createLabel('Evil')",
	"CALL db/**/.createLabel('Evil')",
	"CALL db.create\\u004cabel('Evil')",
	"CALL db.index.fulltext.queryNodes('actor_names', 'burns') YIELD node SET node.evil = true",
	"CALL db.labels() YIELD label CALL db.createLabel(label + 'x') RETURN 1",
	"MATCH (a:Actor) WITH a LIMIT 1 CALL apoc.cypher.runWrite('CREATE (:Evil)', {}) YIELD value RETURN value",
	"RETURN apoc.load.json('http://127.0.0.1:1/')",
	"RETURN COLLECT { LOAD CSV FROM 'http://127.0.0.1:1/' AS r RETURN r } AS x",
	"MATCH (n) WHERE EXISTS { LOAD CSV FROM 'http://127.0.0.1:1/' AS r RETURN r } RETURN n",
	"RETURN COUNT { CALL db.createLabel('Evil') } AS x",
	"MATCH (a:Actor) RETURN [x IN range(1, 2) | x] AS xs UNION ALL LOAD CSV FROM 'http://127.0.0.1:1/' AS r RETURN r AS xs",
	"USE system SHOW USERS",
	"USE `neo4j` MATCH (n) RETURN n",
	"STOP DATABASE neo4j",
	"GRANT ROLE admin TO evil",
	"ＣＲＥＡＴＥ (n:Evil)",
	":use system",
	"/* unterminated",
	"RETURN 'unterminated",
	"RETURN '\\u12'",
	"// only a comment",
	"",
}

// graphState is what a refused query must not change: every node and
// relationship, the counts, the label, type and property-key tokens
// (db.createLabel adds one without a node) and the schema.
func graphState(t *testing.T, st *store.Store) string {
	t.Helper()
	ctx := graphtest.Context(t)
	dump, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	count, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%+v %d dump lines %x\n", count, len(dump), strings.Join(dump, "\n"))
	for _, q := range []string{
		"CALL db.labels() YIELD label RETURN label ORDER BY label",
		"CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType",
		"CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey",
		"SHOW INDEXES YIELD name RETURN name ORDER BY name",
		"SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name",
	} {
		res, err := st.Cypher(ctx, q, nil, graph.ConsoleLimits{})
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		fmt.Fprintf(&b, "%v\n", res.Rows)
	}
	return b.String()
}

func TestConsoleRefusesEveryBypass(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	loadSeed(t, st)
	before := graphState(t, st)
	for _, q := range bypasses {
		_, err := st.Cypher(ctx, q, nil, graph.ConsoleLimits{})
		if !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%q: err = %v, want a refusal", q, err)
		}
		if lexicalOnly[q] {
			continue
		}
		if _, err := st.CypherUnchecked(ctx, q); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%q past the lexical check: err = %v, want a refusal", q, err)
		}
	}
	if after := graphState(t, st); after != before {
		t.Fatal("a refused query changed the graph")
	}
}

// TestConsolePlanCheck sends queries past the lexical check and shows,
// class by class, the operator Neo4j 2026.x plans them to and that the
// plan check refuses it by name. The operators were read from EXPLAIN on
// the test server; if a Neo4j upgrade renames one, this says which.
func TestConsolePlanCheck(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	loadSeed(t, st)
	before := graphState(t, st)
	for _, c := range []struct{ query, operator, refusal string }{
		{"LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row", "LoadCSV", "LoadCSV, which reads a file or URL"},
		{"LOAD\u00a0CSV FROM 'file:///etc/passwd' AS row RETURN row", "LoadCSV", "LoadCSV"},
		{"MATCH (a) CALL (a) { LOAD CSV FROM 'http://127.0.0.1:1/' AS r RETURN r } RETURN r", "LoadCSV", "LoadCSV"},
		{"RETURN 1 AS x UNION LOAD CSV FROM 'http://127.0.0.1:1/' AS r RETURN r[0] AS x", "LoadCSV", "LoadCSV"},
		{"SHOW TRANSACTIONS", "ShowTransactions", "ShowTransactions, which is administration"},
		{"SHOW SETTINGS", "ShowSettings", "ShowSettings"},
		{"SHOW PROCEDURES", "ShowProcedures", "ShowProcedures"},
		{"SHOW FUNCTIONS", "ShowFunctions", "ShowFunctions"},
		{"TERMINATE TRANSACTION 'neo4j-transaction-1'", "TerminateTransactions", "TerminateTransactions"},
		{"SHOW USERS", "AdministrationCommand", "on database \"system\""},
		{"CREATE USER evil SET PASSWORD 'evil-password'", "AdministrationCommand", "system"},
		{"CALL dbms.listConfig()", "ProcedureCall", "procedure dbms.listConfig"},
		{"CALL dbms.components()", "ProcedureCall", "procedure dbms.components"},
		{"CALL db.createLabel('Evil')", "ProcedureCall", "procedure db.createLabel"},
		{"CALL `db`.`createLabel`('Evil')", "ProcedureCall", "procedure db.createLabel"},
		{"CALL db.clearQueryCaches()", "ProcedureCall", "procedure db.clearQueryCaches"},
		{"CALL db.stats.clear('QUERIES')", "ProcedureCall", "procedure db.stats.clear"},
		{"CALL db.resampleOutdatedIndexes()", "ProcedureCall", "procedure db.resampleOutdatedIndexes"},
		{"CALL tx.setMetaData({a: 1})", "ProcedureCall", "procedure tx.setMetaData"},
		{"CREATE (n:Evil)", "Create", "Create, which writes"},
		{"INSERT (n:Evil)", "Create", "Create"},
		{"MERGE (n:Evil {id: 1})", "Merge", "Merge"},
		{"MATCH (a:Actor) SET a.name = 'x'", "SetProperty", "SetProperty"},
		{"MATCH (a:Actor) SET a += {x: 1}", "SetNodePropertiesFromMap", "SetNodePropertiesFromMap"},
		{"MATCH (a:Actor) SET a:Evil", "SetLabels", "SetLabels"},
		{"MATCH (a:Actor) REMOVE a:Actor", "RemoveLabels", "RemoveLabels"},
		{"MATCH (n) DETACH DELETE n", "DetachDelete", "DetachDelete"},
		{"MATCH (n:Source) DELETE n", "Delete", "Delete"},
		{"MATCH (n) CALL (n) { DETACH DELETE n }", "SubqueryForeach", "SubqueryForeach"},
		{"FOREACH (x IN [1] | CREATE (:Evil))", "Foreach", "Foreach"},
		{"CALL { CREATE (:Evil) } IN TRANSACTIONS", "TransactionForeach", "TransactionForeach, which commits transactions of its own"},
		{"CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n", "TransactionApply", "TransactionApply"},
		{"CREATE INDEX evil FOR (n:Evil) ON (n.x)", "CreateIndex", "CreateIndex, which changes the schema"},
		{"DROP INDEX actor_names", "DropIndex", "DropIndex"},
		{"CREATE CONSTRAINT evil FOR (n:Evil) REQUIRE n.x IS UNIQUE", "CreateConstraint", "CreateConstraint"},
	} {
		ops, err := st.ExplainOperators(ctx, c.query)
		if err != nil {
			t.Errorf("EXPLAIN %q: %v", c.query, err)
		} else if !contains(ops, c.operator) {
			t.Errorf("EXPLAIN %q: operators %v, want %s among them", c.query, ops, c.operator)
		}
		_, err = st.CypherUnchecked(ctx, c.query)
		if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), c.refusal) {
			t.Errorf("%q: err = %v, want a refusal naming %q", c.query, err, c.refusal)
		}
	}
	if after := graphState(t, st); after != before {
		t.Fatal("a refused query changed the graph")
	}
}

// TestConsoleDatabaseRefusalsAre4xx: what Neo4j itself refuses (unknown
// procedures, syntax, semantics) is the query's fault: a 400 with the
// database's message, never a 500.
func TestConsoleDatabaseRefusalsAre4xx(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	for _, c := range []struct{ query, want string }{
		{"CALL dbms.setConfigValue('x', 'y')", "dbms.setConfigValue"},
		{"CALL dbms.killQueries([])", "dbms.killQueries"},
		{"USE system MATCH (n) RETURN n", "system database"},
		{"MATCH (n RETURN n", "Invalid input"},
		{"RETURN 1/0", "/ by zero"},
		{"RETURN graph.byName('neo4j')", "graph.byName"},
		{"RETURN '\\u005c'", "quotes"},
	} {
		_, err := st.CypherUnchecked(ctx, c.query)
		if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: err = %v, want a 4xx naming %q", c.query, err, c.want)
		}
	}
}

// TestConsoleAllowsReads: an analyst's reads pass every layer, and the
// plans they make are the operators the plan check allows.
func TestConsoleAllowsReads(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	loadSeed(t, st)
	for _, c := range []struct {
		query     string
		operators []string // some of those its plan holds
	}{
		{"MATCH (m:Meeting) RETURN m.created, m.dateStart LIMIT 1", []string{"NodeByLabelScan", "Limit"}},
		// Which index Neo4j reads the actor through depends on its statistics
		// of the moment (a unique seek alone, an index scan after other
		// tests' loads): only the expansion is fixed.
		{"MATCH (a:Actor {id: 'person:william-burns'})-[:ATTENDED]->(m:Meeting) RETURN m.date", []string{"Expand(All)"}},
		{"MATCH (m:Meeting) WHERE m.dateStart >= '2024-01-01' RETURN m.id", []string{"NodeIndexSeekByRange"}},
		{"MATCH (a:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Person) WHERE a <> b RETURN a.name, b.name, count(m) ORDER BY count(m) DESC LIMIT 5", []string{"EagerAggregation", "Top"}},
		{"MATCH (a:Actor) OPTIONAL MATCH (a)-[:HOLDS_POSITION]->(o) RETURN a.name, collect(o.name)", []string{"OptionalExpand(All)"}},
		{"OPTIONAL MATCH (n:Nothing) RETURN n", []string{"Optional"}},
		{"MATCH (a:Actor) WITH a.kind AS kind, count(*) AS n WHERE n > 0 RETURN kind, n ORDER BY kind SKIP 0", []string{"Skip"}},
		{"UNWIND range(1, 3) AS i RETURN i, i * 2 AS twice", []string{"Unwind"}},
		{"MATCH (a:Actor) WHERE EXISTS { (a)-[:ATTENDED]->() } RETURN a.name", []string{"Filter"}},
		{"MATCH (a:Actor) CALL (a) { MATCH (a)-[:ATTENDED]->(m) RETURN count(m) AS n } RETURN a.name, n", []string{"Apply", "Argument"}},
		{"CALL { MATCH (m:Meeting) RETURN m } RETURN count(m)", []string{"EagerAggregation"}},
		{"MATCH (a:Actor) RETURN a.name, [(a)-[:ATTENDED]->(m) | m.date] AS dates", []string{"RollUpApply"}},
		{"MATCH (a:Actor) RETURN a.name AS x UNION MATCH (p:Place) RETURN p.name AS x", []string{"Union", "Distinct"}},
		{"MATCH p = shortestPath((a:Person {name: 'William Burns'})-[*..8]-(b:Person {name: 'David Barnea'})) RETURN p", []string{"ShortestPath", "CartesianProduct"}},
		{"MATCH (a)-[*1..2]->(b:Place) RETURN DISTINCT b.name", []string{"Distinct"}},
		{"CALL db.labels()", []string{"ProcedureCall"}},
		{"CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType", []string{"ProcedureCall"}},
		{"CALL db.propertyKeys()", []string{"ProcedureCall"}},
		{"CALL db.schema.visualization()", []string{"ProcedureCall"}},
		{"CALL db.index.fulltext.queryNodes('actor_names', 'burns') YIELD node RETURN node.name", []string{"ProcedureCall"}},
		{"SHOW INDEXES", []string{"ShowIndexes"}},
		{"SHOW CONSTRAINTS", []string{"ShowConstraints"}},
		{"RETURN date.truncate('month', date('2024-05-24')) AS m, duration.between(date('2024-01-01'), date('2024-05-24')) AS d, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS p", []string{"Projection"}},
		{"RETURN 'CREATE (n) LOAD CSV' AS text", []string{"Projection"}},
		{"// CREATE (n)\nRETURN 1", []string{"Projection"}},
		{"MATCH (n:`Actor`) RETURN count(n)", []string{"NodeCountFromCountStore"}},
		{"MATCH (n:\\u0041ctor) RETURN count(n)", []string{"NodeCountFromCountStore"}},
		{"RETURN 'caf\\u00e9' AS word", []string{"Projection"}},
		{"MATCH\u00a0(n:Actor)\u3000RETURN n.name", []string{"NodeByLabelScan"}},
		{"EXPLAIN MATCH (n) RETURN n", []string{"AllNodesScan"}},
		{"PROFILE MATCH (n:Actor) RETURN count(n)", []string{"NodeCountFromCountStore"}},
		{"RETURN 1;", []string{"Projection"}},
	} {
		if _, err := st.Cypher(ctx, c.query, nil, graph.ConsoleLimits{}); err != nil {
			t.Errorf("%q: %v", c.query, err)
			continue
		}
		q := strings.TrimPrefix(strings.TrimPrefix(c.query, "EXPLAIN "), "PROFILE ")
		ops, err := st.ExplainOperators(ctx, q)
		if err != nil {
			t.Errorf("EXPLAIN %q: %v", q, err)
			continue
		}
		for _, op := range c.operators {
			if !contains(ops, op) {
				t.Errorf("%q: plan %v, want %s among its operators", c.query, ops, op)
			}
		}
	}
	res, err := st.Cypher(ctx, "UNWIND range(1, 100000) AS i RETURN i, 'some padding to make rows larger' AS pad", nil, graph.ConsoleLimits{Rows: 100000, Bytes: 10000})
	if err != nil || !res.Truncated || len(res.Rows) == 0 || len(res.Rows) > 300 {
		t.Fatalf("byte cap: %d rows, truncated %v, %v", len(res.Rows), res.Truncated, err)
	}
	if err := store.CheckReadOnly(strings.Repeat("x", store.MaxQueryBytes+1)); !errors.Is(err, graph.ErrInvalid) {
		t.Fatalf("oversized query: %v", err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestConsoleRunsAsItsOwnUser: with Config.ReaderUser the console opens a
// connection of its own as that user, and the other reads do not. The
// test server is Community with authentication off, which has no roles:
// this shows the wiring (the console's queries go through the second
// connection, same server), not a role's grants, which need Enterprise or
// Aura.
func TestConsoleRunsAsItsOwnUser(t *testing.T) {
	graphtest.Store(t) // skips or fails as every integration test does
	ctx := graphtest.Context(t)
	cfg := store.Config{URI: os.Getenv(graphtest.URIEnv), ReaderUser: "analyst", ReaderPassword: "reader-password"}
	st, err := store.Open(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	if !st.ConsoleHasOwnUser() {
		t.Fatal("the console shares the reads' connection despite ReaderUser")
	}
	res, err := st.Cypher(ctx, "RETURN 1 AS one", nil, graph.ConsoleLimits{})
	if err != nil || len(res.Rows) != 1 {
		t.Fatalf("console as its own user: %v %v", res.Rows, err)
	}
	if _, err := st.Cypher(ctx, "CREATE (n:Evil)", nil, graph.ConsoleLimits{}); !errors.Is(err, graph.ErrInvalid) {
		t.Fatalf("a write as the console's user: %v", err)
	}
	cfg.ReaderUser, cfg.ReaderPassword = "", ""
	plain, err := store.Open(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close(ctx)
	if plain.ConsoleHasOwnUser() {
		t.Fatal("without ReaderUser the console has a connection of its own")
	}
}

// TestConsoleCostlyReadsAre4xx: a read that fills the database's heap or
// runs past the console's time limit is the query's fault, a 400 that says
// which limit it hit, and the database goes on answering afterwards (the
// launcher no longer makes the JVM exit on OutOfMemoryError).
//
// Neo4j cannot time out a transaction inside one expression (a reduce),
// only fail it when the heap runs out, which takes as long as the machine
// is slow: the client waits long enough for that, so what is asserted is
// the outcome, not how fast it comes.
func TestConsoleCostlyReadsAre4xx(t *testing.T) {
	st := graphtest.Store(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	lim := graph.ConsoleLimits{Timeout: 90 * time.Second}
	for _, q := range []string{
		"RETURN size(reduce(s = 'x', i IN range(1, 34) | s + s)) AS n",            // a string doubled
		"RETURN size(reduce(l = [0], i IN range(1, 34) | [x IN l | x] + l)) AS n", // a list doubled
		"UNWIND range(1, 2000000000) AS x RETURN size(collect(toString(x))) AS n", // a list collected
		"WITH reduce(s = 'ab', i IN range(1, 33) | s + s) AS s RETURN s = s",      // carried to a later clause
	} {
		_, err := st.Cypher(ctx, q, nil, lim)
		if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "memory") {
			t.Errorf("%q: err = %v, want a 400 about memory", q, err)
		}
		if _, err := st.Cypher(ctx, "RETURN 1 AS one", nil, lim); err != nil {
			t.Fatalf("after %q the database no longer answers: %v", q, err)
		}
	}
	slow := "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n"
	_, err := st.Cypher(ctx, slow, nil, graph.ConsoleLimits{Timeout: time.Second})
	if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "limit of 1s") {
		t.Errorf("a read past the console's limit: err = %v, want a 400 naming the limit", err)
	}
}

// A syntax error points into the analyst's text: its line, column and
// offset, with no trace of the EXPLAIN the console runs first.
func TestConsoleSyntaxErrorsPointIntoTheQuery(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	for _, prefix := range []string{"", "PROFILE ", "  EXPLAIN ", "// a comment\n", "MATCH (x)\nWITH x\n"} {
		for _, bad := range []string{"MATCH (n) RETRN n", "MATCH (n)\n  RETRN n"} {
			q := prefix + bad
			_, err := st.Cypher(ctx, q, nil, graph.ConsoleLimits{})
			if !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("%q: %v", q, err)
			}
			offset := strings.Index(q, "RETRN")
			line := strings.Count(q[:offset], "\n") + 1
			column := offset - strings.LastIndex(q[:offset], "\n")
			want := fmt.Sprintf("line %d, column %d (offset: %d)", line, column, offset)
			if !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "EXPLAIN\n") {
				t.Errorf("%q: %v\nwant %s", q, err, want)
			}
		}
	}
}

// Returned nodes come connected by the relationships among them.
func TestConsoleConnectsResultNodes(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	loadSeed(t, st)
	res, err := st.Cypher(ctx, "MATCH (p:Person {name: 'William Burns'}) MATCH (m:Meeting) RETURN p AS node UNION MATCH (m:Meeting) RETURN m AS node", nil, graph.ConsoleLimits{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := st.Cypher(ctx, "MATCH (:Person {name: 'William Burns'})-[r:ATTENDED]->(:Meeting) RETURN count(r)", nil, graph.ConsoleLimits{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range res.Graph.Edges {
		if e.Type == "attended" && e.Source == "person:william-burns" {
			n++
		}
	}
	if fmt.Sprint(n) != fmt.Sprint(want.Rows[0][0]) || n == 0 {
		t.Errorf("%d attended edges drawn from Burns, want %v; edges %+v", n, want.Rows[0][0], res.Graph.Edges)
	}
}
