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
	var s sample
	s.run(ctx, workers, 0, maxRequests, maxTime, do)
	return s.result(name, workers)
}

// Paired measures a and b on the same targets in alternating slices
// (rounds of each, in the order a b b a a b …), each slice a share of
// maxRequests and maxTime, and returns both distributions. Run back to
// back, a slow spell of a shared machine (another process, a garbage
// collection in the database) would fall on one side and show as a
// difference between them; alternating spreads it over both, so that
// their ratio measures the sides rather than the moment.
func Paired(ctx context.Context, nameA, nameB string, workers, maxRequests int, maxTime time.Duration, rounds int, a, b func(ctx context.Context, i int) error) (Result, Result) {
	rounds = max(rounds, 1)
	var sa, sb sample
	perReq, perTime := max(maxRequests/rounds, 1), maxTime/time.Duration(rounds)
	for r := range rounds {
		first, second := &sa, &sb
		doFirst, doSecond := a, b
		if r%2 == 1 {
			first, second, doFirst, doSecond = &sb, &sa, b, a
		}
		// Each side continues its own request numbers, so both cycle
		// through the targets in the same order.
		first.run(ctx, workers, first.next, perReq, perTime, doFirst)
		second.run(ctx, workers, second.next, perReq, perTime, doSecond)
	}
	return sa.result(nameA, workers), sb.result(nameB, workers)
}

// sample accumulates the latencies of one side over one or more runs.
type sample struct {
	lat        []time.Duration
	errors     int
	firstError string
	elapsed    time.Duration
	next       int // the request number the next run starts at
}

// run makes up to maxRequests calls, numbered from start, within maxTime.
func (s *sample) run(ctx context.Context, workers, start, maxRequests int, maxTime time.Duration, do func(ctx context.Context, i int) error) {
	ctx, cancel := context.WithTimeout(ctx, maxTime)
	defer cancel()
	var mu sync.Mutex
	next, before := start, len(s.lat)
	var wg sync.WaitGroup
	t0 := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i-start >= maxRequests || ctx.Err() != nil {
					return
				}
				t := time.Now()
				err := do(ctx, i)
				d := time.Since(t)
				if ctx.Err() != nil && err != nil {
					return // cut off by the time bound: not counted
				}
				mu.Lock()
				s.lat = append(s.lat, d)
				if err != nil {
					s.errors++
					if s.firstError == "" {
						s.firstError = err.Error()
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	s.elapsed += time.Since(t0)
	s.next = start + len(s.lat) - before // the calls counted this run
}

func (s *sample) result(name string, workers int) Result {
	res := Result{Name: name, Concurrency: workers, Elapsed: s.elapsed, Requests: len(s.lat),
		Errors: s.errors, FirstError: s.firstError}
	if len(s.lat) == 0 {
		return res
	}
	lat := slices.Clone(s.lat)
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
