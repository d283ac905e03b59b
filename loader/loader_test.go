package loader_test

import (
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/loader"
)

const goodRecord = `{"id": "good", "source": {"url": null, "title": "t", "publisher": "p", "published": "2024-05-25"},
 "actors": [{"name": "Ann Example", "kind": "person"}, {"name": "Ben Example", "kind": "person"}],
 "negotiations": [],
 "meetings": [{"participants": ["Ann Example", "Ben Example"], "place": null, "date": "2024-05-24",
   "status": "held", "mode": "call", "evidence": "Ann called Ben."}]}`

func TestDecodeNamesTheProblem(t *testing.T) {
	for name, tc := range map[string]struct{ json, want string }{
		"malformed":     {`{"id": "x", "actors": [`, "malformed JSON"},
		"wrong type":    {`{"id": 7}`, "id must be string"},
		"nested type":   {`{"id": "x", "actors": [{"name": "A", "kind": "person", "aliases": "A"}]}`, "actors.aliases must be []string"},
		"unknown field": {`{"id": "x", "actorz": []}`, "actorz is not a field"},
		"bad date":      {strings.Replace(goodRecord, "2024-05-24", "2024-05-32", 1), "meetings[0].date"},
		"stranger":      {strings.Replace(goodRecord, `["Ann Example", "Ben Example"]`, `["Ann Example", "Cy"]`, 1), `meetings[0].participants[1] "Cy" is not among`},
		"trailing":      {goodRecord + ` {}`, "data after the record"},
		"empty":         {``, "ends before the record"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := loader.Decode(strings.NewReader(tc.json))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to say %q", err, tc.want)
			}
		})
	}
	if _, err := loader.Decode(strings.NewReader(goodRecord)); err != nil {
		t.Fatalf("good record: %v", err)
	}
}

func TestLoadFolderKeepsGoodRecords(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	dir := t.TempDir()
	files := map[string]string{
		"a-good.json":   goodRecord,
		"b-bad.json":    strings.Replace(goodRecord, `"kind": "person"}]`, `"kind": "planet"}]`, 1),
		"c-broken.json": `{"id": `,
		"notes.txt":     "not a record",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := loader.Load(ctx, st, []string{dir}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != 1 || len(sum.Failed) != 2 {
		t.Fatalf("loaded %d, failed %v", sum.Loaded, sum.Failed)
	}
	if f := sum.Failed[0]; !strings.HasSuffix(f.File, "b-bad.json") || !strings.Contains(f.Err.Error(), "actors[1].kind") || !errors.Is(f.Err, graph.ErrInvalid) {
		t.Errorf("first failure %s: %v", f.File, f.Err)
	}
	res, err := st.Met(ctx, "Ann Example", graph.MetFilter{})
	if err != nil || len(res.Counterparts) != 1 {
		t.Fatalf("the good record is not in the graph: %+v %v", res, err)
	}
	before, _ := st.Count(ctx)
	if _, err := loader.Load(ctx, st, []string{dir}, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	if after, _ := st.Count(ctx); after != before {
		t.Fatalf("loading the folder again changed the graph: %+v → %+v", before, after)
	}
	if _, err := loader.Load(ctx, st, []string{filepath.Join(dir, "missing")}, slog.New(slog.DiscardHandler)); err == nil {
		t.Fatal("a missing path loaded without error")
	}
}
