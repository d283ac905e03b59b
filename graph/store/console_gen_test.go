package store_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
)

// The console's bypass table by classes: every refused statement, with
// every Unicode white space, control and format character (raw, and as a
// \uXXXX escape, which Cypher decodes everywhere) between all its tokens,
// a comment in each gap, random casing and escaped keyword letters. Each
// query is sent through the whole console and, again, past its lexical
// check, so the plan check and the read transaction are shown to hold on
// their own.

// refusedStatements are token lists; {url} is a local listener's URL.
var refusedStatements = [][]string{
	{"LOAD", "CSV", "FROM", "'{url}/a.csv'", "AS", "row", "RETURN", "row"},
	{"LOAD", "CSV", "WITH", "HEADERS", "FROM", "'{url}/b.csv'", "AS", "row", "RETURN", "row"},
	{"LOAD", "CSV", "FROM", "'{url}/c.csv'", "AS", "row", "FIELDTERMINATOR", "';'", "RETURN", "row"},
	{"MATCH", "(a:Actor)", "WITH", "a", "LIMIT", "1", "LOAD", "CSV", "FROM", "'{url}/d.csv'", "AS", "row", "RETURN", "row"},
	{"MATCH", "(a:Actor)", "CALL", "(a)", "{", "LOAD", "CSV", "FROM", "'{url}/e.csv'", "AS", "row", "RETURN", "row", "}", "RETURN", "row"},
	{"RETURN", "1", "AS", "x", "UNION", "LOAD", "CSV", "FROM", "'{url}/f.csv'", "AS", "row", "RETURN", "row[0]", "AS", "x"},
	{"LOAD", "CSV", "FROM", "'file:///etc/passwd'", "AS", "row", "RETURN", "row"},
	{"SHOW", "TRANSACTIONS"},
	{"SHOW", "TRANSACTIONS", "YIELD", "*", "RETURN", "*"},
	{"SHOW", "SETTINGS"},
	{"SHOW", "PROCEDURES"},
	{"SHOW", "USERS"},
	{"SHOW", "CURRENT", "USER"},
	{"TERMINATE", "TRANSACTION", "'neo4j-transaction-1'"},
	{"CALL", "dbms.listConfig()"},
	{"CALL", "dbms.listConnections()"},
	{"CALL", "dbms.components()"},
	{"CALL", "dbms.info()"},
	{"CALL", "dbms.setConfigValue('db.logs.query.enabled',", "'OFF')"},
	{"CALL", "db.createLabel('Evil')"},
	{"CALL", "db.createProperty('evil')"},
	{"CALL", "db.createRelationshipType('EVIL')"},
	{"CALL", "db.clearQueryCaches()"},
	{"CALL", "db.stats.clear('QUERIES')"},
	{"CALL", "tx.setMetaData({evil:", "true})"},
	{"CALL", "apoc.create.node(['Evil'],", "{})"},
	{"CALL", "apoc.load.json('{url}/g.json')"},
	{"CREATE", "(n:Evil)"},
	{"INSERT", "(n:Evil)"},
	{"MERGE", "(n:Evil", "{id:", "1})"},
	{"MATCH", "(a:Actor)", "SET", "a.name", "=", "'x'"},
	{"MATCH", "(a:Actor)", "SET", "a:Evil"},
	{"MATCH", "(a:Actor)", "REMOVE", "a.name"},
	{"MATCH", "(n)", "DETACH", "DELETE", "n"},
	{"MATCH", "(n:Source)", "DELETE", "n"},
	{"MATCH", "(n)", "CALL", "(n)", "{", "DETACH", "DELETE", "n", "}"},
	{"FOREACH", "(x", "IN", "[1]", "|", "CREATE", "(:Evil))"},
	{"CALL", "{", "CREATE", "(:Evil)", "}", "IN", "TRANSACTIONS"},
	{"UNWIND", "[1]", "AS", "x", "CALL", "(x)", "{", "CREATE", "(:Evil)", "}", "IN", "TRANSACTIONS", "OF", "10", "ROWS"},
	{"DROP", "INDEX", "actor_names"},
	{"CREATE", "INDEX", "evil", "FOR", "(n:Evil)", "ON", "(n.x)"},
	{"CREATE", "CONSTRAINT", "evil", "FOR", "(n:Evil)", "REQUIRE", "n.x", "IS", "UNIQUE"},
	{"CREATE", "USER", "evil", "SET", "PASSWORD", "'evil-password'"},
	{"ALTER", "CURRENT", "USER", "SET", "PASSWORD", "FROM", "'a'", "TO", "'b'"},
	{"USE", "neo4j", "MATCH", "(n)", "RETURN", "n"},
	{"USE", "system", "SHOW", "USERS"},
	{"USING", "PERIODIC", "COMMIT", "LOAD", "CSV", "FROM", "'{url}/h.csv'", "AS", "r", "CREATE", "(:Evil)"},
}

