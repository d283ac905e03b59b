package main

import "testing"

// TestPipelineFlowsOneWay holds the extract tree to its stage order: every
// file has a stage, and no file uses what a later stage declares.
func TestPipelineFlowsOneWay(t *testing.T) {
	r, err := measure("../../extract")
	if err != nil {
		t.Fatal(err)
	}
	if r.files < 30 || r.deps < 30 {
		t.Fatalf("measured %d files and %d dependencies: the walk missed the tree", r.files, r.deps)
	}
	for _, b := range r.back {
		t.Errorf("points back up the pipeline: %s", b)
	}
}

func TestRankRefusesAFileWithoutStage(t *testing.T) {
	if _, ok := rank("newstage.go"); ok {
		t.Error("a file no stage names was ranked")
	}
	a, ok1 := rank("text/tokens.go")
	b, ok2 := rank("roster.go")
	if !ok1 || !ok2 || a >= b {
		t.Errorf("text ranks %d (%v), the roster %d (%v): want text first", a, ok1, b, ok2)
	}
}
