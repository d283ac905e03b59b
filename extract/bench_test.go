package extract

import (
	"testing"

	"github.com/parley-dev/parley/extract/gazetteer"
)

// BenchmarkExtract runs the extractor over the evaluation articles and
// reports throughput in bytes of text per second.
func BenchmarkExtract(b *testing.B) {
	arts := loadDev(b)
	gazetteer.Load()
	size := 0
	for _, a := range arts {
		size += len(a.text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if _, err := Extract(Article{ID: a.stem, Text: a.text, Published: a.pub}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
