package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
)

// snapshot is the Office of the Historian data beside the repository.
func snapshot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../../shared/data/historyatstate")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "travels")); err != nil {
		t.Skipf("no Office of the Historian snapshot at %s", dir)
	}
	return dir
}

func importArgs(t *testing.T, args ...string) string {
	t.Helper()
	e := env(map[string]string{"NEO4J_URI": os.Getenv(graphtest.URIEnv), "PARLEY_LOG_LEVEL": "warn"})
	var out, errs bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := run(ctx, append([]string{"import"}, args...), e, strings.NewReader(""), &out, &errs); err != nil {
		t.Fatalf("import: %v\n%s\n%s", err, out.String(), errs.String())
	}
	return out.String()
}

// TestImportHistorianSnapshot imports the whole shared snapshot through
// `parley import`, checks what it reports and a dozen facts checked by
// hand in the XML, then imports it again: nothing changes.
func TestImportHistorianSnapshot(t *testing.T) {
	dir := snapshot(t)
	st := graphtest.Store(t)
	t0 := time.Now()
	out := importArgs(t, dir)
	took := time.Since(t0)
	// The imports have their own deadline (importArgs); the queries after
	// each get theirs, so that a slow import on a loaded machine does not
	// eat the queries' time.
	ctx := graphtest.Context(t)
	t.Logf("%s(took %s)", out, took)
	m := regexp.MustCompile(`imported (\d+) records \((\d+) meetings new to the graph and \d+ updates of known ones, \d+ actors of which (\d+) persons`).FindStringSubmatch(out)
	if m == nil || m[1] != "7535" {
		t.Fatalf("want 7,535 records (4,271 trips and 3,264 visits): %s", out)
	}
	if !strings.Contains(out, "could not read 0,") {
		t.Errorf("the snapshot reads whole: %s", out)
	}
	before, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}

	q := func(query string, params map[string]any) []map[string]any {
		t.Helper()
		res, err := st.Cypher(ctx, query, params, graph.ConsoleLimits{Rows: 1000, Bytes: 8 << 20, Timeout: time.Minute})
		if err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		var rows []map[string]any
		for _, r := range res.Rows {
			row := map[string]any{}
			for i, c := range res.Columns {
				row[c] = r[i]
			}
			rows = append(rows, row)
		}
		return rows
	}
	// met returns, for a meeting reported by one source, its date, place
	// and participants' names.
	met := func(source string) (date, place string, who []string) {
		t.Helper()
		rows := q(`MATCH (m:Meeting)-[:REPORTED_IN]->(:Source {id: $s})
OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
RETURN m.date AS date, p.name AS place, [(a)-[:ATTENDED]->(m) | a.name] AS who ORDER BY size(who) DESC LIMIT 1`, map[string]any{"s": source})
		if len(rows) == 0 {
			t.Fatalf("no meeting from %s", source)
		}
		for _, w := range rows[0]["who"].([]any) {
			who = append(who, w.(string))
		}
		p, _ := rows[0]["place"].(string)
		return rows[0]["date"].(string), p, who
	}
	has := func(list []string, names ...string) bool {
		for _, n := range names {
			found := false
			for _, x := range list {
				found = found || x == n
			}
			if !found {
				return false
			}
		}
		return true
	}
	post := func(person, state string) []string {
		t.Helper()
		var out []string
		for _, r := range q(`MATCH (:Person {name: $p})-[r:HOLDS_POSITION]->(o {name: $s}) RETURN r.title AS t ORDER BY t`, map[string]any{"p": person, "s": state}) {
			out = append(out, r["t"].(string))
		}
		return out
	}

	// Trip 4282 (rubio-marco.xml): San Salvador, 2025-02-03 to 02-04.
	if d, p, who := met("historian-trip-4282"); d != "2025-02-03/2025-02-04" || p != "San Salvador" || !has(who, "Marco Rubio", "Nayib Bukele", "Alexandra Hill Tinoco") {
		t.Errorf("trip 4282: %s %s %v", d, p, who)
	}
	if p := post("Alexandra Hill Tinoco", "El Salvador"); len(p) != 1 || p[0] != "Foreign Minister" {
		t.Errorf("Hill Tinoco's posts: %v", p)
	}
	// Trip 2011 era: Kissinger met Sadat and Fahmy in Egypt.
	rows := q(`MATCH (k:Person {name: 'Henry A. Kissinger'})-[:ATTENDED]->(m)<-[:ATTENDED]-(s:Person)-[:HOLDS_POSITION {title: 'President'}]->(:State {name: 'Egypt'})
WHERE s.name CONTAINS 'Sadat' RETURN count(DISTINCT m) AS n`, nil)
	// kissinger-henry-a.xml: eight trips name Sadat, seven "with" him and
	// one "Briefed President Sadat".
	if n, _ := rows[0]["n"].(int64); n != 8 {
		t.Errorf("Kissinger met Sadat %d times, want 8", n)
	}
	// The 2010 Nuclear Security Summit is one meeting of dozens of leaders.
	rows = q(`MATCH (m:Meeting)-[:REPORTED_IN]->(s:Source) WHERE s.text = 'Attended the Nuclear Security Summit.' AND m.dateStart STARTS WITH '2010'
RETURN count(DISTINCT m) AS meetings, COUNT { (m)<-[:ATTENDED]-(:Person) } AS persons ORDER BY persons DESC LIMIT 1`, nil)
	if n, _ := rows[0]["meetings"].(int64); n != 1 {
		t.Errorf("2010 summit: %v", rows)
	}
	if n, _ := rows[0]["persons"].(int64); n < 30 {
		t.Errorf("2010 summit has %d attendees: %v", n, rows)
	}
	// Visit by Manmohan Singh: his post, India's.
	if p := post("Manmohan Singh", "India"); !slices.Contains(p, "Prime Minister") {
		t.Errorf("Singh's posts: %v", p)
	}
	// "Met with President Clinton during a private visit": the sitting
	// President, known from the terms.
	rows = q(`MATCH (c:Person {name: 'William J. Clinton'})-[r:HOLDS_POSITION {title: 'President'}]->(:State {name: 'United States'}) RETURN r.start AS s, r.end AS e`, nil)
	if len(rows) != 1 || rows[0]["s"] != "1993-01-20" || rows[0]["e"] != "2001-01-20" {
		t.Errorf("Clinton's presidency: %v", rows)
	}
	// One node per person: Bush and Bush, Castro and Castro stay apart;
	// Zelenskyy under every spelling is one.
	for _, name := range []string{"George H.W. Bush", "George W. Bush", "Juan Melgar Castro", "Raul Castro", "Volodymyr Zelenskyy"} {
		if rows := q(`MATCH (p:Person {name: $n}) RETURN p.id AS id`, map[string]any{"n": name}); len(rows) != 1 {
			t.Errorf("%s: %d nodes", name, len(rows))
		}
	}
	// "Premier Castro" of Cuba (1959) is neither Honduras's Juan Melgar
	// Castro (1977) nor Raul Castro (2015).
	rows = q(`MATCH (p:Person) WHERE p.name CONTAINS 'Castro'
MATCH (p)-[:HOLDS_POSITION]->(o:State) RETURN p.name AS name, collect(DISTINCT o.name) AS states`, nil)
	for _, r := range rows {
		if len(r["states"].([]any)) != 1 {
			t.Errorf("one Castro of several states: %v", r)
		}
	}
	rows = q(`MATCH (p:Person) WHERE p.name CONTAINS 'Bennett' MATCH (p)-[:HOLDS_POSITION]->(o:State) RETURN p.id AS id, collect(DISTINCT o.name) AS states`, nil)
	for _, r := range rows {
		if len(r["states"].([]any)) != 1 {
			t.Errorf("one Bennett of several states: %v", r)
		}
	}
	// One state under its names.
	for _, name := range []string{"Korea", "Turkey", "U.S.S.R."} {
		if rows := q(`MATCH (s:State {name: $n}) RETURN s.id AS id`, map[string]any{"n": name}); len(rows) != 0 {
			t.Errorf("a state node named %q beside its canonical one", name)
		}
	}
	// Every automatic merge is in the merge log.
	merges, err := st.Merges(ctx, 1, 0)
	if err != nil || merges.Total == 0 || !merges.Items[0].Auto {
		t.Errorf("merge log: %+v %v", merges, err)
	}

	// Importing again changes nothing.
	if out := importArgs(t, dir); !strings.Contains(out, "unchanged since the last import 7535,") {
		t.Errorf("second import: %s", out)
	}
	ctx = graphtest.Context(t)
	after, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("a second import changed the graph: %+v → %+v", before, after)
	}
	if m2, _ := st.Merges(ctx, 1, 0); m2.Total != merges.Total {
		t.Errorf("a second import made %d more merges", m2.Total-merges.Total)
	}
}

