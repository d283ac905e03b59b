package store_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
)

// TestStrongestPairsFollowEveryWrite keeps, in a second Store (another
// process for the database), the list of the graph's strongest pairs
// read before each write of the first: a bulk import, a record's load
// (consolidating meetings), a merge, a split, a rebuild of the
// aggregates. After each, the second Store's graphs equal those it
// computes without the list, and once it has read the list again it
// answers from it, with the same graphs.
func TestStrongestPairsFollowEveryWrite(t *testing.T) {
	st := graphtest.Store(t)
	other := graphtest.Store(t) // empties the database again, before any write
	ctx := graphtest.Context(t)
	w := newMetWorld(21)
	// Every node's pairs looked up, not walked, and a list of a few pairs:
	// the list decides, or is found not to, in graphs of a dozen actors.
	const scan = 4
	other.SetWalkPairs(-1)
	other.SetScanPairs(scan)
	var done struct{ bulk, loads, merges, splits, rebuilds, compared, decided, filled, ranked int }
	for step := 0; step < 20; step++ {
		other.WaitStrongest() // one a stale list started in the last step
		if err := other.KeepStrongest(ctx, scan); err != nil {
			t.Fatal(err)
		}
		before := other.StrongestToken()
		// Each kind of write in turn, on random records and actors.
		switch op := step % 5; {
		case step == 12:
			if err := st.RebuildMet(ctx); err != nil {
				t.Fatal(err)
			}
			done.rebuilds++
		case op == 0:
			var items []store.BulkItem
			for k := 1 + w.rng.IntN(6); k > 0; k-- {
				items = append(items, store.BulkItem{Line: len(items) + 1, Record: w.pick()})
			}
			if _, err := bulkImport(ctx, st, items, store.BulkOptions{BatchMeetings: 1 + w.rng.IntN(4)}); err != nil {
				t.Fatalf("step %d, bulk import: %v", step, err)
			}
			done.bulk++
		case op == 1 || op == 4:
			if _, err := st.LoadRecord(ctx, w.pick()); err != nil {
				t.Fatalf("step %d, load: %v", step, err)
			}
			done.loads++
		case op == 2:
			res, err := st.CypherUnchecked(ctx, `MATCH (a:Actor)-[:ATTENDED]->() WITH DISTINCT a RETURN a.id, a.kind ORDER BY a.id`)
			if err != nil {
				t.Fatal(err)
			}
			var keep, gone string
			for i, a := range res.Rows {
				for _, b := range res.Rows[i+1:] {
					if keep == "" && a[1] == b[1] && w.rng.IntN(3) == 0 {
						keep, gone = fmt.Sprint(a[0]), fmt.Sprint(b[0])
					}
				}
			}
			if keep == "" {
				continue
			}
			if _, err := st.MergeActors(ctx, keep, gone, "test"); err != nil {
				t.Fatalf("step %d, merge: %v", step, err)
			}
			done.merges++
		default:
			standing := standingMerges(ctx, t, st)
			if len(standing) == 0 {
				continue
			}
			_, err := st.SplitActors(ctx, standing[w.rng.IntN(len(standing))], "test")
			if errors.Is(err, graph.ErrInvalid) {
				continue
			}
			if err != nil {
				t.Fatalf("step %d, split: %v", step, err)
			}
			done.splits++
		}
		if other.StrongestToken() != before {
			t.Fatalf("step %d: the list changed with no read of it", step)
		}
		done.compared += compareWithoutStrongest(t, ctx, other, fmt.Sprintf("step %d, after the write", step))
		// Read again, the list is used, and answers the same.
		if err := other.KeepStrongest(ctx, scan); err != nil {
			t.Fatal(err)
		}
		if other.StrongestToken() == before {
			t.Fatalf("step %d: the write left the MET_WITH token as it was", step)
		}
		used := other.StrongestUsed()
		done.compared += compareWithoutStrongest(t, ctx, other, fmt.Sprintf("step %d, list read again", step))
		if other.StrongestUsed() == used {
			t.Fatalf("step %d: no graph was answered from the list read again", step)
		}
		// And with the nodes of few pairs walked, as by default, and a
		// list long enough to reach the pairs of one meeting.
		other.SetWalkPairs(0)
		for _, n := range []int{scan, 3 * scan, 1000} {
			other.SetScanPairs(n)
			if err := other.KeepStrongest(ctx, n); err != nil {
				t.Fatal(err)
			}
			done.compared += compareWithoutStrongest(t, ctx, other, fmt.Sprintf("step %d, list of %d, few walked", step, n))
		}
		// A neighbourhood of few pairs in all (the scan as the Store sets it:
		// none) uses a list that reaches them only to find those of one
		// meeting.
		other.SetScanPairs(0)
		if err := other.KeepStrongest(ctx, 3*scan); err != nil {
			t.Fatal(err)
		}
		done.compared += compareWithoutStrongest(t, ctx, other, fmt.Sprintf("step %d, list of %d, scan as set", step, 3*scan))
		other.SetWalkPairs(-1)
		other.SetScanPairs(scan)
	}
	done.decided, done.filled, done.ranked = other.StrongestUses()
	t.Logf("done %+v", done)
	if done.bulk == 0 || done.loads == 0 || done.merges == 0 || done.splits == 0 || done.rebuilds == 0 || done.compared < 100 ||
		done.decided == 0 || done.filled == 0 || done.ranked == 0 {
		t.Fatalf("the random writes did not exercise every path: %+v", done)
	}
}

