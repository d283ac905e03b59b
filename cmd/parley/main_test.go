package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/web"
)

// env is a getenv over a map.
func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestWebOptionsKeepsAnUnauthenticatedServerOnLoopback(t *testing.T) {
	a := &app{getenv: env(nil), logger: newLogger(env(nil), &bytes.Buffer{})}
	for addr, want := range map[string]string{
		":8080":          "127.0.0.1:8080",
		"127.0.0.1:9000": "127.0.0.1:9000",
		"localhost:9000": "localhost:9000",
		"0.0.0.0:8080":   "",
		"10.1.2.3:8080":  "",
	} {
		_, got, err := a.webOptions(config{addr: addr})
		if want == "" {
			if err == nil {
				t.Errorf("%s without users: served on %s, want a refusal", addr, got)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("%s: %q, %v; want %q", addr, got, err, want)
		}
	}
	if _, got, err := a.webOptions(config{addr: "0.0.0.0:8080", insecureOpen: true}); err != nil || got != "0.0.0.0:8080" {
		t.Errorf("explicit insecure opt-in: %q %v", got, err)
	}
}

// The request's timeout follows PARLEY_QUERY_TIMEOUT, a margin above it,
// so that a long query is stopped by its own limit and not cut short.
func TestRequestTimeoutFollowsQueryTimeout(t *testing.T) {
	a := &app{getenv: env(nil), logger: newLogger(env(nil), &bytes.Buffer{})}
	for _, tc := range []struct {
		env  string
		want time.Duration
	}{
		{"", 35 * time.Second},
		{"2s", 7 * time.Second},
		{"90s", 95 * time.Second},
	} {
		cfg, err := loadConfig(env(map[string]string{"PARLEY_QUERY_TIMEOUT": tc.env, "PARLEY_ADDR": "127.0.0.1:8080"}))
		if err != nil {
			t.Fatal(err)
		}
		opts, _, err := a.webOptions(cfg)
		if err != nil || opts.RequestTimeout != tc.want {
			t.Errorf("PARLEY_QUERY_TIMEOUT=%q: request timeout %v (%v), want %v", tc.env, opts.RequestTimeout, err, tc.want)
		}
	}
}

func TestUserAddThenServeWithAuthentication(t *testing.T) {
	path := filepath.Join(t.TempDir(), "users.json")
	var out bytes.Buffer
	e := map[string]string{"PARLEY_USERS_FILE": path}
	err := run(context.Background(), []string{"user", "add", "ed", "--role", "editor"}, env(e), strings.NewReader("a long enough password\n"), &out, &out)
	if err != nil {
		t.Fatalf("user add: %v\n%s", err, out.String())
	}
	a := &app{getenv: env(e), logger: newLogger(env(nil), &bytes.Buffer{})}
	cfg, err := loadConfig(env(map[string]string{"PARLEY_USERS_FILE": path, "PARLEY_ADDR": "0.0.0.0:8080"}))
	if err != nil {
		t.Fatal(err)
	}
	opts, addr, err := a.webOptions(cfg)
	if err != nil || opts.Users == nil || addr != "0.0.0.0:8080" {
		t.Fatalf("with users: %v %q %v", opts.Users, addr, err)
	}
	if err := os.WriteFile(path, []byte(`{"users": []}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.webOptions(cfg); err == nil {
		t.Fatal("an empty users file was accepted")
	}
}

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestServe runs `parley serve` as `make run` does, against the test
// database: the seed answers who met Burns, and cancelling stops the
// server cleanly.
func TestServe(t *testing.T) {
	graphtest.Store(t) // skips or fails as integration tests do; empties the database
	addr := freePort(t)
	e := env(map[string]string{"NEO4J_URI": os.Getenv(graphtest.URIEnv), "PARLEY_ADDR": addr})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var logs bytes.Buffer
	go func() { done <- run(ctx, []string{"serve"}, e, strings.NewReader(""), &logs, &logs) }()

	var res struct {
		Counterparts []struct {
			Actor  struct{ Name string }
			Last   string
			Places []struct{ Name string }
			Latest struct{ Evidence string }
		}
	}
	deadline := time.Now().Add(90 * time.Second)
	for {
		resp, err := http.Get(fmt.Sprintf("http://%s/api/met?actor=Burns", addr))
		if err == nil {
			if resp.StatusCode == http.StatusOK {
				err = json.NewDecoder(resp.Body).Decode(&res)
				resp.Body.Close()
				break
			}
			resp.Body.Close()
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("the server did not answer /api/met: %v\n%s", err, logs.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	names := map[string]bool{}
	for _, c := range res.Counterparts {
		names[c.Actor.Name] = true
		if c.Last != "2024-05-24" || len(c.Places) == 0 || c.Places[0].Name != "Paris" || c.Latest.Evidence == "" {
			t.Errorf("met %s: %+v", c.Actor.Name, c)
		}
	}
	if !names["David Barnea"] || !names["Mohammed bin Abdulrahman bin Jassim Al Thani"] {
		t.Errorf("Burns met %v", names)
	}
	// A request in flight when the server is told to stop still completes.
	inflight := make(chan int, 1)
	go func() {
		body := strings.NewReader(`{"query": "UNWIND range(1, 20000000) AS i WITH i WHERE i % 1000 = 0 RETURN count(*) AS n"}`)
		resp, err := http.Post(fmt.Sprintf("http://%s/api/cypher", addr), "application/json", body)
		if err != nil {
			inflight <- 0
			return
		}
		resp.Body.Close()
		inflight <- resp.StatusCode
	}()
	time.Sleep(300 * time.Millisecond)
	cancel()
	if code := <-inflight; code != http.StatusOK {
		t.Errorf("the request in flight at shutdown got %d, want 200", code)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop within 15s of cancellation")
	}
}

// PARLEY_COMPRESS reaches the server's options; a value it does not know
// is an error that names the variable.
func TestCompressSetting(t *testing.T) {
	a := &app{getenv: env(nil), logger: newLogger(env(nil), &bytes.Buffer{})}
	for v, want := range map[string]web.Compression{"": web.CompressRemote, "remote": web.CompressRemote, "always": web.CompressAlways, "never": web.CompressNever} {
		cfg, err := loadConfig(env(map[string]string{"PARLEY_COMPRESS": v, "PARLEY_ADDR": "127.0.0.1:8080"}))
		if err != nil {
			t.Fatalf("PARLEY_COMPRESS=%q: %v", v, err)
		}
		opts, _, err := a.webOptions(cfg)
		if err != nil || opts.Compress != want {
			t.Errorf("PARLEY_COMPRESS=%q: %v (%v), want %v", v, opts.Compress, err, want)
		}
	}
	for _, v := range []string{"yes", "gzip", "Always", "1"} {
		if _, err := loadConfig(env(map[string]string{"PARLEY_COMPRESS": v})); err == nil || !strings.Contains(err.Error(), "PARLEY_COMPRESS") {
			t.Errorf("PARLEY_COMPRESS=%q: error %v", v, err)
		}
	}
}
