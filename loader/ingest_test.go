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

// metFloor is the share of people the gold records show meeting someone for
// whom /met answers after ingesting the dev articles: what the extractor does
// (53 of 60 after the fourth round of issue 14, 48 after the third, 47
// after the second, 39 before). Raise it as extraction improves.
const metFloor = 0.88

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
	t.Logf("/met answered for %d of %d people the articles show meeting someone", answered, len(askers))
	if float64(answered) < metFloor*float64(len(askers)) {
		t.Fatalf("/met answered for %d of %d people the articles show meeting someone, below the floor %.2f", answered, len(askers), metFloor)
	}
}

// TestIngestTwoReportsOfOneMeeting: two articles about the same meeting
// give one meeting with two sources; ingesting them again changes nothing;
// the same pair meeting on another day is another meeting.
func TestIngestTwoReportsOfOneMeeting(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	dir := t.TempDir()
	articles := map[string]string{
		"cbs.txt":     "Spy chiefs meet in Paris\nCIA Director William Burns met Mossad chief David Barnea in Paris on Friday, two sources familiar with the matter told CBS News.\n",
		"reuters.txt": "Gaza talks in Paris\nWilliam Burns and David Barnea held talks in Paris on Friday, according to two officials.\n",
		"ap.txt":      "Talks move to Cairo\nCIA Director William Burns and Mossad chief David Barnea met again in Cairo on Monday, Egyptian officials said.\n",
	}
	for name, text := range articles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	published := time.Date(2024, 6, 4, 0, 0, 0, 0, time.UTC)
	log := slog.New(slog.DiscardHandler)
	if sum, err := loader.Ingest(ctx, st, []string{dir}, published, log); err != nil || sum.Loaded != 3 {
		t.Fatalf("ingest: %+v %v", sum, err)
	}
	check := func() {
		t.Helper()
		res, err := st.Met(ctx, "William Burns", graph.MetFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Counterparts) != 1 || res.Counterparts[0].Count != 2 {
			t.Fatalf("Burns met %+v, want Barnea twice (Paris and Cairo)", res.Counterparts)
		}
		for _, m := range res.Counterparts[0].Meetings {
			want := map[string]int{"Paris": 2, "Cairo": 1}[m.Place.Name]
			if len(m.Sources) != want {
				t.Errorf("%s meeting has %d sources, want %d", m.Place.Name, len(m.Sources), want)
			}
		}
	}
	check()
	before, _ := st.Count(ctx)
	if _, err := loader.Ingest(ctx, st, []string{dir}, published, log); err != nil {
		t.Fatal(err)
	}
	if after, _ := st.Count(ctx); after != before {
		t.Fatalf("ingesting again changed the graph: %+v → %+v", before, after)
	}
	check()
}
