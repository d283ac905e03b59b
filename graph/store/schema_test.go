package store_test

import (
	"testing"

	"github.com/parley-dev/parley/graph/graphtest"
)

// TestDeleteAllEmptiesAHubbyGraph: DeleteAll leaves nothing behind when
// one node holds more relationships than a batch deletes, so that the
// deletion takes several batches of relationships and then of nodes.
func TestDeleteAllEmptiesAHubbyGraph(t *testing.T) {
	ctx := graphtest.Context(t)
	st := graphtest.Store(t)
	const spokes = 45_000 // the query's literal: WriteUnchecked takes no parameters
	if err := st.WriteUnchecked(ctx, `
CREATE (h:Hub)
WITH h UNWIND range(1, 45000) AS i
CREATE (h)-[:SPOKE]->(:Rim {i: i})`); err != nil {
		t.Fatal(err)
	}
	before, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before.Nodes != spokes+1 || before.Relationships != spokes {
		t.Fatalf("built %+v, want %d nodes and %d relationships", before, spokes+1, spokes)
	}
	if err := st.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	after, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Nodes != 0 || after.Relationships != 0 {
		t.Fatalf("after DeleteAll: %+v", after)
	}
}
