package web_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/seed"
	"github.com/parley-dev/parley/web"
)

func TestOverviewTimelinePairAPI(t *testing.T) {
	h, _ := newServer(t, true)

	t.Run("overview", func(t *testing.T) {
		var o graph.Overview
		wantStatus(t, get(t, h, "/api/overview?limit=3", &o), http.StatusOK, "overview")
		if o.Counts.Meetings != graphtest.FixtureMeetings || o.Counts.Negotiations != 4 || len(o.Actors) != 3 ||
			len(o.Sources) != 3 || len(o.Meetings) != 3 || o.Newest == "" {
			t.Errorf("overview %+v", o)
		}
		for _, bad := range []string{"0", "51", "x"} {
			wantStatus(t, get(t, h, "/api/overview?limit="+bad, nil), http.StatusBadRequest, "limit="+bad)
		}
	})

	t.Run("timeline", func(t *testing.T) {
		var tl graph.Timeline
		wantStatus(t, get(t, h, "/api/timeline?bucket=year", &tl), http.StatusOK, "timeline")
		if tl.Bucket != "year" || len(tl.Buckets) != 1 || tl.Buckets[0].Count != graphtest.FixtureMeetings || tl.Total != graphtest.FixtureMeetings {
			t.Errorf("by year: %+v", tl)
		}
		// The default bucket is the month; an actor by name narrows it.
		tl = graph.Timeline{}
		path := "/api/timeline?actor=" + url.QueryEscape("Hakan Fidan") + "&to=2024-06"
		wantStatus(t, get(t, h, path, &tl), http.StatusOK, path)
		if tl.Bucket != "month" || tl.Total == 0 || tl.Total >= graphtest.FixtureMeetings {
			t.Errorf("%s: %+v", path, tl)
		}
		for _, b := range tl.Buckets {
			if b.Key > "2024-06" {
				t.Errorf("%s: bucket %s after the period", path, b.Key)
			}
		}
		for _, bad := range []string{"bucket=week", "from=2024-13", "actor=Nobody+At+All"} {
			rec := get(t, h, "/api/timeline?"+bad, nil)
			if rec.Code != http.StatusBadRequest && rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), `"error"`) {
				t.Errorf("%s: %d %s", bad, rec.Code, rec.Body)
			}
		}
	})

	t.Run("pair", func(t *testing.T) {
		var all, pair graph.Page[graph.MeetingView]
		wantStatus(t, get(t, h, "/api/meetings?actor=Umerov&limit=1000", &all), http.StatusOK, "Umerov")
		wantStatus(t, get(t, h, "/api/meetings?actor=Umerov&with=Medinsky&limit=1000", &pair), http.StatusOK, "pair")
		want := 0
		for _, m := range all.Items {
			for _, p := range m.Participants {
				if p.Name == "Vladimir Medinsky" {
					want++
				}
			}
		}
		if want == 0 || pair.Total != want || len(pair.Items) != want {
			t.Errorf("Umerov with Medinsky: %d meetings, want %d of Umerov's %d", pair.Total, want, all.Total)
		}
	})
}

// Two negotiations on like topics read apart in the graph: their parties
// are in their labels.
func TestNegotiationLabelsNameTheParties(t *testing.T) {
	h, _ := newServer(t, true)
	var g graph.Subgraph
	wantStatus(t, get(t, h, "/api/graph?limit=500", &g), http.StatusOK, "graph")
	var negs graph.Page[graph.NegotiationView]
	wantStatus(t, get(t, h, "/api/negotiations?limit=1000", &negs), http.StatusOK, "negotiations")
	byID := map[string]graph.NegotiationView{}
	for _, n := range negs.Items {
		byID[n.ID] = n
	}
	seen := 0
	for _, n := range g.Nodes {
		if n.Type != "negotiation" {
			continue
		}
		seen++
		neg, ok := byID[n.ID]
		if !ok || len(neg.Parties) == 0 {
			t.Fatalf("negotiation %s: %+v", n.ID, neg)
		}
		for _, p := range neg.Parties {
			if !strings.Contains(n.Label, p.Name) || !strings.HasPrefix(n.Label, neg.Topic) {
				t.Errorf("label %q lacks the topic %q or the party %s", n.Label, neg.Topic, p.Name)
			}
		}
	}
	if seen == 0 {
		t.Fatal("no negotiation in the graph")
	}
}

