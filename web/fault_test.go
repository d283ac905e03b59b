package web_test

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/seed"
	"github.com/parley-dev/parley/web"
)

// faultNeo4j runs a Neo4j of its own for the fault test, so stopping it
// disturbs no other test.
type faultNeo4j struct {
	env  []string
	root string
}

func (f faultNeo4j) script(t *testing.T, name string) {
	t.Helper()
	cmd := exec.Command(filepath.Join(f.root, "tools", "neo4j", name))
	cmd.Env = append(os.Environ(), f.env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
}

func freeLoopbackPort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// TestNeo4jRestart stops the database under a serving Parley: requests
// answer 503 within a second, and Parley recovers by itself once the
// database is back.
func TestNeo4jRestart(t *testing.T) {
	graphtest.Store(t) // the same gate as every integration test
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	port := freeLoopbackPort(t)
	home := filepath.Join(t.TempDir(), "neo4j")
	f := faultNeo4j{root: root, env: []string{
		"NEO4J_HOME_DIR=" + home, fmt.Sprintf("NEO4J_BOLT_PORT=%d", port),
		"NEO4J_HEAP=512m", "NEO4J_PAGECACHE=64m", "NEO4J_AUTH=false",
	}}
	f.script(t, "start.sh")
	t.Cleanup(func() { f.script(t, "stop.sh") })

	st, err := store.Open(store.Config{URI: fmt.Sprintf("neo4j://127.0.0.1:%d", port)}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(context.Background())
	ctx := graphtest.Context(t)
	if err := st.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
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

	f.script(t, "stop.sh")
	for _, path := range []string{"/api/health", "/api/met?actor=Burns", "/api/graph?actor=Burns"} {
		code, took := status(path)
		if code != http.StatusServiceUnavailable || took > time.Second {
			t.Errorf("GET %s with Neo4j stopped: %d after %v, want 503 within a second", path, code, took)
		}
	}

	f.script(t, "start.sh")
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
