package web_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/seed"
	"github.com/parley-dev/parley/web"
)

// schemathesisEnv, when set (make test and CI set it), turns a missing
// schemathesis into a failure instead of a skip.
const schemathesisEnv = "PARLEY_REQUIRE_SCHEMATHESIS"

// contractChecks are what schemathesis verifies of every answer: no 5xx,
// only documented statuses and media types, bodies that match their
// schemas, 405 with a correct Allow header for undeclared methods.
// positive_data_acceptance is left out: no schema can say "valid Cypher"
// or "a consistent record", so schema-valid bodies are rightly refused.
const contractChecks = "not_a_server_error,status_code_conformance,content_type_conformance," +
	"response_schema_conformance,unsupported_method,allow_header_conformance"

// TestOpenAPIContract (in a file named to run after the explorer's
// end-to-end tests, whose timings it would otherwise load) runs schemathesis, an OpenAPI property-based tester,
// against a server over the test Neo4j holding the seed: every operation,
// the editor ones included (no users: the caller is the local editor, so
// generated merges, undos, records and articles really write), positive
// and negative cases and stateful sequences (a merge, then its undo), with
// a fixed seed and a bounded number of examples per operation.
func TestOpenAPIContract(t *testing.T) {
	bin, err := exec.LookPath("schemathesis")
	if err != nil {
		if os.Getenv(schemathesisEnv) != "" {
			t.Fatalf("schemathesis is not installed but %s is set: run `make test-tools` (see the Makefile)", schemathesisEnv)
		}
		t.Skipf("schemathesis is not installed (pip install schemathesis; %s makes this a failure)", schemathesisEnv)
	}
	st := graphtest.Store(t)
	if _, err := seed.Load(graphtest.Context(t), st); err != nil {
		t.Fatal(err)
	}
	h := web.New(st, slog.New(slog.DiscardHandler), web.Options{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	operations := 0
	for _, r := range web.Routes(h) {
		if strings.HasPrefix(r.Path, "/api/") {
			operations++
		}
	}

	// The document as served, read from a file: given the URL, schemathesis
	// would leave out the operation that serves it.
	dir := t.TempDir()
	res, err := http.Get(srv.URL + "/api/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET /api/openapi.json: %d %v", res.StatusCode, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "openapi.json"), doc, 0o600); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--no-color", "run", "openapi.json", "--url", srv.URL,
		"--checks", contractChecks,
		"--seed", "20261202", "--max-examples", "20", "--workers", "2",
		"--request-timeout", "40", "--suppress-health-check", "too_slow")
	cmd.Dir = dir // its reports and example database stay out of the tree
	cmd.Env = append(os.Environ(), "HYPOTHESIS_STORAGE_DIRECTORY="+cmd.Dir)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	t.Logf("schemathesis ran in %v", time.Since(start).Round(time.Second))
	if err != nil {
		t.Fatalf("schemathesis found the API and its OpenAPI document at odds (%v):\n%s", err, out)
	}
	summary := string(out)
	if i := strings.Index(summary, "SUMMARY"); i >= 0 {
		summary = summary[i:]
	}
	if want := fmt.Sprintf("Tested: %d\n", operations); !strings.Contains(summary, want) {
		t.Fatalf("schemathesis did not test all %d operations:\n%s", operations, summary)
	}
	t.Log(summary)
}
