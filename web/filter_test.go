package web_test

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// /api/timeline and /api/meetings read the same six filters the same
// way: for every combination the timeline's total is the table's, and a
// bad value is refused by both alike.
func TestTimelineAndTableShareFilters(t *testing.T) {
	h, _ := newServer(t, true)
	var o graph.Overview
	wantStatus(t, get(t, h, "/api/overview?limit=3", &o), http.StatusOK, "overview")
	if len(o.Actors) == 0 || len(o.Places) == 0 || len(o.Negotiations) == 0 {
		t.Fatalf("fixture overview: %+v", o)
	}
	values := map[string][]string{
		"actor":       {"", o.Actors[0].Name},
		"place":       {"", o.Places[0].ID},
		"negotiation": {"", o.Negotiations[0].ID},
		"from":        {"", "2024-03-01"},
		"to":          {"", "2024-09-30"},
		"asOf":        {"", "2024-06-30"},
	}
	names := []string{"actor", "place", "negotiation", "from", "to", "asOf"}
	combos := []url.Values{{}}
	for _, n := range names {
		var next []url.Values
		for _, q := range combos {
			for _, v := range values[n] {
				c := url.Values{}
				for k, vs := range q {
					c[k] = vs
				}
				if v != "" {
					c.Set(n, v)
				}
				next = append(next, c)
			}
		}
		combos = next
	}
	nonzero := 0
	for _, q := range combos {
		var tl graph.Timeline
		var page graph.Page[graph.MeetingView]
		wantStatus(t, get(t, h, "/api/timeline?bucket=day&"+q.Encode(), &tl), http.StatusOK, "timeline "+q.Encode())
		wantStatus(t, get(t, h, "/api/meetings?limit=1&"+q.Encode(), &page), http.StatusOK, "meetings "+q.Encode())
		if tl.Total != page.Total {
			t.Errorf("%s: timeline counts %d meetings, the table %d", q.Encode(), tl.Total, page.Total)
		}
		if tl.Total > 0 {
			nonzero++
		}
	}
	if nonzero < len(combos)/4 {
		t.Errorf("only %d of %d combinations select anything", nonzero, len(combos))
	}
	for _, bad := range []string{"actor=Nobody+Atall", "from=2024-13-01", "to=yesterday", "asOf=2024-02-30"} {
		a, b := get(t, h, "/api/timeline?"+bad, nil), get(t, h, "/api/meetings?"+bad, nil)
		if a.Code != b.Code || a.Code/100 != 4 || a.Body.String() != b.Body.String() {
			t.Errorf("%s: timeline %d %s, meetings %d %s", bad, a.Code, a.Body, b.Code, b.Body)
		}
	}
}