// Responses are gzipped for clients that accept it: JSON and the
// explorer's scripts; clients that do not get them plain.
func TestResponsesAreCompressed(t *testing.T) {
	h, _ := newServer(t, false)
	fetch := func(path string, gz bool) *httptest.ResponseRecorder {
		req := localRequest(http.MethodGet, path, "")
		if gz {
			req.Header.Set("Accept-Encoding", "gzip, deflate, br")
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	index := fetch("/", false).Body.String()
	m := regexp.MustCompile(`/assets/index-[^"]+\.js`).FindString(index)
	if m == "" {
		t.Fatalf("no script in index.html:\n%s", index)
	}
	for _, path := range []string{"/api/overview", "/api/meetings?limit=100", m} {
		plain, zipped := fetch(path, false), fetch(path, true)
		if plain.Code != http.StatusOK || zipped.Code != http.StatusOK {
			t.Fatalf("%s: status %d / %d", path, plain.Code, zipped.Code)
		}
		if zipped.Header().Get("Content-Encoding") != "gzip" || plain.Header().Get("Content-Encoding") != "" {
			t.Errorf("%s: Content-Encoding %q with gzip accepted, %q without", path, zipped.Header().Get("Content-Encoding"), plain.Header().Get("Content-Encoding"))
			continue
		}
		size := zipped.Body.Len()
		zr, err := gzip.NewReader(zipped.Body)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(body, plain.Body.Bytes()) {
			t.Errorf("%s: the gzipped body differs from the plain one", path)
		}
		if size >= len(body)/2 {
			t.Errorf("%s: %d bytes gzipped to %d", path, len(body), size)
		}
		if !strings.Contains(zipped.Header().Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: Vary %q lacks Accept-Encoding (a cache would serve gzip to any client)", path, zipped.Header().Get("Vary"))
		}
		t.Logf("%s: %d bytes, %d gzipped", path, len(body), size)
	}
	// A body under a kilobyte goes plain: gzip would cost more than it saves.
	small := fetch("/api/health", true)
	if small.Code != http.StatusOK || small.Body.Len() >= 1024 {
		t.Fatalf("/api/health: status %d, %d bytes", small.Code, small.Body.Len())
	}
	if enc := small.Header().Get("Content-Encoding"); enc != "" {
		t.Errorf("/api/health (%d bytes): Content-Encoding %q", small.Body.Len(), enc)
	}
}

// POST /api/extract is a dry run: it answers the record an article yields,
// with its day from the dateline when none is given, and writes nothing.
func TestExtractPreview(t *testing.T) {
	h, st := newServer(t, false)
	before, err := st.Count(graphtest.Context(t))
	if err != nil {
		t.Fatal(err)
	}
	post := func(body string) *httptest.ResponseRecorder {
		req := localRequest(http.MethodPost, "/api/extract", body)
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	text := "Talks in Cairo\n\nCAIRO, June 4, 2024 (Wire) - Egypt's President Abdel Fattah el-Sisi met Hamas leader Khalil al-Hayya in Cairo on Monday."
	body, _ := json.Marshal(map[string]string{"id": "wire-cairo", "text": text, "publisher": "Wire", "url": "https://example.org/c"})
	rec := post(string(body))
	if rec.Code != http.StatusOK {
		t.Fatalf("preview: %d %s", rec.Code, rec.Body)
	}
	var p web.Preview
	if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil {
		t.Fatal(err)
	}
	if p.PublishedFrom != "dateline" || p.Record.Source.Published != "2024-06-04" || p.Record.Source.Publisher != "Wire" || p.Exists || p.YearAssumed {
		t.Errorf("preview %+v", p)
	}
	if len(p.Record.Meetings) == 0 || p.Record.Meetings[0].Date != "2024-06-03" {
		t.Errorf("meetings %+v: want Monday 2024-06-03, read against the dateline", p.Record.Meetings)
	}
	after, err := st.Count(graphtest.Context(t))
	if err != nil || after != before {
		t.Errorf("the preview wrote: %+v then %+v (%v)", before, after, err)
	}
	// The seed's source id exists: a warning says so.
	seeds, err := seed.Records()
	if err != nil {
		t.Fatal(err)
	}
	body, _ = json.Marshal(map[string]string{"id": seeds[0].ID, "text": "Nothing here.", "published": "2024-05-25"})
	rec = post(string(body))
	if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || rec.Code != http.StatusOK || !p.Exists || len(p.Warnings) < 2 {
		t.Errorf("existing id, nothing found: %d %s", rec.Code, rec.Body)
	}
	for _, bad := range []string{
		`{"id": "x", "text": "Envoys met on Monday."}`,          // no day, no dateline
		`{"id": "a b", "text": "x", "published": "2024-01-01"}`, // id
		`{"id": "x", "text": " ", "published": "2024-01-01"}`,
		`{"id": "x", "text": "x", "published": "2024-13-01"}`,
		`{"id": "x", "text": "x", "published": "2024-01-01", "url": "javascript:alert(1)"}`,
		`{"id": "x", "text": "x", "extra": 1}`, `[]`, ``,
	} {
		if rec := post(bad); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), `"error"`) {
			t.Errorf("%s: %d %s", bad, rec.Code, rec.Body)
		}
	}
}

// /api/places follows the filters every view shares: an actor's places,
// counted by the actor's meetings, within a period.
func TestPlacesFollowFilters(t *testing.T) {
	h, st := newServer(t, true)
	ms, err := st.Meetings(graphtest.Context(t), graph.MeetingQuery{ActorID: "person:hakan-fidan", From: "2024-01-01", To: "2024-06-30", Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, m := range ms.Items {
		if m.Place != nil {
			want[m.Place.Name]++
		}
	}
	var got graph.Page[graph.PlaceView]
	path := "/api/places?actor=" + url.QueryEscape("Hakan Fidan") + "&from=2024-01&to=2024-06&limit=1000"
	wantStatus(t, get(t, h, path, &got), http.StatusOK, path)
	have := map[string]int{}
	for _, p := range got.Items {
		have[p.Name] = p.Meetings
	}
	if len(want) == 0 || fmt.Sprint(have) != fmt.Sprint(want) {
		t.Errorf("%s: %v, want %v", path, have, want)
	}
	var all graph.Page[graph.PlaceView]
	wantStatus(t, get(t, h, "/api/places?limit=1000", &all), http.StatusOK, "places")
	if all.Total <= got.Total {
		t.Errorf("unfiltered %d places, filtered %d", all.Total, got.Total)
	}
}
