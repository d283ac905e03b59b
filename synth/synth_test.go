package synth

import (
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

func digest(t *testing.T, cfg Config) ([32]byte, int) {
	t.Helper()
	h := sha256.New()
	meetings := 0
	err := Generate(cfg, func(r graph.Record) error {
		if err := r.Validate(); err != nil {
			t.Fatalf("record %s: %v", r.ID, err)
		}
		meetings += len(r.Meetings)
		data, err := json.Marshal(r)
		if err != nil {
			return err
		}
		h.Write(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out, meetings
}

func TestSameSeedSameData(t *testing.T) {
	cfg := Config{Seed: 42, Actors: 500, Meetings: 2000}
	a, n := digest(t, cfg)
	b, _ := digest(t, cfg)
	if a != b {
		t.Fatal("two runs with one seed differ")
	}
	if n != 2000 {
		t.Fatalf("%d meetings, want 2000", n)
	}
	cfg.Seed = 43
	if c, _ := digest(t, cfg); c == a {
		t.Fatal("another seed gave the same data")
	}
}

func TestDegreesAreSkewed(t *testing.T) {
	deg := map[string]int{}
	err := Generate(Config{Seed: 1, Actors: 2000, Meetings: 20000}, func(r graph.Record) error {
		for _, m := range r.Meetings {
			for _, p := range m.Participants {
				deg[p]++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var ds []int
	for _, d := range deg {
		ds = append(ds, d)
	}
	slices.Sort(ds)
	top, median := ds[len(ds)-1], ds[len(ds)/2]
	if top < 20*median {
		t.Fatalf("busiest actor %d meetings, median %d: not skewed", top, median)
	}
}

func TestNamesAreDistinct(t *testing.T) {
	seen := map[string]int{}
	for i := range 20000 {
		k := graph.Key(Actor(i).Name)
		if j, ok := seen[k]; ok {
			t.Fatalf("actors %d and %d share the key %q", j, i, k)
		}
		seen[k] = i
	}
}

func TestCSVIsDeterministic(t *testing.T) {
	write := func(dir string) {
		w, err := NewCSVWriter(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := Generate(Config{Seed: 3, Actors: 300, Meetings: 1500}, func(r graph.Record) error { return w.Add(r) }); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	a, b := t.TempDir(), t.TempDir()
	write(a)
	write(b)
	for _, f := range CSVFiles {
		x, _ := os.ReadFile(filepath.Join(a, f))
		y, _ := os.ReadFile(filepath.Join(b, f))
		if string(x) != string(y) || len(x) == 0 {
			t.Errorf("%s differs between runs (or is empty)", f)
		}
	}
}

// The hub tier: hub h attends about HubMeetings·(1 − h/Hubs) meetings,
// above every actor of the Zipf draw.
func TestHubTier(t *testing.T) {
	const meetings, hubs = 100_000, 5
	deg := map[string]int{}
	err := Generate(Config{Seed: 3, Actors: 5000, Meetings: meetings, Hubs: hubs}, func(r graph.Record) error {
		for _, m := range r.Meetings {
			for _, p := range m.Participants {
				deg[p]++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	busiestDrawn := 0
	for i := 0; i < 5000; i++ {
		busiestDrawn = max(busiestDrawn, deg[Actor(i).Name])
	}
	for h := 0; h < hubs; h++ {
		want := HubMeetings * (hubs - h) / hubs
		got := deg[Actor(5000+h).Name]
		if got < want*9/10 || got > want*11/10 {
			t.Errorf("hub %d attended %d meetings, want about %d", h, got, want)
		}
		if got <= busiestDrawn {
			t.Errorf("hub %d attended %d meetings, no more than the busiest drawn actor (%d)", h, got, busiestDrawn)
		}
	}
}
