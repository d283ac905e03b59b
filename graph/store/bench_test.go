package store_test

import (
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph/graphtest"
)

// The benchmark's helpers run the same queries as the API (make bench
// would otherwise be the first to find a query and its parameters apart).
func TestBenchHelpers(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	for _, r := range graphtest.Fixture() {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	actors, err := st.BenchDegrees(ctx)
	if err != nil || len(actors) == 0 {
		t.Fatalf("BenchDegrees: %v %v", actors, err)
	}
	id := actors[0].ID
	if n, err := st.BenchMetDirect(ctx, id); err != nil || n == 0 {
		t.Errorf("BenchMetDirect(%s) = %d, %v", id, n, err)
	}
	if n, err := st.BenchGraphDirect(ctx, id, 50); err != nil || n < 2 {
		t.Errorf("BenchGraphDirect(%s) = %d, %v", id, n, err)
	}
	plans, err := st.BenchProfile(ctx, id, 50)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"qMetCounts", "qMet ", "qNeighbours", "qNodes", "qEdges", "qProfile"} {
		if !strings.Contains(plans, q) {
			t.Errorf("no plan for %s in:\n%.500s", q, plans)
		}
	}
}
