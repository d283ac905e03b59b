package storebench_test

import (
	"context"
	"log/slog"
	"os"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
)

// BenchmarkHomeQueries times the home page's, the timeline's, the table's
// and the map's queries on a database that holds a generated data set
// (it reads only; nothing is emptied):
//
//	parley gen --meetings 1000000 --out gen.jsonl && head -n 16700 gen.jsonl > gen50k.jsonl
//	NEO4J_URI=bolt://127.0.0.1:7694 parley import gen50k.jsonl
//	PARLEY_BENCH_NEO4J_URI=bolt://127.0.0.1:7694 go test -run '^$' -bench HomeQueries -benchtime 5x ./graph/storebench
func BenchmarkHomeQueries(b *testing.B) {
	uri := os.Getenv("PARLEY_BENCH_NEO4J_URI")
	if uri == "" {
		b.Skip("PARLEY_BENCH_NEO4J_URI names a Neo4j holding a generated data set")
	}
	st, err := store.Open(store.Config{URI: uri}, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	o, err := st.Overview(ctx, 8)
	if err != nil || len(o.Actors) < 2 || len(o.Places) == 0 {
		b.Fatalf("overview: %+v %v", o.Counts, err)
	}
	b.Logf("%+v", o.Counts)
	top, second, place := o.Actors[0].ID, o.Actors[1].ID, o.Places[0].ID
	for _, c := range []struct {
		name string
		fn   func() error
	}{
		{"overview", func() error { _, err := st.Overview(ctx, 8); return err }},
		{"timeline-month", func() error { _, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: "month"}); return err }},
		{"timeline-actor", func() error {
			_, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: "month", ActorID: top})
			return err
		}},
		{"timeline-year-2024", func() error {
			_, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: "day", From: "2024-01-01", To: "2024-12-31"})
			return err
		}},
		{"meetings-all-first-page", func() error { _, err := st.Meetings(ctx, graph.MeetingQuery{Limit: 50}); return err }},
		{"meetings-all-page-100", func() error { _, err := st.Meetings(ctx, graph.MeetingQuery{Limit: 50, Offset: 5000}); return err }},
		{"meetings-busiest-place", func() error { _, err := st.Meetings(ctx, graph.MeetingQuery{PlaceID: place, Limit: 50}); return err }},
		{"meetings-pair", func() error {
			_, err := st.Meetings(ctx, graph.MeetingQuery{ActorID: top, WithID: second, Limit: 50})
			return err
		}},
		{"places-of-actor", func() error { _, err := st.PlacesFor(ctx, graph.PlaceQuery{ActorID: top, Limit: 1000}); return err }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if err := c.fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
