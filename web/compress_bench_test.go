package web

import (
	stdgzip "compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"

	"github.com/parley-dev/parley/graph"
)

// metAnswer is an answer shaped like /api/met's first page for a busy
// actor: 100 counterparts with up to ten places and the latest evidence,
// its words drawn from the seed article (natural text compresses as the
// real answers do; random bytes would not).
func metAnswer(b *testing.B) []byte {
	body, err := json.Marshal(metResult(b))
	if err != nil {
		b.Fatal(err)
	}
	return body
}

// phrases returns a deterministic source of runs of the seed article's
// words.
func phrases(b *testing.B) func(n int) string {
	raw, err := os.ReadFile("../seed/000_1776c86441fcbedf.txt")
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields(string(raw))
	r := rand.New(rand.NewPCG(1, 2))
	return func(n int) string {
		i := r.IntN(len(words) - n)
		return strings.Join(words[i:i+n], " ")
	}
}

// metResult is metAnswer before encoding.
func metResult(b *testing.B) graph.MetResult {
	phrase := phrases(b)
	r := rand.New(rand.NewPCG(3, 4))
	res := graph.MetResult{Actor: graph.ActorRef{ID: "p-0", Name: phrase(3), Kind: graph.Person}, CounterpartLimit: 100}
	for i := range 100 {
		c := graph.Counterpart{Actor: graph.ActorRef{ID: fmt.Sprintf("p-%d", r.IntN(200000)), Name: phrase(3), Kind: graph.Person},
			Count: 1 + r.IntN(60), First: "2019-03-04", Last: "2025-11-02", Meetings: []graph.MeetingView{}}
		for j := range 1 + r.IntN(10) {
			c.Places = append(c.Places, graph.PlaceRef{ID: fmt.Sprintf("pl-%d-%d", i, j), Name: phrase(1)})
		}
		c.Latest = &graph.PairLatest{MeetingID: fmt.Sprintf("m-%d", r.IntN(1000000)), Report: graph.Report{
			SourceID: fmt.Sprintf("s-%d", r.IntN(300000)), Title: phrase(8), Publisher: phrase(2),
			URL: "https://example.org/" + fmt.Sprint(r.IntN(1e9)), Published: "2025-11-02", Evidence: phrase(35)}}
		res.Counterparts = append(res.Counterparts, c)
	}
	return res
}

// graphAnswer is shaped like a depth-1 /api/graph of a busy actor at
// limit 200: 200 actors and 1,000 met edges among them, each with up to
// ten places (about 370 KB of JSON, as on the benchmark's 1M set).
func graphAnswer(b *testing.B) graph.Subgraph {
	phrase := phrases(b)
	r := rand.New(rand.NewPCG(5, 6))
	var g graph.Subgraph
	for i := range 200 {
		g.Nodes = append(g.Nodes, graph.Node{ID: fmt.Sprintf("person:%s-%d", strings.ToLower(phrase(1)), i),
			Label: phrase(2), Type: "actor", Kind: graph.Person, Mediator: i%3 == 0, Meetings: 1 + r.IntN(9000)})
	}
	for range 1000 {
		s, t := g.Nodes[r.IntN(200)].ID, g.Nodes[r.IntN(200)].ID
		e := graph.Edge{ID: "met:" + s + "->" + t, Source: s, Target: t, Type: "met", Count: 1 + r.IntN(90), Last: "2024-06-01"}
		for range 1 + r.IntN(10) {
			e.Places = append(e.Places, phrase(1)+"ville")
		}
		g.Edges = append(g.Edges, e)
	}
	return g
}

// gzipper is what both gzip packages' writers do.
type gzipper interface {
	io.WriteCloser
	Reset(io.Writer)
}

// The API's compression (klauspost/compress, level 1) against Go's own at
// the same level, on that answer: go test -bench Gzip -run - ./web/
func BenchmarkGzipAPIAnswer(b *testing.B) {
	body := metAnswer(b)
	for _, c := range []struct {
		name string
		new  func() (gzipper, error)
	}{
		{"klauspost", func() (gzipper, error) { return gzip.NewWriterLevel(io.Discard, gzip.BestSpeed) }},
		{"stdlib", func() (gzipper, error) { return stdgzip.NewWriterLevel(io.Discard, stdgzip.BestSpeed) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			w, err := c.new()
			if err != nil {
				b.Fatal(err)
			}
			var out strings.Builder
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				out.Reset()
				w.Reset(&out)
				if _, err := w.Write(body); err != nil {
					b.Fatal(err)
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(out.Len()), "gzipped-bytes")
			b.ReportMetric(float64(len(body)), "json-bytes")
		})
	}
}
