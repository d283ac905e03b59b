package store_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/synth"
)

// The importer's files: one per label and type, the nodes numbered from 0
// in file order (--id-type=actual), a value quoted only when it must be
// (an empty string, which stays a property as the bulk path sets it; a
// comma, a quote, a line break) and absent values left empty, quotes
// doubled, and the files with a value spanning lines listed for
// --multiline-fields.
func TestOfflineWriterFiles(t *testing.T) {
	dir := t.TempDir()
	recs := graphtest.Fixture()
	recs[0].Meetings[0].Evidence = "They \"met\",\nat last."
	files := writeOffline(t, store.NewOfflineWriter(dir), recs)
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if got := len(files.Nodes) + len(files.Relationships); got != 22 {
		t.Errorf("%d files: %v %v", got, files.Nodes, files.Relationships)
	}
	if len(files.Multiline) != 1 || filepath.Base(files.Multiline[0]) != "reported_in.csv" {
		t.Errorf("multiline files %v, want reported_in.csv alone", files.Multiline)
	}
	if r := read("reported_in.csv"); !strings.HasPrefix(r, ":START_ID,:END_ID,evidence,") ||
		!strings.Contains(r, `"They ""met"",`+"\nat last.\"") {
		t.Errorf("reported_in.csv:\n%.600s", r)
	}
	src := strings.Split(read("sources.csv"), "\n")
	// the first node is 0; no text, no digest: empty, so the importer
	// sets neither property
	if src[0] != ":ID,id,url,title,publisher,published,text,digest" || !strings.HasPrefix(src[1], "0,") || !strings.HasSuffix(src[1], ",,") {
		t.Errorf("sources.csv: %q", src[:2])
	}
	// the ids go on from one node file to the next
	if act := strings.Split(read("actors.csv"), "\n"); !strings.HasPrefix(act[1], strconv.Itoa(len(src)-2)+",") {
		t.Errorf("actors.csv after %d sources: %q", len(src)-2, act[1])
	}
	args := strings.Join(files.ImportArgs(), " ")
	for _, want := range []string{"--id-type=actual", "--nodes=Source=" + filepath.Join(dir, "sources.csv"), "--nodes=" + filepath.Join(dir, "actors.csv"),
		"--relationships=MET_WITH=" + filepath.Join(dir, "met_with_0.csv"), "--relationships=MET_WITH=" + filepath.Join(dir, "met_with_3.csv"), "--multiline-fields=" + filepath.Join(dir, "reported_in.csv")} {
		if !strings.Contains(args, want) {
			t.Errorf("import arguments %s lack %s", args, want)
		}
	}
	if files.Stats.Items != len(recs) || files.Stats.Meetings == 0 || files.Stats.Actors == 0 {
		t.Errorf("stats %+v", files.Stats)
	}
}

// A list element holding the array delimiter cannot be written: refused,
// naming the line and the record.
func TestOfflineWriterRefusesTheArrayDelimiter(t *testing.T) {
	ctx := context.Background()
	w := store.NewOfflineWriter(t.TempDir())
	recs := graphtest.Fixture()
	r := recs[1]
	r.Actors = append([]graph.Actor(nil), r.Actors...)
	r.Actors[0].Aliases = append(r.Actors[0].Aliases, "The"+string(store.ArrayDelimiter)+"Other")
	err := w.Add(ctx, store.BulkItem{Line: 7, Record: r})
	if err == nil {
		_, err = w.Close(ctx)
	}
	if err == nil || !strings.Contains(err.Error(), "line 7") || !strings.Contains(err.Error(), r.ID) {
		t.Fatalf("got %v, want a refusal naming line 7 and %s", err, r.ID)
	}
}

// The files do not depend on how the items are batched: planned in one
// batch, or in many small ones each folded in while the next is planned
// (run with -race, this also checks that the two do not share memory).
func TestOfflineWriterBatchingChangesNothing(t *testing.T) {
	var recs []graph.Record
	recs = append(recs, graphtest.Fixture()...)
	if err := synth.Generate(synth.Config{Seed: 7, Actors: 300, Meetings: 3000, Places: 40, Hubs: 2}, func(r graph.Record) error {
		recs = append(recs, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	write := func(batch int) (string, store.OfflineFiles) {
		dir := t.TempDir()
		return dir, writeOffline(t, store.NewOfflineWriter(dir).WithBatch(batch), recs)
	}
	oneDir, one := write(len(recs))
	manyDir, many := write(97)
	if one.Stats != many.Stats || len(one.MetLists) != len(many.MetLists) {
		t.Errorf("stats %+v and %d lists in one batch, %+v and %d in many", one.Stats, len(one.MetLists), many.Stats, len(many.MetLists))
	}
	if one.Stats.Meetings < 1000 {
		t.Fatalf("only %d meetings: the test needs many batches", one.Stats.Meetings)
	}
	for _, in := range append(one.Nodes, one.Relationships...) {
		name := filepath.Base(in.Path)
		a, errA := os.ReadFile(filepath.Join(oneDir, name))
		b, errB := os.ReadFile(filepath.Join(manyDir, name))
		if errA != nil || errB != nil {
			t.Fatal(errA, errB)
		}
		if string(a) != string(b) {
			t.Errorf("%s differs between one batch (%d bytes) and many (%d bytes)", name, len(a), len(b))
		}
	}
}

// writeOffline adds recs to w, one per line, and closes it.
func writeOffline(t *testing.T, w *store.OfflineWriter, recs []graph.Record) store.OfflineFiles {
	t.Helper()
	ctx := context.Background()
	for i, r := range recs {
		if err := w.Add(ctx, store.BulkItem{Line: i + 1, Record: r}); err != nil {
			t.Fatal(err)
		}
	}
	files, err := w.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// A pair met at one place, undated only, has every place list in the
// importer's files (placeLast holds "-", which sorts before every date as
// the empty string would, and which the importer can write as a list's
// only element): none is left for FinishOffline to set.
func TestOfflineWriterWritesUndatedPlaceLists(t *testing.T) {
	dir := t.TempDir()
	recs := graphtest.Fixture()[:1]
	recs[0].Meetings = append([]graph.Meeting(nil), recs[0].Meetings...)
	for i := range recs[0].Meetings {
		recs[0].Meetings[i].Date = ""
	}
	files := writeOffline(t, store.NewOfflineWriter(dir), recs)
	if len(files.MetLists) != 0 {
		t.Errorf("%d place lists left to set after the import, want none: %v", len(files.MetLists), files.MetLists)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "met_with_*.csv"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no met_with files (%v)", err)
	}
	var lines []string
	col := -1
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		ls := strings.Split(strings.TrimSpace(string(data)), "\n")
		if col = slices.Index(strings.Split(ls[0], ","), "placeLast:string[]"); col < 0 {
			t.Fatalf("%s has no placeLast column:\n%s", path, data)
		}
		lines = append(lines, ls[1:]...)
	}
	single := 0
	for _, l := range lines {
		f := strings.Split(l, ",")
		if len(f) <= col {
			t.Fatalf("met_with.csv row %q is short", l)
		}
		dates := strings.Split(f[col], string(store.ArrayDelimiter))
		if slices.ContainsFunc(dates, func(d string) bool { return d != "-" }) {
			t.Errorf("met_with.csv row %q: placeLast %q, want - for each place", l, f[col])
		}
		if len(dates) == 1 {
			single++
		}
	}
	if single == 0 {
		t.Error("no pair met at a single place: the test needs one")
	}
}
