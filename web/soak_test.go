package web_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// soakHeapGrowth bounds how much the server's live heap may grow over the
// soak (after a warm-up), in bytes.
const soakHeapGrowth = 64 << 20

// TestSoak sends mixed API traffic from 8 workers on loopback for
// PARLEY_SOAK_SECONDS (`make test` sets 60): no 5xx while Neo4j is up, and
// the live heap stays within soakHeapGrowth of where it started.
func TestSoak(t *testing.T) {
	secs, _ := strconv.Atoi(os.Getenv("PARLEY_SOAK_SECONDS"))
	if secs <= 0 {
		if os.Getenv("PARLEY_REQUIRE_NEO4J") != "" {
			t.Fatal("PARLEY_SOAK_SECONDS is not set: run the tests with `make test`")
		}
		t.Skip("set PARLEY_SOAK_SECONDS to soak")
	}
	h, _ := newServer(t, true)
	srv := httptest.NewServer(h)
	defer srv.Close()
	paths := []string{
		"/api/actors?q=burns", "/api/actors?q=al+thani&limit=5", "/api/met?actor=Hakan+Fidan",
		"/api/met?actor=William+Burns&place=Doha", "/api/meetings?limit=20&sort=date", "/api/meetings?status=planned",
		"/api/graph?actor=Tamim+bin+Hamad+Al+Thani&depth=2", "/api/path?from=Hakan+Fidan&to=Khalil+al-Hayya",
		"/api/places", "/api/negotiations", "/api/actors/person:william-burns", "/api/met?actor=Nobody+Xyzzy",
		"/api/actors?limit=0", "/api/export.graphml?actor=Rustem+Umerov&depth=1", "/",
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	get := func(p string) (int, time.Duration, error) {
		start := time.Now()
		resp, err := client.Get(srv.URL + p)
		if err != nil {
			return 0, 0, err
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode, time.Since(start), nil
	}
	for _, p := range paths { // warm-up
		if _, _, err := get(p); err != nil {
			t.Fatal(err)
		}
	}
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}
	before := heap()
	var (
		mu        sync.Mutex
		latencies []time.Duration
		fivexx    []string
		errs      []error
	)
	deadline := time.Now().Add(time.Duration(secs) * time.Second)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; time.Now().Before(deadline); i++ {
				p := paths[i%len(paths)]
				code, took, err := get(p)
				mu.Lock()
				switch {
				case err != nil:
					errs = append(errs, err)
				case code >= 500:
					fivexx = append(fivexx, fmt.Sprintf("%d %s", code, p))
				default:
					latencies = append(latencies, took)
				}
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	after := heap()
	slices.Sort(latencies)
	n := len(latencies)
	if n == 0 {
		t.Fatal("no request succeeded")
	}
	t.Logf("soak: %d requests in %ds (%.0f/s), p50 %v, p99 %v, 5xx %d, errors %d, live heap %.1f → %.1f MiB",
		n+len(fivexx)+len(errs), secs, float64(n)/float64(secs), latencies[n/2], latencies[n*99/100],
		len(fivexx), len(errs), float64(before)/(1<<20), float64(after)/(1<<20))
	if len(fivexx) > 0 || len(errs) > 0 {
		t.Fatalf("5xx: %s; errors: %v", strings.Join(fivexx[:min(len(fivexx), 10)], ", "), errs[:min(len(errs), 10)])
	}
	if after > before+soakHeapGrowth {
		t.Fatalf("live heap grew from %d to %d bytes", before, after)
	}
}
