package gdelt

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

func readSample(t *testing.T) ([]Event, []*RowError) {
	t.Helper()
	f, err := os.Open("testdata/sample.export.CSV")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var bad []*RowError
	rd := NewReader(f, func(e *RowError) { bad = append(bad, e) })
	var evs []Event
	for {
		ev, ok, err := rd.Next()
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		evs = append(evs, ev)
	}
	return evs, bad
}

func TestReaderSkipsMalformedRowsWithTheirLineNumbers(t *testing.T) {
	evs, bad := readSample(t)
	wantBad := map[int]string{9: "60 columns", 10: "SQLDATE", 11: "ActionGeo_Lat", 12: "GoldsteinScale"}
	if len(bad) != len(wantBad) {
		t.Fatalf("malformed rows %v, want lines 9–12", bad)
	}
	for _, e := range bad {
		if w, ok := wantBad[e.Line]; !ok || !strings.Contains(e.Error(), w) {
			t.Errorf("line %d: %v, want an error about %q", e.Line, e, w)
		}
	}
	var lines []int
	for _, ev := range evs {
		lines = append(lines, ev.Line)
	}
	want := []int{1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 16}
	if len(lines) != len(want) {
		t.Fatalf("events on lines %v, want %v", lines, want)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Fatalf("events on lines %v, want %v", lines, want)
		}
	}
	e := evs[0]
	if e.GlobalEventID != 1001 || e.Day.Format("2006-01-02") != "2024-05-24" || e.Actor1.Name != "UNITED STATES" ||
		e.Actor2.Name != "CHINA" || e.EventCode != "042" || e.ActionGeo != "Beijing, Beijing, China" ||
		e.Lat == nil || *e.Lat != 39.9289 || e.SourceURL != "https://example.com/a" || e.DateAdded.Format("20060102150405") != "20240525120000" {
		t.Errorf("first event read as %+v", e)
	}
}

func TestEventCodeMapping(t *testing.T) {
	for code, want := range map[string]struct {
		keep     bool
		status   graph.Status
		mode     graph.Mode
		mediator bool
		talks    bool
	}{
		"040": {true, graph.Held, graph.UnknownMode, false, false},
		"041": {true, graph.Held, graph.Call, false, false},
		"042": {true, graph.Held, graph.InPerson, false, false},
		"043": {true, graph.Held, graph.InPerson, false, false},
		"044": {true, graph.Held, graph.InPerson, false, false},
		"045": {true, graph.Held, graph.UnknownMode, true, false},
		"046": {true, graph.Held, graph.UnknownMode, false, true},
		"036": {true, graph.Planned, graph.UnknownMode, false, false},
		"039": {true, graph.Planned, graph.UnknownMode, true, false},
		"030": {}, "031": {}, "032": {}, "033": {}, "034": {}, "035": {}, "037": {}, "038": {},
		"04": {}, "190": {}, "0431": {}, "": {},
	} {
		k, ok := Classify(code)
		if ok != want.keep || (ok && (k.Status != want.status || k.Mode != want.mode || k.Mediator != want.mediator || k.Talks != want.talks)) {
			t.Errorf("Classify(%q) = %+v, %v; want %+v", code, k, ok, want)
		}
	}
}

func TestEventsBecomeRecords(t *testing.T) {
	evs, _ := readSample(t)
	byID := map[int64]graph.Record{}
	ids := map[int64]string{}
	skipped := 0
	for _, ev := range evs {
		r, mid, err := Record(ev)
		if errors.Is(err, ErrSkip) {
			skipped++
			continue
		}
		if err != nil {
			t.Fatalf("event %d: %v", ev.GlobalEventID, err)
		}
		byID[ev.GlobalEventID], ids[ev.GlobalEventID] = r, mid
	}
	if len(byID) != 8 || skipped != 4 {
		t.Fatalf("%d records, %d skipped; want 8 and 4 (codes 190 and 037, no Actor2, same actor twice)", len(byID), skipped)
	}
	visit := byID[1001]
	m := visit.Meetings[0]
	if ids[1001] != "gdelt:1001" || m.Date != "2024-05-24" || m.Place != "Beijing" || m.Status != graph.Held || m.Mode != graph.InPerson ||
		visit.Actors[0].Name != "United States" || visit.Actors[0].Kind != graph.State || visit.Source.Published != "2024-05-25" ||
		visit.Source.URL != "https://example.com/a" || visit.Source.Publisher != "example.com" {
		t.Errorf("1001 became %+v", visit)
	}
	if byID[1001].ID != byID[1002].ID || byID[1001].ID == byID[1003].ID {
		t.Errorf("events of one article should share a source: %s %s %s", byID[1001].ID, byID[1002].ID, byID[1003].ID)
	}
	if k := byID[1002].Actors[1]; k.Name != "Hamas" || k.Kind != graph.Group {
		t.Errorf("HAMAS (PSEREB) became %+v", k)
	}
	if k := byID[1013].Actors[0]; k.Kind != graph.Organization {
		t.Errorf("UNITED NATIONS (IGOUNO) became %+v", k)
	}
	if n := byID[1003].Negotiations; len(n) != 1 || len(n[0].Parties) != 2 || len(n[0].Mediators) != 0 {
		t.Errorf("046 negotiation: %+v", n)
	}
	if n := byID[1004].Negotiations; len(n) != 1 || n[0].Mediators[0] != "Egypt" || n[0].Parties[0] != "Israel" {
		t.Errorf("045 mediation: %+v", n)
	}
	if m := byID[1005].Meetings[0]; m.Status != graph.Planned || m.Date != "" {
		t.Errorf("036 became %+v, want an undated planned meeting", m)
	}
	if m := byID[1006].Meetings[0]; m.Mode != graph.Call || m.Place != "" {
		t.Errorf("041 became %+v", m)
	}
}
