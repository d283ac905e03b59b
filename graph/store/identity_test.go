package store_test

import (
	"context"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
)

// visit is a record in the shape of a visit of the Office of the
// Historian: the visitor with a post of a state, meeting the United States.
func visit(id, name, title, state, date string) graph.Record {
	return graph.Record{ID: id, Source: graph.Source{Publisher: "test", Published: date},
		Actors: []graph.Actor{
			{Name: name, Kind: graph.Person, Positions: []graph.Position{{Title: title, Organization: state, Start: date, End: date}}},
			{Name: state, Kind: graph.State}, {Name: "United States", Kind: graph.State},
		},
		Meetings: []graph.Meeting{{Participants: []string{name, "United States"}, Place: "Washington", Date: date, Status: graph.Held, Mode: graph.InPerson, Evidence: "Working visit."}}}
}

// identityRecords are loaded in order: two Bushes, two Castros, two
// Bennetts, Zelenskyy under three spellings, one state under two names.
var identityRecords = []graph.Record{
	visit("v1", "George H. W. Bush", "President", "United States", "1990-01-01"),
	visit("v2", "George W. Bush", "President", "United States", "2002-01-01"),
	visit("v3", "Castro", "Premier", "Cuba", "1959-04-15"),
	visit("v4", "Juan Melgar Castro", "Chief of State", "Honduras", "1977-11-01"),
	visit("v5", "Bennett", "Prime Minister", "Canada", "1931-04-01"),
	visit("v6", "Naftali Bennett", "Prime Minister", "Israel", "2021-08-26"),
	visit("v7", "Zelenskyy", "President", "Ukraine", "2019-09-25"),
	visit("v8", "Volodymyr Zelenskyy", "President", "Ukraine", "2022-12-21"),
	visit("v9", "Zelensky", "President", "Ukraine", "2023-09-21"),
	visit("v10", "Yoon Suk Yeol", "President", "Korea", "2023-04-26"),
	visit("v11", "Lee Jae-myung", "President", "South Korea", "2025-08-25"),
}

