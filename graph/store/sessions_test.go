package store_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph/graphtest"
)

func TestSessions(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	active := func(id string) bool {
		t.Helper()
		ok, err := st.SessionActive(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if err := st.CreateSession(ctx, "live", "ana", time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := st.CreateSession(ctx, "stale", "ana", time.Now().Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	if !active("live") || active("stale") || active("never") || active("") {
		t.Fatal("live, stale, unknown, empty: want only live active")
	}
	if err := st.RevokeSession(ctx, "live"); err != nil {
		t.Fatal(err)
	}
	if active("live") {
		t.Fatal("a revoked session is active")
	}
	if err := st.RevokeSession(ctx, "live"); err != nil {
		t.Fatalf("revoking twice: %v", err)
	}
	// A sign-in removes expired sessions.
	if err := st.CreateSession(ctx, "next", "ben", time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	c, err := st.Count(ctx)
	if err != nil || c.Nodes != 1 {
		t.Fatalf("after pruning: %+v nodes (%v), want the one live session", c, err)
	}
	// The check every authenticated request makes is one index seek: with
	// a thousand live sessions it stays in the order of a millisecond.
	for i := range 1000 {
		if err := st.CreateSession(ctx, fmt.Sprintf("other-%d", i), "ben", time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	const n = 500
	start := time.Now()
	for range n {
		if !active("next") {
			t.Fatal("the live session is not active")
		}
	}
	each := time.Since(start) / n
	t.Logf("SessionActive: %v per check among 1,001 sessions", each)
	if each > 25*time.Millisecond {
		t.Fatalf("a session check takes %v", each)
	}
}
