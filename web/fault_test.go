package web_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
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
	// Every connection pooled before the stop is dead; the first request
	// after the database is back still answers, on a fresh one.
	for _, path := range []string{"/api/met?actor=Burns", "/api/health", "/api/graph?actor=Burns"} {
		if code, _ := status(path); code != http.StatusOK {
			t.Errorf("GET %s, the first request after Neo4j's restart: %d, want 200", path, code)
		}
	}
}

// TestDatabaseReplaced empties the database under a serving Parley, as an
// operator who restores or re-creates it does: reads that need the schema
// answer 503 saying so, from the first request on, and the health check
// reports it; once the schema is made again (a restart of the server, or
// a load), an unknown actor is a 404 and the health check passes.
func TestDatabaseReplaced(t *testing.T) {
	f := graphtest.StartServer(t)
	st := f.Store()
	ctx := graphtest.Context(t)
	if _, err := seed.Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(web.New(st, slog.New(slog.DiscardHandler), web.Options{}))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, _ := get("/api/met?actor=Burns"); code != http.StatusOK {
		t.Fatalf("before the database was replaced: %d", code)
	}

	f.Replace()
	for _, path := range []string{"/api/met?actor=Burns", "/api/health", "/api/actors?q=Burns", "/api/graph?actor=Burns"} {
		code, body := get(path)
		if code != http.StatusServiceUnavailable || !strings.Contains(body, "schema") {
			t.Errorf("GET %s on a database without the schema: %d %s, want 503 naming the schema", path, code, body)
		}
	}
	if code, body := get("/api/health"); !strings.Contains(body, `"neo4j":"no schema"`) {
		t.Errorf("health on a database without the schema: %d %s", code, body)
	}

	if err := st.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	if code, body := get("/api/met?actor=Burns"); code != http.StatusNotFound {
		t.Errorf("an actor of the replaced database: %d %s, want 404", code, body)
	}
	if code, body := get("/api/health"); code != http.StatusOK {
		t.Errorf("health with the schema made again: %d %s", code, body)
	}
}
