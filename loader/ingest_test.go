package loader_test

import (
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/loader"
)

// devDir holds the evaluation articles beside the repository; a user's
// clone has none, and then this test has nothing to read.
const devDir = "../../shared/eval/dev"

// TestIngestDevArticles ingests every dev article, then asks /met's
// question for each person the gold records show meeting someone.
func TestIngestDevArticles(t *testing.T) {
	txts, _ := filepath.Glob(filepath.Join(devDir, "*.txt"))
	if len(txts) == 0 {
		t.Skip("no evaluation articles at " + devDir)
	}
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	log := slog.New(slog.DiscardHandler)
	var askers []string
	for _, txt := range txts {
		var gold graph.Record
		data, err := os.ReadFile(strings.TrimSuffix(txt, ".txt") + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &gold); err != nil {
			t.Fatal(err)
		}
		published, _ := time.Parse("2006-01-02", gold.Source.Published)
		sum, err := loader.Ingest(ctx, st, []string{txt}, published, log)
		if err != nil || sum.Loaded != 1 {
			t.Fatalf("%s: %+v %v", txt, sum, err)
		}
		kinds := map[string]graph.Kind{}
		for _, a := range gold.Actors {
			kinds[a.Name] = a.Kind
		}
		for _, m := range gold.Meetings {
			if m.Status == graph.Held && len(m.Participants) > 1 && kinds[m.Participants[0]] == graph.Person {
				askers = append(askers, m.Participants[0])
			}
		}
	}
	if len(askers) < 5 {
		t.Fatalf("only %d people to ask about", len(askers))
	}
	answered := 0
	for _, name := range askers {
		res, err := st.Met(ctx, name, graph.MetFilter{})
		if err == nil && len(res.Counterparts) > 0 {
			answered++
		} else {
			t.Logf("who met %s: %v", name, err)
		}
	}
	if answered*10 < len(askers)*8 {
		t.Fatalf("/met answered for %d of %d people the articles show meeting someone", answered, len(askers))
	}
}
