package load

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

// Run stops at maxRequests, numbers the calls from 0 and counts errors.
func TestRunBoundedByRequests(t *testing.T) {
	var mu sync.Mutex
	seen := map[int]bool{}
	res := Run(context.Background(), "x", 3, 50, time.Minute, func(_ context.Context, i int) error {
		mu.Lock()
		seen[i] = true
		mu.Unlock()
		if i%10 == 0 {
			return errors.New("every tenth")
		}
		return nil
	})
	if res.Requests != 50 || len(seen) != 50 || res.Errors != 5 || res.FirstError != "every tenth" {
		t.Fatalf("got %d requests, %d distinct, %d errors (%q); want 50, 50, 5", res.Requests, len(seen), res.Errors, res.FirstError)
	}
	for i := range 50 {
		if !seen[i] {
			t.Fatalf("request %d never made", i)
		}
	}
	if !(res.P50 <= res.P90 && res.P90 <= res.P99 && res.P99 <= res.Max) {
		t.Errorf("quantiles out of order: %s", res)
	}
}

// Paired alternates the sides, a b b a …, each side numbering its calls
// on from where its last slice stopped, and keeps their latencies apart:
// a side that is slower only while the other one runs shows the same
// distribution as when run alone.
func TestPairedAlternatesAndKeepsSidesApart(t *testing.T) {
	var mu sync.Mutex
	var order []string
	idx := map[string][]int{}
	side := func(name string, d time.Duration) func(context.Context, int) error {
		return func(_ context.Context, i int) error {
			mu.Lock()
			if len(order) == 0 || order[len(order)-1] != name {
				order = append(order, name)
			}
			idx[name] = append(idx[name], i)
			mu.Unlock()
			time.Sleep(d)
			return nil
		}
	}
	a, b := Paired(context.Background(), "A", "B", 1, 40, time.Minute, 4,
		side("a", time.Millisecond), side("b", 5*time.Millisecond))
	// Four rounds: a b, b a, a b, b a; consecutive slices of one side
	// run as one.
	if got, want := fmt.Sprint(order), "[a b a b a]"; got != want {
		t.Fatalf("slices in order %v, want %v", got, want)
	}
	if a.Requests != 40 || b.Requests != 40 {
		t.Fatalf("requests a %d b %d, want 40 each", a.Requests, b.Requests)
	}
	for name, is := range idx {
		for k, i := range is {
			if i != k {
				t.Fatalf("side %s call %d numbered %d: each side numbers its calls on, 0..39", name, k, i)
			}
		}
	}
	if a.Name != "A" || b.Name != "B" || a.P50 >= b.P50 || b.P50 < 5*time.Millisecond {
		t.Errorf("a %s / b %s: want A faster than B, B at least 5ms", a, b)
	}
}
