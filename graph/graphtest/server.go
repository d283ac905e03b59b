package graphtest

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph/store"
)

// Server is a Neo4j of a test's own, started by tools/neo4j/start.sh, for
// tests that stop the database or change its settings, so that no other
// test is disturbed.
type Server struct {
	URI  string
	tb   testing.TB
	root string
	env  []string
}

// StartServer starts a Neo4j in a temporary directory on a free port with
// start.sh's settings env (NAME=value: NEO4J_TX_MEMORY, ...), and stops it
// when the test ends. It runs, is skipped or fails where every
// integration test does (Store's gate: the test database is configured).
func StartServer(tb testing.TB, env ...string) *Server {
	tb.Helper()
	testURI(tb)
	root, err := repoRoot()
	if err != nil {
		tb.Fatal(err)
	}
	port, err := freePort()
	if err != nil {
		tb.Fatal(err)
	}
	s := &Server{
		URI: fmt.Sprintf("neo4j://127.0.0.1:%d", port), tb: tb, root: root,
		env: append([]string{
			"NEO4J_HOME_DIR=" + filepath.Join(tb.TempDir(), "neo4j"), fmt.Sprintf("NEO4J_BOLT_PORT=%d", port),
			"NEO4J_HEAP=512m", "NEO4J_PAGECACHE=64m", "NEO4J_AUTH=false",
			// A start on a machine busy with other work has taken over
			// start.sh's default 120 s; the test is of Parley, not of that.
			"NEO4J_START_TIMEOUT=300",
		}, env...),
	}
	s.Script("start.sh")
	tb.Cleanup(func() { s.Script("stop.sh") })
	return s
}

// Script runs one of tools/neo4j's scripts (start.sh, stop.sh) on the
// server.
func (s *Server) Script(name string) {
	s.tb.Helper()
	cmd := exec.Command(filepath.Join(s.root, "tools", "neo4j", name))
	cmd.Env = append(os.Environ(), s.env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		s.tb.Fatalf("%s: %v\n%s", name, err, out)
	}
}

// home is the server's NEO4J_HOME_DIR.
func (s *Server) home() string {
	home := ""
	for _, kv := range s.env {
		if v, ok := strings.CutPrefix(kv, "NEO4J_HOME_DIR="); ok {
			home = v
		}
	}
	return home
}

// Replace swaps the server's database for an empty one, as an operator
// who restores or re-creates it does: stop, remove the data, start.
func (s *Server) Replace() {
	s.tb.Helper()
	s.Script("stop.sh")
	if err := os.RemoveAll(filepath.Join(s.home(), "data")); err != nil {
		s.tb.Fatalf("removing the server's data: %v", err)
	}
	s.Script("start.sh")
}

// PID is the pid of the server's launcher, from start.sh's pid file.
func (s *Server) PID() int {
	s.tb.Helper()
	home := s.home()
	b, err := os.ReadFile(home + ".pid")
	if err != nil {
		s.tb.Fatalf("the server's pid: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		s.tb.Fatalf("the server's pid file %s.pid: %v", home, err)
	}
	return pid
}

// Store opens a store on the server and creates the schema.
func (s *Server) Store() *store.Store {
	s.tb.Helper()
	st, err := store.Open(store.Config{URI: s.URI, QueryTimeout: time.Minute}, slog.New(slog.DiscardHandler))
	if err != nil {
		s.tb.Fatal(err)
	}
	s.tb.Cleanup(func() { _ = st.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := st.EnsureSchema(ctx); err != nil {
		s.tb.Fatalf("schema on %s: %v", s.URI, err)
	}
	return st
}

// repoRoot is the directory of go.mod above the working directory (a
// test runs in its package's directory).
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = up
	}
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}
