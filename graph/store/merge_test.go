package store_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
)

func TestMergeThenSplitRestoresTheGraph(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	loadSeed(t, st)
	other := graph.Record{
		ID:     "other",
		Source: graph.Source{Publisher: "AP", Published: "2024-06-02"},
		Actors: []graph.Actor{
			{Name: "W. Burns", Kind: graph.Person, Affiliation: "United States",
				Positions: []graph.Position{{Title: "Director", Organization: "CIA"}}},
			{Name: "David Barnea", Kind: graph.Person},
			{Name: "United States", Kind: graph.State},
			{Name: "CIA", Kind: graph.Organization},
		},
		Meetings: []graph.Meeting{{Participants: []string{"W. Burns", "David Barnea"}, Place: "Cairo", Date: "2024-06-01", Status: graph.Held, Evidence: "W. Burns met Barnea in Cairo."}},
	}
	if _, err := st.LoadRecord(ctx, other); err != nil {
		t.Fatal(err)
	}
	before, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(before, func(s string) bool { return strings.Contains(s, "person:w-burns") }) {
		t.Fatal("W. Burns was not loaded as an actor of its own")
	}

	info, err := st.MergeActors(ctx, "person:william-burns", "person:w-burns", "analyst@example.org")
	if err != nil {
		t.Fatal(err)
	}
	res, err := st.Met(ctx, "person:william-burns", graph.MetFilter{With: "person:david-barnea"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Counterparts) != 1 || res.Counterparts[0].Count != 2 {
		t.Fatalf("after the merge William Burns met Barnea %+v, want twice (Paris and Cairo)", res.Counterparts)
	}
	p, err := st.Profile(ctx, "person:william-burns", "")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(p.Aliases, "W. Burns") {
		t.Errorf("aliases after the merge: %v", p.Aliases)
	}
	if _, err := st.Profile(ctx, "person:w-burns", ""); !errors.Is(err, graph.ErrNotFound) {
		t.Fatalf("the merged-away actor is still there: %v", err)
	}
	merges, err := st.Merges(ctx, 10, 0)
	if err != nil || merges.Total != 1 || merges.Items[0].By != "analyst@example.org" || merges.Items[0].Undone ||
		merges.Items[0].GoneName != "W. Burns" || merges.Items[0].KeepName != "William Burns" {
		t.Fatalf("merge log: %+v %v", merges, err)
	}

	if _, err := st.SplitActors(ctx, info.ID, "editor@example.org"); err != nil {
		t.Fatal(err)
	}
	after, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(before, after) {
		for _, s := range before {
			if !slices.Contains(after, s) {
				t.Errorf("lost: %s", s)
			}
		}
		for _, s := range after {
			if !slices.Contains(before, s) {
				t.Errorf("gained: %s", s)
			}
		}
		t.Fatal("merge then split did not restore the graph")
	}
	merges, _ = st.Merges(ctx, 10, 0)
	if !merges.Items[0].Undone || merges.Items[0].UndoneBy != "editor@example.org" {
		t.Fatalf("merge log after the split: %+v", merges.Items[0])
	}
	if _, err := st.SplitActors(ctx, info.ID, "x"); !errors.Is(err, graph.ErrInvalid) {
		t.Fatalf("undoing twice: %v", err)
	}
	if _, err := st.MergeActors(ctx, "person:william-burns", "state:israel", "x"); !errors.Is(err, graph.ErrInvalid) {
		t.Fatalf("merging a person with a state: %v", err)
	}
}

func TestAutomaticMergesAreListedAndUndoable(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	a := graph.Record{ID: "a", Source: graph.Source{Published: "2024-05-25"}, Actors: []graph.Actor{
		{Name: "William Burns", Kind: graph.Person}, {Name: "David Barnea", Kind: graph.Person},
	}, Meetings: []graph.Meeting{{Participants: []string{"William Burns", "David Barnea"}, Place: "Paris", Date: "2024-05-24", Status: graph.Held}}}
	b := graph.Record{ID: "b", Source: graph.Source{Published: "2024-06-02"}, Actors: []graph.Actor{
		{Name: "Burns", Kind: graph.Person}, {Name: "Ann Other", Kind: graph.Person}, {Name: "David Barnea", Kind: graph.Person},
	}, Meetings: []graph.Meeting{
		{Participants: []string{"Burns", "Ann Other"}, Place: "Cairo", Date: "2024-06-01", Status: graph.Held},
		{Participants: []string{"Burns", "David Barnea"}, Place: "Paris", Date: "2024-05-24", Status: graph.Held},
	}}
	for _, r := range []graph.Record{a, b} {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	merges, err := st.Merges(ctx, 10, 0)
	if err != nil || merges.Total != 1 || !merges.Items[0].Auto || merges.Items[0].Record != "b" || merges.Items[0].KeepID != "person:william-burns" {
		t.Fatalf("merge log: %+v %v", merges.Items, err)
	}
	met := func() map[string]int {
		res, err := st.Met(ctx, "person:william-burns", graph.MetFilter{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, c := range res.Counterparts {
			out[c.Actor.Name] = c.Count
		}
		return out
	}
	if m := met(); m["Ann Other"] != 1 || m["David Barnea"] != 1 {
		t.Fatalf("William Burns met %v, want Ann Other once and Barnea once (b's Paris report joins a's meeting)", m)
	}
	before, _ := st.Count(ctx)
	if _, err := st.LoadRecord(ctx, b); err != nil {
		t.Fatal(err)
	}
	if after, _ := st.Count(ctx); after != before {
		t.Fatalf("loading b again changed the graph: %+v → %+v", before, after)
	}

	if _, err := st.SplitActors(ctx, merges.Items[0].ID, "editor"); err != nil {
		t.Fatal(err)
	}
	if m := met(); m["Ann Other"] != 0 {
		t.Fatalf("after undoing, William Burns still met Ann Other: %v", m)
	}
	res, err := st.Met(ctx, "person:burns", graph.MetFilter{})
	if err != nil {
		t.Fatal(err)
	}
	burnsMet := map[string]bool{}
	for _, c := range res.Counterparts {
		burnsMet[c.Actor.Name] = true
	}
	// The Paris report stays joined to the Paris meeting it matched while
	// the merge stood, so both Burnses are shown at it.
	if !burnsMet["Ann Other"] || !burnsMet["David Barnea"] {
		t.Fatalf("after undoing, the Burns of record b met %v", burnsMet)
	}
	before, _ = st.Count(ctx)
	if _, err := st.LoadRecord(ctx, b); err != nil {
		t.Fatal(err)
	}
	if after, _ := st.Count(ctx); after != before {
		t.Fatalf("loading b after the undo changed the graph: %+v → %+v", before, after)
	}
	if merges, _ := st.Merges(ctx, 10, 0); merges.Total != 1 {
		t.Fatalf("reloading after an undo merged again: %+v", merges.Items)
	}
}

func TestConcurrentMergesOfOnePairMergeOnce(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	loadSeed(t, st)
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			_, err := st.MergeActors(ctx, "person:william-burns", "person:david-barnea", "x")
			errs <- err
		}()
	}
	ok := 0
	for range 4 {
		if err := <-errs; err == nil {
			ok++
		} else if !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("a losing merge failed with %v, want not found", err)
		}
	}
	merges, err := st.Merges(ctx, 10, 0)
	if err != nil || ok != 1 || merges.Total != 1 {
		t.Fatalf("%d merges succeeded, %d logged (%v), want one", ok, merges.Total, err)
	}
}
