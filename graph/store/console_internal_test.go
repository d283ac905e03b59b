package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

func TestDecodeUnicodeEscapes(t *testing.T) {
	for in, want := range map[string]string{
		`CR\u0045ATE`:         "CREATE",
		`\u0027x\u0027`:       "'x'",
		`'\\u0041'`:           `'\\u0041'`, // an escaped backslash starts no escape
		`'\\\u0041'`:          `'\\A'`,
		`'\u005cu0041'`:       `'\u0041'`, // a decoded backslash starts none either
		`\ud83d\ude00`:        "\U0001F600",
		`\u00A0`:              "\u00a0",
		"plain text, no esc.": "plain text, no esc.",
	} {
		got, err := decodeUnicodeEscapes(in)
		if err != nil || got != want {
			t.Errorf("%s: %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{`\u`, `\u12`, `'\uzzzz'`, `x\u00g0`} {
		if _, err := decodeUnicodeEscapes(in); err == nil {
			t.Errorf("%s: no error for a malformed escape", in)
		}
	}
}

func TestLexCodeSeparatorsAndComments(t *testing.T) {
	for in, want := range map[string]string{
		"LOAD\u00a0CSV":                "LOAD CSV",
		"LOAD\u3000CSV":                "LOAD CSV",
		"LOAD\u001cCSV":                "LOAD CSV",
		"LOAD\u200bCSV":                "LOAD CSV",
		`LOAD\u0020CSV`:                "LOAD CSV",
		"RETURN 1 // x\rCREATE":        "RETURN 1   CREATE",
		"RETURN 1 // x\u2028CREATE":    "RETURN 1   CREATE",
		"RETURN 1 /* x */ CREATE":      "RETURN 1   CREATE",
		"RETURN 'CREATE' AS x":         "RETURN  ''  AS x",
		"CALL `db`.`createLabel`('x')": "CALL db.createLabel( '' )",
		"CALL db . createLabel":        "CALL db.createLabel",
		"MATCH (n:`a``b`)":             "MATCH (n:a`b)",
	} {
		got, err := lexCode(in)
		if err != nil || got != want {
			t.Errorf("%q: %q, %v; want %q", in, got, err, want)
		}
	}
}

// op builds a plan operator for the tests below.
func op(name string, id int64, details string, children ...*planOp) *planOp {
	o := newPlanOp(name, map[string]any{"Id": id, "Details": details})
	o.children = children
	return o
}

func TestCheckPlan(t *testing.T) {
	ok := op("ProduceResults@neo4j", 0, "x", op("Projection@neo4j", 1, "date.truncate($a, date()) AS `apoc.evil(1)`", op("NodeUniqueIndexSeek@neo4j", 2, "UNIQUE a:Actor(id) = $autostring_0")))
	if err := checkPlan(ok, "neo4j"); err != nil {
		t.Fatalf("a read: %v", err)
	}
	for name, c := range map[string]struct {
		plan *planOp
		want string
	}{
		"load csv":              {op("ProduceResults@neo4j", 0, "r", op("LoadCSV@neo4j", 1, "r")), "LoadCSV, which reads a file or URL"},
		"other database":        {op("AdministrationCommand@system", 0, ""), `database "system"`},
		"lost operator":         {op("ProduceResults@neo4j", 0, "r", op("CartesianProduct@neo4j", 1, "", op("AllNodesScan@neo4j", 2, "b"), op("AllNodesScan@neo4j", 2, "b"))), "could not be read in full"},
		"procedure":             {op("ProduceResults@neo4j", 0, "", op("ProcedureCall@neo4j", 1, "dbms.listConfig() :: (name :: STRING)")), "procedure dbms.listConfig"},
		"function":              {op("ProduceResults@neo4j", 0, "", op("Projection@neo4j", 1, "apoc . load . json($url) AS x")), "function apoc.load.json"},
		"function in proc args": {op("ProduceResults@neo4j", 0, "", op("ProcedureCall@neo4j", 1, "db.index.fulltext.queryNodes(genai.vector.encode($a), $b) :: (node :: NODE)")), "function genai.vector.encode"},
		"no plan":               {nil, "no plan"},
	} {
		err := checkPlan(c.plan, "neo4j")
		if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want a refusal naming %q", name, err, c.want)
		}
	}
}

// fakePlan is a neo4j.Plan of another type than the driver's, as a later
// driver might hand back: planTree reads it through the interface.
type fakePlan struct {
	op       string
	id       int64
	children []neo4j.Plan
}

func (p fakePlan) Operator() string          { return p.op }
func (p fakePlan) Arguments() map[string]any { return map[string]any{"Id": p.id} }
func (p fakePlan) Identifiers() []string     { return nil }
func (p fakePlan) Children() []neo4j.Plan    { return p.children }

func TestPlanTreeThroughTheInterface(t *testing.T) {
	p := fakePlan{"ProduceResults@neo4j", 0, []neo4j.Plan{fakePlan{"Union@neo4j", 1, []neo4j.Plan{
		fakePlan{"AllNodesScan@neo4j", 2, nil}, fakePlan{"AllNodesScan@neo4j", 3, nil},
	}}}}
	if err := checkPlan(planTree(p), "neo4j"); err != nil {
		t.Fatalf("whole plan: %v", err)
	}
	// The driver's bug, imitated: the last child twice.
	p.children[0] = fakePlan{"Union@neo4j", 1, []neo4j.Plan{fakePlan{"AllNodesScan@neo4j", 3, nil}, fakePlan{"AllNodesScan@neo4j", 3, nil}}}
	if err := checkPlan(planTree(p), "neo4j"); err == nil {
		t.Fatal("a plan seen in part passed")
	}
}

func TestCheckShape(t *testing.T) {
	for _, q := range []string{
		"RETURN " + strings.Repeat("[", maxNesting+1) + "1" + strings.Repeat("]", maxNesting+1),
		"RETURN " + strings.Repeat("(", 300) + "1" + strings.Repeat(")", 300),
		"RETURN " + strings.Repeat("1 + ", maxOperators+1) + "1",
		"RETURN " + strings.Repeat("1 - ", maxOperators+1) + "1",
		"RETURN " + strings.Repeat("'a' + ", 300) + "'b'",
	} {
		if err := CheckReadOnly(q); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%.40q…: %v, want a refusal", q, err)
		}
	}
	for _, q := range []string{
		"RETURN " + strings.Repeat("[", maxNesting) + "1" + strings.Repeat("]", maxNesting),
		"MATCH (a)-[:X]->(b)<-[:Y]-(c)-[*1..3]-(d) RETURN a.x + b.y - c.z * 2 / 3 % 4 ^ 2",
		"MATCH (n) WHERE " + strings.Repeat("n.x = 1 OR ", 300) + "n.x = 2 RETURN n",
		"RETURN '" + strings.Repeat("+", 500) + "' AS plus",
	} {
		if err := CheckReadOnly(q); err != nil {
			t.Errorf("%.40q…: %v", q, err)
		}
	}
}
