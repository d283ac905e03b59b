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
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/seed"
	"github.com/parley-dev/parley/web"
)

// onOwnNeo4j is Parley serving the seed from a Neo4j of the test's own,
// which the test may stop, restart or replace.
type onOwnNeo4j struct {
	t   *testing.T
	db  *graphtest.Server
	st  *store.Store
	url string
}

func serveOnOwnNeo4j(t *testing.T) onOwnNeo4j {
	db := graphtest.StartServer(t)
	st := db.Store()
	if _, err := seed.Load(graphtest.Context(t), st); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(web.New(st, slog.New(slog.DiscardHandler), web.Options{}))
	t.Cleanup(srv.Close)
	return onOwnNeo4j{t: t, db: db, st: st, url: srv.URL}
}

// get answers a GET's status, body and time taken.
func (s onOwnNeo4j) get(path string) (int, string, time.Duration) {
	start := time.Now()
	resp, err := http.Get(s.url + path)
	if err != nil {
		s.t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), time.Since(start)
}

// TestNeo4jRestart stops the database under a serving Parley: requests
// answer 503 within a second, and Parley recovers by itself once the
// database is back.
func TestNeo4jRestart(t *testing.T) {
	s := serveOnOwnNeo4j(t)
	if code, body, _ := s.get("/api/met?actor=Burns"); code != http.StatusOK {
		t.Fatalf("before the stop: %d %s", code, body)
	}

	s.db.Script("stop.sh")
	for _, path := range []string{"/api/health", "/api/met?actor=Burns", "/api/graph?actor=Burns"} {
		code, _, took := s.get(path)
		if code != http.StatusServiceUnavailable || took > time.Second {
			t.Errorf("GET %s with Neo4j stopped: %d after %v, want 503 within a second", path, code, took)
		}
	}

	s.db.Script("start.sh")
	// Every connection pooled before the stop is dead; the first request
	// after the database is back still answers, on a fresh one.
	for _, path := range []string{"/api/met?actor=Burns", "/api/health", "/api/graph?actor=Burns"} {
		if code, body, _ := s.get(path); code != http.StatusOK {
			t.Errorf("GET %s, the first request after Neo4j's restart: %d %s, want 200", path, code, body)
		}
	}
}

// TestDatabaseReplaced empties the database under a serving Parley, as an
// operator who restores or re-creates it does: reads that need the schema
// answer 503 saying so, from the first request on, and the health check
// reports it; once the schema is made again (a restart of the server, or
// a load), an unknown actor is a 404 and the health check passes.
func TestDatabaseReplaced(t *testing.T) {
	s := serveOnOwnNeo4j(t)
	if code, body, _ := s.get("/api/met?actor=Burns"); code != http.StatusOK {
		t.Fatalf("before the database was replaced: %d %s", code, body)
	}

	s.db.Replace()
	for _, path := range []string{"/api/met?actor=Burns", "/api/health", "/api/actors?q=Burns", "/api/graph?actor=Burns"} {
		code, body, _ := s.get(path)
		if code != http.StatusServiceUnavailable || !strings.Contains(body, "schema") {
			t.Errorf("GET %s on a database without the schema: %d %s, want 503 naming the schema", path, code, body)
		}
	}
	if code, body, _ := s.get("/api/health"); !strings.Contains(body, `"neo4j":"no schema"`) {
		t.Errorf("health on a database without the schema: %d %s", code, body)
	}

	if err := s.st.EnsureSchema(graphtest.Context(t)); err != nil {
		t.Fatal(err)
	}
	if code, body, _ := s.get("/api/met?actor=Burns"); code != http.StatusNotFound {
		t.Errorf("an actor of the replaced database: %d %s, want 404", code, body)
	}
	if code, body, _ := s.get("/api/health"); code != http.StatusOK {
		t.Errorf("health with the schema made again: %d %s", code, body)
	}
}