// compareWithoutStrongest draws the depth-1 graph of every actor with
// meetings, at a few edge caps, with the Store's list of strongest pairs
// and without it, and requires the same graphs; it returns how many.
func compareWithoutStrongest(t *testing.T, ctx context.Context, st *store.Store, what string) int {
	t.Helper()
	res, err := st.CypherUnchecked(ctx, `MATCH (a:Actor)-[:ATTENDED]->() WITH DISTINCT a RETURN a.id ORDER BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, row := range res.Rows {
		id := fmt.Sprint(row[0])
		for _, edges := range []int{1, 3, 0} {
			q := graph.GraphQuery{ActorID: id, Depth: 1, Limit: 200, EdgeLimit: edges}
			got, err := st.Subgraph(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			st.SetNoStrongest(true)
			want, err := st.Subgraph(ctx, q)
			st.SetNoStrongest(false)
			if err != nil {
				t.Fatal(err)
			}
			sameEdges(t, fmt.Sprintf("%s: graph of %s, %d edges, with the list vs without", what, id, edges), got, want)
			if got.EdgesTruncated != want.EdgesTruncated {
				t.Fatalf("%s: graph of %s, %d edges: edgesTruncated %v with the list, %v without", what, id, edges, got.EdgesTruncated, want.EdgesTruncated)
			}
			n++
		}
	}
	return n
}

// TestStrongestPairsWaitForAWriter holds a write that changed the MET_WITH
// token uncommitted and requires the read of the list to wait for it and
// then take its token: a list read during a writer's commit is never
// taken as current for counts it may not have seen.
func TestStrongestPairsWaitForAWriter(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	if _, err := st.LoadRecord(ctx, newMetWorld(3).record()); err != nil {
		t.Fatal(err)
	}
	drv, db := st.Driver()
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.Background())
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close(context.Background())
	if _, err := tx.Run(ctx, `MATCH (v:MetVersion {id: 'met'}) SET v.token = $token`, map[string]any{"token": "held-by-the-test"}); err != nil {
		t.Fatal(err)
	}
	read := make(chan error, 1)
	go func() { read <- st.KeepStrongest(ctx, 10) }()
	select {
	case err := <-read:
		t.Fatalf("the list was read while a writer held the token (err %v)", err)
	case <-time.After(2 * time.Second):
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-read; err != nil {
		t.Fatal(err)
	}
	if got := st.StrongestToken(); got != "held-by-the-test" {
		t.Fatalf("the list was read with token %q, not the writer's", got)
	}
}
