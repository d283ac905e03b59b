// Package load is the benchmark's load generator: a fixed number of
// workers in a closed loop, bounded in requests and in time, recording
// each call's latency.
package load

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"
)

// Result summarises one run.
type Result struct {
	Name        string
	Requests    int
	Errors      int
	FirstError  string
	Elapsed     time.Duration
	Throughput  float64 // requests per second
	P50, P90    time.Duration
	P99, Max    time.Duration
	Mean        time.Duration
	Concurrency int
}

func (r Result) String() string {
	return fmt.Sprintf("%s: %d req (%d err) in %s, %.1f req/s, p50 %s p90 %s p99 %s max %s",
		r.Name, r.Requests, r.Errors, r.Elapsed.Round(time.Millisecond), r.Throughput,
		ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d)/1e6) }

// Run calls do(i) from workers goroutines until maxRequests calls have
// been made or maxTime has passed, and returns the latency distribution.
// do gets a running request number, to pick its target.
func Run(ctx context.Context, name string, workers, maxRequests int, maxTime time.Duration, do func(ctx context.Context, i int) error) Result {
	ctx, cancel := context.WithTimeout(ctx, maxTime)
	defer cancel()
	var mu sync.Mutex
	var lat []time.Duration
	res := Result{Name: name, Concurrency: workers}
	next := 0
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= maxRequests || ctx.Err() != nil {
					return
				}
				t0 := time.Now()
				err := do(ctx, i)
				d := time.Since(t0)
				if ctx.Err() != nil && err != nil {
					return // cut off by the time bound: not counted
				}
				mu.Lock()
				lat = append(lat, d)
				if err != nil {
					res.Errors++
					if res.FirstError == "" {
						res.FirstError = err.Error()
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	res.Requests = len(lat)
	if len(lat) == 0 {
		return res
	}
	slices.Sort(lat)
	q := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	res.P50, res.P90, res.P99, res.Max = q(0.50), q(0.90), q(0.99), lat[len(lat)-1]
	var sum time.Duration
	for _, d := range lat {
		sum += d
	}
	res.Mean = sum / time.Duration(len(lat))
	res.Throughput = float64(len(lat)) / res.Elapsed.Seconds()
	return res
}

// HTTPGet returns a do func fetching base+paths[i%len(paths)] (127.0.0.1
// only) and reading the whole body; a status other than 200 is an error.
func HTTPGet(client *http.Client, base string, paths []string) func(ctx context.Context, i int) error {
	return func(ctx context.Context, i int) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+paths[i%len(paths)], nil)
		if err != nil {
			return err
		}
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			return err
		}
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("GET %s: %s", paths[i%len(paths)], resp.Status)
		}
		return nil
	}
}