// separators are every Unicode white space (the White_Space property and
// Zs), every control character (C0, DEL, C1), the line and paragraph
// separators and the invisible format characters U+180E, U+200B, U+2060,
// U+FEFF.
func separators() []rune {
	seen := map[rune]bool{}
	var out []rune
	add := func(r rune) {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	for _, t := range []*unicode.RangeTable{unicode.White_Space, unicode.Zs, unicode.Cc, unicode.Zl, unicode.Zp} {
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if unicode.Is(t, r) {
				add(r)
			}
		}
	}
	for _, r := range []rune{'\u180e', '\u200b', '\u2060', '\ufeff'} {
		add(r)
	}
	slices.Sort(out)
	return out
}

// lexicalOnly are statements whose plan is a plain read of the console's
// own database: USE neo4j names the database the console reads anyway, so
// only the lexical check refuses it (USE of another database plans on
// that database, or fails, and is refused by the plan check).
var lexicalOnly = map[string]bool{"USE neo4j MATCH (n) RETURN n": true, "USE `neo4j` MATCH (n) RETURN n": true}

// bypassCase is one generated query and the class it belongs to; behind
// says whether it is also sent past the lexical check.
type bypassCase struct {
	class, query string
	behind       bool
}

// generateBypasses builds the table for a listener at url.
func generateBypasses(url string) []bypassCase {
	rng := rand.New(rand.NewPCG(12, 2026))
	var out []bypassCase
	for j, toks := range refusedStatements {
		behind := !lexicalOnly[strings.Join(toks, " ")]
		toks := slices.Clone(toks)
		for i := range toks {
			toks[i] = strings.ReplaceAll(toks[i], "{url}", url)
		}
		join := func(gap func(i int) string) string {
			var b strings.Builder
			for i, tok := range toks {
				if i > 0 {
					b.WriteString(gap(i))
				}
				b.WriteString(randomCase(rng, tok))
			}
			return b.String()
		}
		// Every separator in every gap, raw and escaped.
		// Past the lexical check each separator goes to every third
		// statement in each of its three forms in turn, and each gap gets
		// one of the comments (the plan does not depend on the spelling,
		// and the database's time is shared).
		for k, r := range separators() {
			raw, esc := string(r), fmt.Sprintf(`\u%04x`, r)
			out = append(out,
				bypassCase{fmt.Sprintf("U+%04X between tokens", r), join(func(int) string { return raw }), behind && (j+k)%9 == 0},
				bypassCase{fmt.Sprintf(`\u%04X between tokens`, r), join(func(int) string { return esc }), behind && (j+k)%9 == 3},
				bypassCase{fmt.Sprintf("U+%04X around a space", r), join(func(int) string { return raw + " " + raw }), behind && (j+k)%9 == 6},
			)
		}
		// A comment in each gap in turn, and before and after the query.
		for g := 1; g < len(toks); g++ {
			for ci, c := range []string{"/**/", "/* RETURN 1 */", "// RETURN 1\n", "// x\r", "/*\u00a0*/"} {
				out = append(out, bypassCase{"comment in gap", join(func(i int) string {
					if i == g {
						return c
					}
					return " "
				}), behind && (g+ci)%5 == 0})
			}
		}
		plain := join(func(int) string { return " " })
		out = append(out,
			bypassCase{"leading comment", "/* x */" + plain, behind},
			bypassCase{"leading line comment", "// x\n" + plain, behind},
			bypassCase{"trailing comment", plain + " // x", behind},
			bypassCase{"EXPLAIN prefix", "EXPLAIN " + plain, behind},
			bypassCase{"PROFILE prefix", "PROFILE " + plain, behind},
			bypassCase{"CYPHER prefix", "CYPHER 25 " + plain, behind},
		)
		// Escape letters of the keywords: C\u0052EATE is CREATE to Cypher.
		for _, every := range []int{1, 2} {
			var b strings.Builder
			for i, tok := range toks {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(escapeLetters(tok, every))
			}
			out = append(out, bypassCase{fmt.Sprintf("every %d letter escaped", every), b.String(), behind})
		}
	}
	return out
}

