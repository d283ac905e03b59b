package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parley-dev/parley/gdelt"
	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/synth"
)

func TestJSONLReaderReportsBadLines(t *testing.T) {
	good := `{"id":"r1","source":{"url":null,"title":"t","publisher":"p","published":"2024-05-01"},"actors":[{"name":"A B","kind":"person"},{"name":"C D","kind":"person"}],"negotiations":[],"meetings":[{"participants":["A B","C D"],"place":null,"date":"2024-05-01","status":"held","mode":"call","evidence":"e"}]}`
	input := strings.Join([]string{
		good,
		`{"id":"r2",`, // malformed JSON
		``,            // blank: skipped, not an error
		strings.Replace(good, `"r1"`, `"r3"`, 1),
		strings.Replace(good, `"kind":"person"`, `"kind":"robot"`, 1), // invalid record
		strings.Replace(good, `"title":"t"`, `"title":"t","extra":1`, 1),
		strings.Replace(good, `"r1"`, `"r7"`, 1),
	}, "\n")
	var bad []*store.LineError
	rd := store.NewJSONLReader(strings.NewReader(input), func(e *store.LineError) { bad = append(bad, e) })
	var ids []string
	var lines []int
	for {
		it, ok, err := rd.Next()
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		ids, lines = append(ids, it.Record.ID), append(lines, it.Line)
	}
	if strings.Join(ids, ",") != "r1,r3,r7" || lines[0] != 1 || lines[1] != 4 || lines[2] != 7 {
		t.Errorf("read %v on lines %v, want r1,r3,r7 on 1,4,7", ids, lines)
	}
	want := map[int]string{2: "malformed JSON", 5: "kind", 6: "extra"}
	if len(bad) != len(want) {
		t.Fatalf("bad lines %v, want 2, 5, 6", bad)
	}
	for _, e := range bad {
		if w, ok := want[e.Line]; !ok || !strings.Contains(e.Error(), w) {
			t.Errorf("line %d: %v, want an error about %q", e.Line, e, w)
		}
	}
}

// testItems is a small synthetic set plus the GDELT sample file.
func testItems(t *testing.T, meetings int) []store.BulkItem {
	t.Helper()
	var items []store.BulkItem
	err := synth.Generate(synth.Config{Seed: 5, Actors: 60, Meetings: meetings, Places: 20}, func(r graph.Record) error {
		items = append(items, store.BulkItem{Line: len(items) + 1, Record: r})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../../gdelt/testdata/sample.export.CSV")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rd := gdelt.NewReader(f, nil)
	for {
		ev, ok, err := rd.Next()
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		r, mid, err := gdelt.Record(ev)
		if errors.Is(err, gdelt.ErrSkip) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, store.BulkItem{Line: ev.Line, Record: r, MeetingID: mid, AdoptKind: true})
	}
	return items
}

func bulkImport(ctx context.Context, st *store.Store, items []store.BulkItem, opts store.BulkOptions) (store.BulkStats, error) {
	i := 0
	return st.NewBulkImporter(opts).Import(ctx, func() (store.BulkItem, bool, error) {
		if i == len(items) {
			return store.BulkItem{}, false, nil
		}
		i++
		return items[i-1], true, nil
	})
}

func dump(t *testing.T, st *store.Store) []string {
	t.Helper()
	d, err := st.BulkDump(graphtest.Context(t))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func sameDump(t *testing.T, what string, want, got []string) {
	t.Helper()
	if strings.Join(want, "\n") == strings.Join(got, "\n") {
		return
	}
	w := map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	g := map[string]bool{}
	for _, l := range got {
		g[l] = true
	}
	n := 0
	for _, l := range got {
		if !w[l] && n < 5 {
			t.Errorf("%s: extra  %s", what, l)
			n++
		}
	}
	for _, l := range want {
		if !g[l] && n < 10 {
			t.Errorf("%s: missing %s", what, l)
			n++
		}
	}
	t.Fatalf("%s: %d lines, want %d", what, len(got), len(want))
}

// The bulk import writes what loading the records one by one writes.
func TestBulkImportMatchesLoadRecord(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	items := testItems(t, 150)
	for _, it := range items {
		if _, err := st.LoadRecord(ctx, it.Record); err != nil {
			t.Fatal(err)
		}
	}
	perRecord := dump(t, st)
	if err := st.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	// Without the GDELT meeting ids, which only the bulk path knows.
	var plain []store.BulkItem
	for _, it := range items {
		it.MeetingID = ""
		plain = append(plain, it)
	}
	stats, err := bulkImport(ctx, st, plain, store.BulkOptions{BatchMeetings: 40})
	if err != nil {
		t.Fatal(err)
	}
	sameDump(t, "bulk vs per-record", perRecord, dump(t, st))
	// The import counts each meeting it created once, however many
	// records and batches told it, as the graph does.
	res, err := st.Cypher(ctx, "MATCH (m:Meeting) RETURN count(m) AS n", nil, graph.ConsoleLimits{})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Rows[0][0]; fmt.Sprint(n) != fmt.Sprint(stats.Meetings) || stats.Updates < 0 {
		t.Errorf("bulk import counted %d new meetings (%d updates); the graph holds %v", stats.Meetings, stats.Updates, n)
	}
}

// Importing again changes nothing, and an import killed midway and run
// again ends with exactly the graph of one clean run.
func TestBulkImportIsIdempotentAndResumable(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	items := testItems(t, 200)
	opts := store.BulkOptions{BatchMeetings: 30}
	stats, err := bulkImport(ctx, st, items, opts)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Batches < 5 || stats.Items != len(items) {
		t.Fatalf("stats %+v for %d items", stats, len(items))
	}
	clean := dump(t, st)
	if !strings.Contains(strings.Join(clean, "\n"), `"id":"gdelt:1001"`) {
		t.Fatal("GDELT meeting gdelt:1001 missing")
	}
	again, err := bulkImport(ctx, st, items, opts)
	if err != nil {
		t.Fatal(err)
	}
	sameDump(t, "re-import", clean, dump(t, st))
	if again.Meetings != 0 {
		t.Errorf("re-import counted %d new meetings, want 0", again.Meetings)
	}

	if err := st.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	kctx, kill := context.WithCancel(ctx)
	killed := opts
	killed.Progress = func(p store.BulkProgress) {
		if p.Batches == 3 {
			kill()
		}
	}
	if _, err := bulkImport(kctx, st, items, killed); err == nil {
		t.Fatal("the killed import did not stop")
	}
	if partial := dump(t, st); len(partial) == 0 || len(partial) >= len(clean) {
		t.Fatalf("killed import left %d lines, clean run %d", len(partial), len(clean))
	}
	if _, err := bulkImport(ctx, st, items, opts); err != nil {
		t.Fatal(err)
	}
	sameDump(t, "killed then rerun", clean, dump(t, st))
}
