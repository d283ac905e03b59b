package storebench_test

import (
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/storebench"
)

// The benchmark's helpers run the same queries as the API (make bench
// would otherwise be the first to find a query and its parameters apart).
func TestHelpers(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	for _, r := range graphtest.Fixture() {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	b := storebench.New(st)
	actors, err := b.Degrees(ctx)
	if err != nil || len(actors) == 0 {
		t.Fatalf("Degrees: %v %v", actors, err)
	}
	id := actors[0].ID
	if n, err := b.MetDirect(ctx, id); err != nil || n == 0 {
		t.Errorf("MetDirect(%s) = %d, %v", id, n, err)
	}
	if n, err := b.GraphDirect(ctx, id, 50); err != nil || n < 2 {
		t.Errorf("GraphDirect(%s) = %d, %v", id, n, err)
	}
	plans, err := b.Profile(ctx, id, 50)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"qMetCounts", "qMet ", "qNeighbours", "qNodes", "qEdges", "qProfile"} {
		if !strings.Contains(plans, q) {
			t.Errorf("no plan for %s in:\n%.500s", q, plans)
		}
	}
}
