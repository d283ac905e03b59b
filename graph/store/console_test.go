package store_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
)

// bypasses are the ways tried to make the console write, administer or
// leave the database. Every one must be refused and change nothing.
var bypasses = []string{
	"CREATE (n:Evil)",
	"create (n:Evil)",
	"CrEaTe (n:Evil)",
	"MERGE (n:Evil {id: 1})",
	"MATCH (n) DETACH DELETE n",
	"MATCH (n) DETACH\tDELETE n",
	"MATCH (n) /* hidden */ DELETE n",
	"MATCH (a:Actor) SET a.name = 'x'",
	"MATCH (a:Actor) SET a:Evil",
	"MATCH (a:Actor) REMOVE a.name",
	"CREATE/**/(n:Evil)",
	"FOREACH (x IN [1] | CREATE (:Evil))",
	"MATCH (n) CALL { WITH n DELETE n }",
	"WITH 1 AS x CALL (x) { CREATE (:Evil) }",
	"CALL { CREATE (:Evil) } IN TRANSACTIONS",
	"EXPLAIN CREATE (n:Evil)",
	"PROFILE MERGE (n:Evil)",
	"CYPHER runtime=slotted CREATE (n:Evil)",
	"RETURN 1; CREATE (n:Evil)",
	"MATCH (n) RETURN n // comment\n; CREATE (m:Evil)",
	"RETURN 'it\\'s' ; CREATE (n:Evil)",
	"CALL db.createLabel('Evil')",
	"CALL `db`.`createLabel`('Evil')",
	"CALL `db.createLabel`('Evil')",
	"CALL db.createProperty('evil')",
	"CALL db.clearQueryCaches()",
	"CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
	"CALL dbms.killQueries([])",
	"CALL dbms.security.changePassword('x')",
	"CALL apoc.create.node(['Evil'], {})",
	"CALL apoc.cypher.runWrite('CREATE (:Evil)', {})",
	"CALL apoc.do.when(true, 'CREATE (:Evil)', '')",
	"CALL apoc.periodic.iterate('RETURN 1', 'CREATE (:Evil)', {})",
	"CALL db.index.fulltext.queryNodes('actor_names', 'burns') YIELD node SET node.evil = true",
	"LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
	"load\ncsv from 'https://example.org/x.csv' as row return row",
	"USE system SHOW USERS",
	"SHOW USERS",
	"SHOW CURRENT USER",
	"SHOW DATABASES",
	"SHOW SETTINGS",
	"SHOW TRANSACTIONS",
	"TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
	"CREATE USER evil SET PASSWORD 'evil-password'",
	"ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'",
	"GRANT ROLE admin TO evil",
	"DROP INDEX actor_names",
	"CREATE INDEX evil FOR (n:Evil) ON (n.x)",
	"STOP DATABASE neo4j",
	"ＣＲＥＡＴＥ (n:Evil)",
	":use system",
	"/* unterminated",
	"RETURN 'unterminated",
	"",
}

func TestConsoleRefusesEveryBypass(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	loadSeed(t, st)
	before, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range bypasses {
		_, err := st.Cypher(ctx, q, nil, graph.ConsoleLimits{})
		if !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%q: err = %v, want a refusal", q, err)
		}
	}
	after, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(before, "\n") != strings.Join(after, "\n") {
		t.Fatal("a refused query changed the graph")
	}
}

// TestConsoleLayersBehindTheLexicalCheck sends writes past the lexical
// check: the EXPLAIN check and the read transaction still refuse them.
func TestConsoleLayersBehindTheLexicalCheck(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	for _, q := range []string{
		"CREATE (n:Evil)",
		"MATCH (n) DETACH DELETE n",
		"CALL db.createLabel('Evil')",
		"CALL { CREATE (:Evil) }",
	} {
		if _, err := st.CypherUnchecked(ctx, q); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%q past the lexical check: err = %v, want a refusal", q, err)
		}
	}
	if c, _ := st.Count(ctx); c.Nodes != 0 {
		t.Fatalf("%d nodes written", c.Nodes)
	}
}

func TestConsoleAllowsReads(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	loadSeed(t, st)
	for _, q := range []string{
		"MATCH (m:Meeting) RETURN m.created, m.dateStart LIMIT 1",
		"RETURN 'CREATE (n)' AS text",
		"// CREATE (n)\nRETURN 1",
		"MATCH (n:`Actor`) RETURN count(n)",
		"CALL db.labels()",
		"CALL db.index.fulltext.queryNodes('actor_names', 'burns') YIELD node RETURN node.name",
		"EXPLAIN MATCH (n) RETURN n",
		"PROFILE MATCH (n:Actor) RETURN count(n)",
		"SHOW INDEXES",
		"MATCH p = shortestPath((a:Person {name: 'Antony Blinken'})-[*..8]-(b:Person {name: 'David Barnea'})) RETURN p",
		"RETURN 1;",
	} {
		if _, err := st.Cypher(ctx, q, nil, graph.ConsoleLimits{}); err != nil {
			t.Errorf("%q: %v", q, err)
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
