package store_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
)

// The importer's files: one per label and type with its id spaces, every
// string quoted (an empty string stays a property, as the bulk path sets
// it) but absent values unquoted, quotes doubled, and the files with a
// value spanning lines listed for --multiline-fields.
func TestOfflineWriterFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	w := store.NewOfflineWriter(dir)
	recs := graphtest.Fixture()
	recs[0].Meetings[0].Evidence = "They \"met\",\nat last."
	for i, r := range recs {
		if err := w.Add(ctx, store.BulkItem{Line: i + 1, Record: r}); err != nil {
			t.Fatal(err)
		}
	}
	files, err := w.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if got := len(files.Nodes) + len(files.Relationships); got != 19 {
		t.Errorf("%d files: %v %v", got, files.Nodes, files.Relationships)
	}
	if len(files.Multiline) != 1 || filepath.Base(files.Multiline[0]) != "reported_in.csv" {
		t.Errorf("multiline files %v, want reported_in.csv alone", files.Multiline)
	}
	if r := read("reported_in.csv"); !strings.HasPrefix(r, ":START_ID(Meeting),:END_ID(Source),:TYPE,") ||
		!strings.Contains(r, `"They ""met"",`+"\nat last.\"") {
		t.Errorf("reported_in.csv:\n%.600s", r)
	}
	src := strings.Split(read("sources.csv"), "\n")
	// no text, no digest: unquoted, so the importer sets neither property
	if !strings.HasPrefix(src[0], "id:ID(Source),") || !strings.HasSuffix(src[1], `,,,"Source"`) {
		t.Errorf("sources.csv: %q", src[:2])
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
