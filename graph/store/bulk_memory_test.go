package store_test

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
)

// A batch that needs more memory than Neo4j allows one transaction is
// written in halves, down to what fits, and leaves the graph that one
// transaction leaves where memory is not short; a single record too big
// for any transaction is an error naming it and the limit, and writes
// nothing.
func TestBulkBatchTooBigForTransactionMemory(t *testing.T) {
	full := graphtest.Store(t)
	srv := graphtest.StartServer(t, "NEO4J_TX_MEMORY="+txMemory)
	short := srv.Store()
	ctx := graphtest.Context(t)
	items := testItems(t, 400)
	opts := store.BulkOptions{BatchMeetings: 10000} // one batch
	want, err := bulkImport(ctx, full, items, opts)
	if err != nil {
		t.Fatal(err)
	}
	if want.Batches != 1 {
		t.Fatalf("the whole set took %d batches where memory is not short, want 1", want.Batches)
	}
	got, err := bulkImport(ctx, short, items, opts)
	if err != nil {
		t.Fatalf("with db.memory.transaction.max=%s: %v", txMemory, err)
	}
	t.Logf("with db.memory.transaction.max=%s: %+v", txMemory, got)
	// A meeting told by records on both sides of a split counts as new
	// once and as an update after, as across any two batches.
	if got.Batches < 2 || got.Items != want.Items || got.Meetings != want.Meetings || got.Updates < want.Updates {
		t.Errorf("with db.memory.transaction.max=%s: %+v, want the set split in two or more batches and the same items and new meetings as %+v", txMemory, got, want)
	}
	sameDump(t, "split batches vs one", dump(t, full), dump(t, short))
	if err := short.RebuildMet(ctx); err != nil {
		t.Fatal(err)
	}
	sameDump(t, "met-with rebuilt", dump(t, full), dump(t, short))

	// One meeting of 300 people is 44,850 pairs to fold in one
	// transaction.
	big := graph.Record{ID: "big-meeting", Source: graph.Source{Title: "t", Publisher: "p", Published: "2024-05-01"}}
	var names []string
	for i := range 300 {
		name := "Delegate " + strings.Repeat("x", i%7) + string(rune('A'+i%26)) + string(rune('a'+i/26))
		big.Actors = append(big.Actors, graph.Actor{Name: name, Kind: graph.Person})
		names = append(names, name)
	}
	big.Meetings = []graph.Meeting{{Participants: names, Date: "2024-05-01", Status: graph.Held, Mode: graph.InPerson, Evidence: "e"}}
	before := dump(t, short)
	_, err = bulkImport(ctx, short, []store.BulkItem{{Line: 1, Record: big}}, opts)
	if err == nil || !strings.Contains(err.Error(), "big-meeting") || !strings.Contains(err.Error(), "db.memory.transaction.max") {
		t.Errorf("a record too big for a transaction: %v, want an error naming it and the limit", err)
	}
	sameDump(t, "after the refused record", before, dump(t, short))

	// Loaded one record at a time, it is refused too, at once: a write
	// refused memory is not tried again (no retry is logged).
	var logged strings.Builder
	one, err := store.Open(store.Config{URI: srv.URI, QueryTimeout: time.Minute}, slog.New(slog.NewTextHandler(&logged, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close(ctx)
	_, err = one.LoadRecord(ctx, big)
	if err == nil || !strings.Contains(err.Error(), "db.memory.transaction.max") {
		t.Errorf("loading a record too big for a transaction: %v, want an error naming the limit", err)
	}
	if strings.Contains(logged.String(), "trying again") {
		t.Errorf("a write refused memory was tried again:\n%s", logged.String())
	}
	sameDump(t, "after the refused load", before, dump(t, short))
}

// txMemory is the test server's db.memory.transaction.max: less than the
// test set takes in one transaction, more than its smallest halves do.
const txMemory = "8m"
