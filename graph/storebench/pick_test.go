package storebench_test

import (
	"fmt"
	"testing"

	"github.com/parley-dev/parley/graph/storebench"
)

// Pick keeps the band, all of it when small, else n spread over it from
// its first actor on.
func TestPick(t *testing.T) {
	var degrees []storebench.Actor
	for m := 100; m >= 1; m-- {
		degrees = append(degrees, storebench.Actor{ID: fmt.Sprint("a", m), Meetings: m})
	}
	if got := storebench.Pick(degrees, 95, 100, 20); len(got) != 6 || got[0].Meetings != 100 || got[5].Meetings != 95 {
		t.Errorf("small band: %v, want all six of 100..95", got)
	}
	got := storebench.Pick(degrees, 1, 100, 10)
	if len(got) != 10 {
		t.Fatalf("got %d actors, want 10", len(got))
	}
	for i, a := range got {
		if want := 100 - 10*i; a.Meetings != want {
			t.Errorf("pick %d: %d meetings, want %d (every tenth)", i, a.Meetings, want)
		}
	}
	if got := storebench.Pick(degrees, 200, 300, 5); len(got) != 0 {
		t.Errorf("empty band: %v", got)
	}
}
