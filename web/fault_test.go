package web_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/seed"
	"github.com/parley-dev/parley/web"
)

// TestNeo4jRestart stops the database under a serving Parley: requests
// answer 503 within a second, and Parley recovers by itself once the
// database is back.
func TestNeo4jRestart(t *testing.T) {
	f := graphtest.StartServer(t)
	st := f.Store()
	ctx := graphtest.Context(t)
	if _, err := seed.Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(web.New(st, slog.New(slog.DiscardHandler), web.Options{}))
	defer srv.Close()
	status := func(path string) (int, time.Duration) {
		start := time.Now()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		resp.Body.Close()
		return resp.StatusCode, time.Since(start)
	}
	if code, _ := status("/api/met?actor=Burns"); code != http.StatusOK {
		t.Fatalf("before the stop: %d", code)
	}

	f.Script("stop.sh")
	for _, path := range []string{"/api/health", "/api/met?actor=Burns", "/api/graph?actor=Burns"} {
		code, took := status(path)
		if code != http.StatusServiceUnavailable || took > time.Second {
			t.Errorf("GET %s with Neo4j stopped: %d after %v, want 503 within a second", path, code, took)
		}
	}

	f.Script("start.sh")
	deadline := time.Now().Add(60 * time.Second)
	for {
		code, _ := status("/api/met?actor=Burns")
		if code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Parley did not recover within a minute of Neo4j's restart: %d", code)
		}
		time.Sleep(250 * time.Millisecond)
	}
}
