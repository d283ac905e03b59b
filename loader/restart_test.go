package loader_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/loader"
)

var zeroTime time.Time

// killAfter cancels the load after some records, as a kill would.
type killAfter struct {
	loader.Store
	after  int
	kill   context.CancelFunc
	loaded *int
}

func (k *killAfter) LoadRecord(ctx context.Context, r graph.Record) (store.LoadStats, error) {
	if *k.loaded == k.after {
		k.kill()
		return store.LoadStats{}, ctx.Err()
	}
	*k.loaded++
	return k.Store.LoadRecord(ctx, r)
}

// TestLoadKilledMidwayThenRerun: a load stopped after some records, then
// run again, ends with exactly the graph of one clean load.
func TestLoadKilledMidwayThenRerun(t *testing.T) {
	st := graphtest.Store(t)
	dir := t.TempDir()
	for _, r := range graphtest.Fixture() {
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, r.ID+".json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	log := slog.New(slog.DiscardHandler)
	ctx := graphtest.Context(t)
	if _, err := loader.Load(ctx, st, []string{dir}, log); err != nil {
		t.Fatal(err)
	}
	clean, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}

	if err := st.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if err := st.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	kctx, kill := context.WithCancel(ctx)
	var loaded int
	sum, err := loader.Load(kctx, &killAfter{Store: st, after: 3, kill: kill, loaded: &loaded}, []string{dir}, log)
	if err == nil || sum.Loaded >= len(graphtest.Fixture()) {
		t.Fatalf("the interrupted load finished: %+v %v", sum, err)
	}
	if _, err := loader.Load(ctx, st, []string{dir}, log); err != nil {
		t.Fatal(err)
	}
	again, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(clean, again) {
		for i := range clean {
			if i < len(again) && clean[i] != again[i] {
				t.Errorf("clean: %s\nrerun: %s", clean[i], again[i])
				break
			}
		}
		t.Fatalf("interrupted then rerun differs from one clean load (%d vs %d lines)", len(again), len(clean))
	}
}