// randomCase recases keywords (upper-case tokens) letter by letter;
// names, strings and URLs are left alone so the statement still means
// what it did.
func randomCase(rng *rand.Rand, tok string) string {
	if tok != strings.ToUpper(tok) || strings.ContainsAny(tok, "'(:") {
		return tok
	}
	b := []rune(tok)
	for i, r := range b {
		if rng.IntN(2) == 0 {
			b[i] = unicode.ToLower(r)
		}
	}
	return string(b)
}

// escapeLetters writes every n-th ASCII letter of a keyword as \uXXXX.
func escapeLetters(tok string, n int) string {
	if tok != strings.ToUpper(tok) || strings.ContainsAny(tok, "'(:") {
		return tok
	}
	var b strings.Builder
	for i, r := range tok {
		if r < 0x80 && unicode.IsLetter(r) && i%n == 0 {
			fmt.Fprintf(&b, `\u%04x`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// listener counts every connection and request made to it.
type listener struct {
	*httptest.Server
	conns, requests atomic.Int64
}

func newListener(t *testing.T) *listener {
	t.Helper()
	l := &listener{}
	l.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.requests.Add(1)
		fmt.Fprintln(w, "a,b\n1,2")
	}))
	l.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			l.conns.Add(1)
		}
	}
	l.Start()
	t.Cleanup(l.Close)
	// The counters count: one request from here, then back to zero.
	resp, err := http.Get(l.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	l.Client().CloseIdleConnections()
	http.DefaultClient.CloseIdleConnections()
	if l.conns.Load() != 1 || l.requests.Load() != 1 {
		t.Fatalf("listener counted %d connections, %d requests for one request", l.conns.Load(), l.requests.Load())
	}
	l.conns.Store(0)
	l.requests.Store(0)
	return l
}

func (l *listener) assertUntouched(t *testing.T) {
	t.Helper()
	if c, r := l.conns.Load(), l.requests.Load(); c != 0 || r != 0 {
		t.Fatalf("the database reached the local listener: %d connections, %d requests", c, r)
	}
}

func TestConsoleRefusesGeneratedBypasses(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	loadSeed(t, st)
	lis := newListener(t)
	before := graphState(t, st)
	cases := generateBypasses(lis.URL)
	if len(cases) < 1000 {
		t.Fatalf("only %d generated cases", len(cases))
	}
	failed := 0
	for _, c := range cases {
		_, err := st.Cypher(ctx, c.query, nil, graph.ConsoleLimits{})
		if !errors.Is(err, graph.ErrInvalid) {
			failed++
			if failed <= 20 {
				t.Errorf("%s: %q: err = %v, want a 4xx refusal", c.class, c.query, err)
			}
		}
	}
	// The same queries past the lexical check: the plan check, the
	// database and the read transaction refuse them on their own.
	var behind []bypassCase
	for _, c := range cases {
		if c.behind {
			behind = append(behind, c)
		}
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := atomic.Int64{}
	for range 4 {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(behind) {
					return
				}
				c := behind[i]
				_, err := st.CypherUnchecked(ctx, c.query)
				if !errors.Is(err, graph.ErrInvalid) {
					mu.Lock()
					failed++
					if failed <= 40 {
						t.Errorf("past the lexical check, %s: %q: err = %v, want a 4xx refusal", c.class, c.query, err)
					}
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if failed > 0 {
		t.Fatalf("%d of %d generated bypasses were not refused", failed, len(cases)+len(behind))
	}
	t.Logf("%d generated bypasses refused by the console, %d of them again past its lexical check (%d separators, %d statements)",
		len(cases), len(behind), len(separators()), len(refusedStatements))
	lis.assertUntouched(t)
	if after := graphState(t, st); after != before {
		t.Fatalf("the graph changed:\nbefore %s\nafter  %s", before, after)
	}
}