func checkIdentities(t *testing.T, ctx context.Context, st *store.Store) {
	t.Helper()
	ref := func(name string) string {
		a, err := st.FindActor(ctx, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return a.ID
	}
	for _, pair := range [][2]string{{"George H. W. Bush", "George W. Bush"}, {"Juan Melgar Castro", "Castro"}, {"Naftali Bennett", "Bennett"}} {
		if a, b := ref(pair[0]), ref(pair[1]); a == b {
			t.Errorf("%s and %s are one node %s", pair[0], pair[1], a)
		}
	}
	if a, b := ref("Volodymyr Zelenskyy"), ref("Zelensky"); a != b {
		t.Errorf("Zelenskyy is two nodes: %s, %s", a, b)
	}
	if a, b := ref("Korea"), ref("South Korea"); a != b {
		t.Errorf("South Korea is two nodes: %s, %s", a, b)
	}
	merges, err := st.Merges(ctx, 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range merges.Items {
		if !m.Auto {
			t.Errorf("merge %+v is not automatic", m)
		}
		got = append(got, m.GoneName+"→"+m.KeepName)
	}
	// Zelenskyy's fuller name and second spelling are the only automatic
	// merges: every one of them is in the log, and nothing else is.
	if len(got) != 2 {
		t.Errorf("merge log %v, want Volodymyr Zelenskyy and Zelensky merged into Zelenskyy", got)
	}
}

func TestIdentityPerRecord(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	for _, r := range identityRecords {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	checkIdentities(t, ctx, st)
}

func TestIdentityBulk(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	items := make([]store.BulkItem, len(identityRecords))
	for i, r := range identityRecords {
		items[i] = store.BulkItem{Line: i + 1, Record: r}
	}
	importItems := func(items []store.BulkItem, batch int) store.BulkStats {
		i := 0
		stats, err := st.NewBulkImporter(store.BulkOptions{BatchMeetings: batch}).Import(ctx, func() (store.BulkItem, bool, error) {
			if i == len(items) {
				return store.BulkItem{}, false, nil
			}
			i++
			return items[i-1], true, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return stats
	}
	stats := importItems(items, 1000)
	if stats.AutoMerges != 2 {
		t.Errorf("bulk import made %d automatic merges, want 2", stats.AutoMerges)
	}
	checkIdentities(t, ctx, st)

	// Undoing a bulk merge gives the mention its node back, as on the
	// per-record path; importing again after that changes nothing.
	merges, _ := st.Merges(ctx, 100, 0)
	var undo graph.MergeInfo
	for _, m := range merges.Items {
		if m.GoneName == "Zelensky" {
			undo = m
		}
	}
	before, _ := st.Count(ctx)
	if _, err := st.SplitActors(ctx, undo.ID, "editor"); err != nil {
		t.Fatal(err)
	}
	z, err := st.FindActor(ctx, undo.GoneID)
	if err != nil || z.ID != undo.GoneID {
		t.Fatalf("after the undo, %s: %+v %v", undo.GoneID, z, err)
	}
	res, err := st.Met(ctx, undo.GoneID, graph.MetFilter{})
	if err != nil || len(res.Counterparts) != 1 || res.Counterparts[0].Actor.Name != "United States" {
		t.Errorf("the Zelensky of v9 after the undo met %+v (%v)", res.Counterparts, err)
	}
	after, _ := st.Count(ctx)
	if after.Nodes != before.Nodes+1 {
		t.Errorf("undo: %+v → %+v, want the mention's node back", before, after)
	}
	importItems(items, 3) // small batches: merges across batches
	if again, _ := st.Count(ctx); again != after {
		t.Errorf("importing again after the undo changed the graph: %+v → %+v", after, again)
	}
	if m, _ := st.Merges(ctx, 100, 0); m.Total != merges.Total {
		t.Errorf("importing again made merges: %d → %d", merges.Total, m.Total)
	}
}

// A mention merged away and, later in the same batch, another person
// whose node would take the merged-away id: the batch is cut between
// them, so the merge does not take the second person with it.
func TestBulkMergeDoesNotTakeALaterActorOfTheSameID(t *testing.T) {
	recs := []graph.Record{
		visit("r1", "Ziaur Rahman", "President", "Bangladesh", "1977-09-01"),
		visit("r2", "Rahman", "Prime Minister", "Bangladesh", "1974-10-01"), // merged into Ziaur Rahman
		visit("r3", "Rahman", "Prime Minister", "Malaysia", "1960-10-26"),   // another Rahman: person:rahman again
		visit("r4", "Mahathir Mohamad", "Prime Minister", "Malaysia", "1984-01-18"),
	}
	for _, bulk := range []bool{false, true} {
		st := graphtest.Store(t)
		ctx := graphtest.Context(t)
		if bulk {
			i := 0
			if _, err := st.NewBulkImporter(store.BulkOptions{}).Import(ctx, func() (store.BulkItem, bool, error) {
				if i == len(recs) {
					return store.BulkItem{}, false, nil
				}
				i++
				return store.BulkItem{Record: recs[i-1]}, true, nil
			}); err != nil {
				t.Fatal(err)
			}
		} else {
			for _, r := range recs {
				if _, err := st.LoadRecord(ctx, r); err != nil {
					t.Fatal(err)
				}
			}
		}
		p, err := st.Profile(ctx, "person:rahman", "")
		if err != nil {
			t.Fatalf("bulk %v: the Malaysian Rahman: %v", bulk, err)
		}
		for _, pos := range p.Positions {
			if pos.Organization.Name != "Malaysia" {
				t.Errorf("bulk %v: the Malaysian Rahman holds %+v", bulk, pos)
			}
		}
		z, err := st.Profile(ctx, "person:ziaur-rahman", "")
		if err != nil {
			t.Fatal(err)
		}
		for _, pos := range z.Positions {
			if pos.Organization.Name != "Bangladesh" {
				t.Errorf("bulk %v: Ziaur Rahman holds %+v", bulk, pos)
			}
		}
		if m, _ := st.Merges(ctx, 10, 0); m.Total != 1 {
			t.Errorf("bulk %v: %d merges, want Bangladesh's Rahman into Ziaur Rahman", bulk, m.Total)
		}
	}
}
