package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/parley-dev/parley/bench/load"
	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/graph/storebench"
)

// target is one row of the reads table: the API's URLs and the same
// read through the store.
type target struct {
	name string
	api  []string
	dir  func(ctx context.Context, i int) error
}

// homeTargets are the home page's and the timeline's reads: the overview,
// the unfiltered histogram by day, month and year, and the histogram
// filtered by each kind of filter, on the busiest actors, place and
// negotiation the overview names and on the data set's latest year.
func homeTargets(ctx context.Context, st *store.Store, heavy []storebench.Actor) ([]target, error) {
	o, err := st.Overview(ctx, 8)
	if err != nil {
		return nil, fmt.Errorf("overview: %w", err)
	}
	if len(o.Places) == 0 || len(o.Meetings) == 0 {
		return nil, fmt.Errorf("overview: no place or no meeting to filter on: %+v", o.Counts)
	}
	one := func(name, u string, q graph.TimelineQuery) target {
		return target{name, []string{u}, func(ctx context.Context, _ int) error { _, err := st.Timeline(ctx, q); return err }}
	}
	year := o.Meetings[0].Date[:4]
	ts := []target{
		{"/api/overview", []string{"/api/overview"}, func(ctx context.Context, _ int) error { _, err := st.Overview(ctx, 8); return err }},
		one("/api/timeline day", "/api/timeline?bucket=day", graph.TimelineQuery{Bucket: "day"}),
		one("/api/timeline month", "/api/timeline?bucket=month", graph.TimelineQuery{Bucket: "month"}),
		one("/api/timeline year", "/api/timeline?bucket=year", graph.TimelineQuery{Bucket: "year"}),
		one("/api/timeline day, period "+year, "/api/timeline?bucket=day&from="+year+"-01-01&to="+year+"-12-31",
			graph.TimelineQuery{Bucket: "day", From: year + "-01-01", To: year + "-12-31"}),
		one("/api/timeline month, busiest place", "/api/timeline?bucket=month&place="+url.QueryEscape(o.Places[0].ID),
			graph.TimelineQuery{Bucket: "month", PlaceID: o.Places[0].ID}),
	}
	if len(o.Negotiations) > 0 {
		n := o.Negotiations[0].ID
		ts = append(ts, one("/api/timeline month, busiest negotiation", "/api/timeline?bucket=month&negotiation="+url.QueryEscape(n),
			graph.TimelineQuery{Bucket: "month", NegotiationID: n}))
	}
	if len(heavy) > 0 {
		var urls []string
		for _, a := range heavy {
			urls = append(urls, "/api/timeline?bucket=month&actor="+url.QueryEscape(a.ID))
		}
		ts = append(ts, target{"/api/timeline month, actor heavy", urls, func(ctx context.Context, i int) error {
			_, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: "month", ActorID: heavy[i%len(heavy)].ID})
			return err
		}})
	}
	return ts, nil
}

// only keeps the targets whose name matches expr (all when it is empty).
func only(ts []target, expr string) ([]target, error) {
	if expr == "" {
		return ts, nil
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, fmt.Errorf("-only: %w", err)
	}
	var out []target
	for _, t := range ts {
		if re.MatchString(t.name) {
			out = append(out, t)
		}
	}
	return out, nil
}

// homeFloor is the report's line on the home page's reads: the overview
// and the unfiltered timeline have a p99 under 200 ms through the API.
func homeFloor(runs []load.Result) string {
	worst, ok := time.Duration(0), true
	seen := 0
	for _, r := range runs {
		name := strings.TrimPrefix(r.Name, "API ")
		if r.Name == name || !(name == "/api/overview" || strings.HasPrefix(name, "/api/timeline") && !strings.Contains(name, ",")) {
			continue
		}
		seen++
		worst = max(worst, r.P99)
		ok = ok && r.Errors == 0
	}
	if seen == 0 {
		return ""
	}
	return fmt.Sprintf("Home page and timeline: p99 under 200 ms for `/api/overview` and the unfiltered `/api/timeline` — %s (worst %s ms).",
		passFail(ok && worst < 200*time.Millisecond), msf(worst))
}

// readsOnly measures the reads against the database already at -port
// (-reads-only): no generation, no import, nothing wiped. It writes the
// reads table alone to -out.
func (b *bench) readsOnly(ctx context.Context) error {
	b.r.loadBefore = loadavg()
	st, err := b.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if err := st.EnsureSchema(ctx); err != nil {
		return err
	}
	if b.r.counts, err = storebench.New(st).Counts(ctx); err != nil {
		return err
	}
	if err := b.reads(ctx, st); err != nil {
		return err
	}
	var w strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&w, format+"\n", args...) }
	p("# Reads against an existing database")
	p("")
	p("`bench/driver -reads-only` on %s, Neo4j on port %d holding %d meetings; %d concurrent clients, each side bounded by %d requests and %s, API and driver in %d alternating slices, after a warm-up. Load average at start: %s. %s",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), b.c.port, b.r.counts[":Meeting"], b.c.workers, b.c.loadRequests, b.c.loadTime, pairedRounds, b.r.loadBefore, compressionNote())
	p("")
	p("| Endpoint | API req/s | API p50 ms | API p99 ms | driver req/s | driver p50 ms | driver p99 ms | overhead | errors |")
	p("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for i := 0; i+1 < len(b.r.runs); i += 2 {
		api, dir := b.r.runs[i], b.r.runs[i+1]
		p("| `%s` | %.1f | %s | %s | %.1f | %s | %s | %.2f | %d |", strings.TrimPrefix(api.Name, "API "), api.Throughput, msf(api.P50), msf(api.P99),
			dir.Throughput, msf(dir.P50), msf(dir.P99), float64(api.Mean)/float64(dir.Mean), api.Errors+dir.Errors)
	}
	p("")
	p("%s", homeFloor(b.r.runs))
	p("")
	p("Load average (1, 5, 15 min) at end: %s.", loadavg())
	return os.WriteFile(b.c.out, []byte(w.String()), 0o644)
}
