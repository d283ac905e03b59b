package store_test

import (
	"context"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/synth"
)

// BenchmarkOfflineWriter is the files step of `parley import --offline`
// without the reading: 20,000 generated meetings planned, folded and
// written as the importer's files. Its CPU time per op is what the files
// step costs at a million meetings, fifty times over (make bench).
func BenchmarkOfflineWriter(b *testing.B) {
	var items []store.BulkItem
	err := synth.Generate(synth.Config{Seed: 1, Actors: 4000, Meetings: 20000}, func(r graph.Record) error {
		items = append(items, store.BulkItem{Line: len(items) + 1, Record: r})
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		w := store.NewOfflineWriter(b.TempDir())
		for _, it := range items {
			if err := w.Add(ctx, it); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := w.Close(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
