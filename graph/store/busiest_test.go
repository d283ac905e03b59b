package store_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
)

// The meeting counts kept on actors and negotiations equal their
// relationships after every kind of write — bulk and per-record loads,
// consolidation, a merge and its undo — and are rebuilt from the
// relationships on a database that lacks them.
func TestMeetingCountsMatchRelationships(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	want := func(when string) {
		t.Helper()
		errs, err := st.MeetingCountErrors(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(errs) > 0 {
			t.Errorf("%s: %d wrong counts: %v", when, len(errs), errs)
		}
	}
	first, refinements := dateClassRecords()
	var items []store.BulkItem
	for i, r := range first[:len(first)/2] {
		items = append(items, store.BulkItem{Line: i + 1, Record: r})
	}
	if _, err := bulkImport(ctx, st, items, store.BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	want("bulk import")
	for _, r := range append(append(first[len(first)/2:], graphtest.Fixture()...), refinements...) {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	want("per-record loads and consolidation")
	o, err := st.Overview(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	keep, gone := o.Actors[0], o.Actors[1]
	m, err := st.MergeActors(ctx, keep.ID, gone.ID, "test")
	if err != nil {
		t.Fatal(err)
	}
	want("merge")
	after, err := st.Overview(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if after.Actors[0].ID != keep.ID || after.Actors[0].Meetings <= keep.Meetings {
		t.Errorf("after merging %s (%d) into %s (%d) the busiest is %+v", gone.ID, gone.Meetings, keep.ID, keep.Meetings, after.Actors[0])
	}
	if _, err := st.SplitActors(ctx, m.ID, "test"); err != nil {
		t.Fatal(err)
	}
	want("undo")
	if err := st.DropMeetingCounts(ctx); err != nil {
		t.Fatal(err)
	}
	if errs, _ := st.MeetingCountErrors(ctx); len(errs) == 0 {
		t.Fatal("dropping the counts left them in place")
	}
	if err := st.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	want("rebuilt")
}

// Writers loading meetings of one actor at the same time each count it
// after the others committed: its count is exact. (The per-record path
// also locks the actor when it writes its properties; countMeetings locks
// it anyway, for the paths that do not.)
func TestMeetingCountsUnderConcurrentWriters(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	hub := graph.Actor{Name: "Hub Envoy", Kind: graph.Person}
	var wg sync.WaitGroup
	errs := make(chan error, 24)
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 4 {
				other := graph.Actor{Name: fmt.Sprintf("Visitor %c%c", 'A'+w, 'A'+i), Kind: graph.Person}
				id := fmt.Sprintf("hub-%d-%d", w, i)
				_, err := st.LoadRecord(ctx, graph.Record{ID: id,
					Source:       graph.Source{Title: id, Publisher: "Wire", URL: "https://example.org/" + id, Published: "2024-01-02"},
					Actors:       []graph.Actor{hub, other},
					Negotiations: []graph.Negotiation{{Topic: "Hub talks", Parties: []string{hub.Name, other.Name}}},
					Meetings: []graph.Meeting{{Participants: []string{hub.Name, other.Name}, Place: fmt.Sprintf("Town %d", w*4+i),
						Date: fmt.Sprintf("2023-%02d-%02d", 1+w, 1+i), Status: graph.Held, Evidence: "They met."}}})
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	o, err := st.Overview(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if o.Actors[0].Name != hub.Name || o.Actors[0].Meetings != 24 {
		t.Errorf("busiest: %+v, want %s with 24 meetings", o.Actors, hub.Name)
	}
	if errs, err := st.MeetingCountErrors(ctx); err != nil || len(errs) > 0 {
		t.Errorf("wrong counts: %v %v", errs, err)
	}
}
