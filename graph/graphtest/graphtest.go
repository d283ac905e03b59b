// Package graphtest connects tests to the real Neo4j that `make test`
// starts (a separate instance from the one Parley serves, so tests never
// touch an analyst's data).
package graphtest

import (
	"context"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph/store"
)

// URIEnv names the test database. `make test` sets it; it is never
// defaulted to the development server, which tests would wipe.
const URIEnv = "PARLEY_TEST_NEO4J_URI"

// Store returns a store on the test database, emptied. Without a test
// database the test is skipped, unless PARLEY_REQUIRE_NEO4J is set (as
// `make test` and CI do), where it fails: integration tests never pass by
// skipping there.
func Store(tb testing.TB) *store.Store {
	tb.Helper()
	uri := testURI(tb)
	st, err := store.Open(store.Config{
		URI: uri, User: os.Getenv("PARLEY_TEST_NEO4J_USER"), Password: os.Getenv("PARLEY_TEST_NEO4J_PASSWORD"),
		QueryTimeout: time.Minute,
	}, slog.New(slog.DiscardHandler))
	if err != nil {
		tb.Fatalf("opening test store: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := st.WaitReady(ctx); err != nil {
		tb.Fatalf("test Neo4j at %s: %v", uri, err)
	}
	if err := st.DeleteAll(ctx); err != nil {
		tb.Fatalf("emptying test database: %v", err)
	}
	if err := st.EnsureSchema(ctx); err != nil {
		tb.Fatalf("schema: %v", err)
	}
	tb.Cleanup(func() { _ = st.Close(context.Background()) })
	return st
}

// testURI is the test database's URI; without one the test is skipped,
// or fails where PARLEY_REQUIRE_NEO4J is set.
func testURI(tb testing.TB) string {
	tb.Helper()
	uri := os.Getenv(URIEnv)
	if uri == "" {
		if os.Getenv("PARLEY_REQUIRE_NEO4J") != "" {
			tb.Fatalf("%s is not set but PARLEY_REQUIRE_NEO4J is: run the tests with `make test`", URIEnv)
		}
		tb.Skipf("no test Neo4j: set %s (make test does)", URIEnv)
	}
	return uri
}

// Context is a test context bounded in time.
func Context(tb testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	tb.Cleanup(cancel)
	return ctx
}