// TestImportHistorianFixtures imports the reader's fixtures, a folder with
// a malformed file among them: the good records load, the bad element is
// reported with its file and line, and the summit is one meeting.
func TestImportHistorianFixtures(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	dir := t.TempDir()
	for _, f := range []string{"trips.xml", "visits.xml", "broken.xml"} {
		data, err := os.ReadFile(filepath.Join("../../historian/testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("# not data\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := importArgs(t, dir)
	if !strings.Contains(out, "imported 11 records") || !strings.Contains(out, "could not read 1,") ||
		!strings.Contains(out, "broken.xml:14: malformed XML") {
		t.Errorf("import said: %s", out)
	}
	res, err := st.Cypher(ctx, `MATCH (m:Meeting)-[:REPORTED_IN]->(s:Source) WHERE s.id IN ['historian-visit-10', 'historian-visit-11']
RETURN count(DISTINCT m) AS meetings, m.date AS date, COUNT { (m)<-[:ATTENDED]-(:Person) } AS persons`, nil, graph.ConsoleLimits{Rows: 10, Bytes: 1 << 20, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 || res.Rows[0][0] != int64(1) || res.Rows[0][1] != "2010-04-11/2010-04-13" || res.Rows[0][2] != int64(2) {
		t.Errorf("the 2010 summit: %v", res.Rows)
	}
	// The same trip under two ids (1 and 4) is one meeting with two reports.
	res, err = st.Cypher(ctx, `MATCH (m:Meeting)-[:REPORTED_IN]->(s:Source) WHERE s.id IN ['historian-trip-1', 'historian-trip-4']
RETURN count(DISTINCT m) AS meetings, count(s) AS reports`, nil, graph.ConsoleLimits{Rows: 10, Bytes: 1 << 20, Timeout: time.Minute})
	if err != nil || len(res.Rows) != 1 || res.Rows[0][0] != int64(1) || res.Rows[0][1] != int64(2) {
		t.Errorf("the duplicated trip: %v %v", res.Rows, err)
	}
	// A file named on the command line that is malformed is reported too.
	out = importArgs(t, filepath.Join(dir, "broken.xml"))
	if !strings.Contains(out, "broken.xml:14: malformed XML") {
		t.Errorf("import said: %s", out)
	}
}
