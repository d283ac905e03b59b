package web_test

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/seed"
	"github.com/parley-dev/parley/web"
)

var _ web.Store = (*store.Store)(nil)

// newServer returns a server over the test Neo4j holding the seed, or the
// fixture when fixture is true.
func newServer(t *testing.T, fixture bool) (http.Handler, *store.Store) {
	t.Helper()
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	if fixture {
		for _, r := range graphtest.Fixture() {
			if _, err := st.LoadRecord(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
	} else if _, err := seed.Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	return web.New(st, slog.New(slog.DiscardHandler), web.Options{}), st
}

func get(t *testing.T, h http.Handler, path string, out any) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, localRequest(http.MethodGet, path, ""))
	if out != nil && rec.Code == http.StatusOK {
		if err := json.Unmarshal(rec.Body.Bytes(), out); err != nil {
			t.Fatalf("GET %s: %v in %s", path, err, rec.Body)
		}
	}
	return rec
}

func wantStatus(t *testing.T, rec *httptest.ResponseRecorder, status int, path string) {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("GET %s: status %d, want %d: %s", path, rec.Code, status, rec.Body)
	}
}

func TestSeedQuestions(t *testing.T) {
	h, _ := newServer(t, false)

	t.Run("health", func(t *testing.T) {
		wantStatus(t, get(t, h, "/api/health", nil), http.StatusOK, "/api/health")
	})

	t.Run("met Al Thani", func(t *testing.T) {
		var res graph.MetResult
		path := "/api/met?actor=" + url.QueryEscape("Al Thani")
		wantStatus(t, get(t, h, path, &res), http.StatusOK, path)
		// The first page is the summary: who, how often, when, where, and
		// the sentence that says so; the meetings are a page away.
		var names []string
		for _, c := range res.Counterparts {
			names = append(names, c.Actor.Name)
			if len(c.Meetings) != 0 || c.Count != 1 || c.First != "2024-05-24" || c.Last != "2024-05-24" ||
				len(c.Places) != 1 || c.Places[0].Name != "Paris" || c.Latest == nil || !strings.Contains(c.Latest.Evidence, "Paris talks") ||
				c.Latest.SourceID == "" || c.Latest.Published == "" {
				t.Errorf("summary of %s: %+v", c.Actor.Name, c)
			}
		}
		slices.Sort(names)
		if !slices.Equal(names, []string{"David Barnea", "William Burns"}) {
			t.Fatalf("Al Thani met %v", names)
		}
		var paged graph.MetResult
		wantStatus(t, get(t, h, path+"&limit=10", &paged), http.StatusOK, path+"&limit=10")
		for i, c := range paged.Counterparts {
			m := c.Meetings[0]
			if m.Place == nil || m.Place.Name != "Paris" || m.Date != "2024-05-24" || !strings.Contains(m.Evidence, "Paris talks") ||
				c.Latest == nil || c.Latest.MeetingID != m.ID || c.Latest.Evidence != res.Counterparts[i].Latest.Evidence {
				t.Errorf("meeting with %s: %+v (summary %+v)", c.Actor.Name, m, c.Latest)
			}
		}
	})

	t.Run("graph around Burns", func(t *testing.T) {
		var g graph.Subgraph
		wantStatus(t, get(t, h, "/api/graph?actor=Burns", &g), http.StatusOK, "/api/graph")
		var labels []string
		for _, n := range g.Nodes {
			labels = append(labels, n.Label)
		}
		for _, want := range []string{"William Burns", "David Barnea", "Mohammed bin Abdulrahman bin Jassim Al Thani", "CIA"} {
			if !slices.Contains(labels, want) {
				t.Errorf("graph around Burns lacks %s: %v", want, labels)
			}
		}
		var met *graph.Edge
		for i, e := range g.Edges {
			if e.Type == graph.EdgeMet && (e.Source == "person:david-barnea" || e.Target == "person:david-barnea") {
				met = &g.Edges[i]
			}
		}
		if met == nil || met.Count != 1 || !slices.Equal(met.Places, []string{"Paris"}) {
			t.Errorf("met edge Burns–Barnea = %+v, want count 1 in Paris", met)
		}
	})

	t.Run("path Blinken to Al Thani", func(t *testing.T) {
		var res struct{ Paths []graph.Path }
		path := "/api/path?from=Blinken&to=" + url.QueryEscape("Al Thani")
		wantStatus(t, get(t, h, path, &res), http.StatusOK, path)
		if len(res.Paths) == 0 {
			t.Fatal("no connection from Blinken to Al Thani")
		}
		p := res.Paths[0]
		if p.Nodes[0].Label != "Antony Blinken" || p.Nodes[len(p.Nodes)-1].Label != "Mohammed bin Abdulrahman bin Jassim Al Thani" {
			t.Fatalf("path runs %s … %s", p.Nodes[0].Label, p.Nodes[len(p.Nodes)-1].Label)
		}
		if len(p.Edges) != len(p.Nodes)-1 {
			t.Fatalf("%d edges for %d nodes", len(p.Edges), len(p.Nodes))
		}
	})

	t.Run("profile", func(t *testing.T) {
		var p graph.Profile
		wantStatus(t, get(t, h, "/api/actors/person:william-burns", &p), http.StatusOK, "profile")
		if p.Meetings != 1 || len(p.Positions) == 0 || p.FirstSeen != "2024-05-25" {
			t.Fatalf("profile = %+v", p)
		}
		var titles []string
		for _, pos := range p.Positions {
			titles = append(titles, pos.Title+" @ "+pos.Organization.Name)
		}
		if !slices.Contains(titles, "Director @ CIA") {
			t.Errorf("positions %v lack Director @ CIA", titles)
		}
		wantStatus(t, get(t, h, "/api/actors/person:nobody", nil), http.StatusNotFound, "unknown actor")
	})
}

func TestCypherConsole(t *testing.T) {
	h, st := newServer(t, false)
	ctx := graphtest.Context(t)
	before, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	post := func(body string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		req := localRequest(http.MethodPost, "/api/cypher", body)
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		return rec
	}
	for _, q := range []string{
		`CREATE (:Actor {id: 'x'})`,
		`MATCH (n) DETACH DELETE n`,
		`MATCH (a:Actor) SET a.name = 'x'`,
		`MATCH (a) RETURN a; MATCH (n) DELETE n`,
		`CALL dbms.security.createUser('x', 'y')`,
		`LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l`,
	} {
		body, _ := json.Marshal(map[string]any{"query": q})
		rec := post(string(body))
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), `"invalid"`) {
			t.Errorf("%s: status %d %s, want 400", q, rec.Code, rec.Body)
		}
	}
	after, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before != after {
		t.Fatalf("refused queries changed the graph: %+v → %+v", before, after)
	}

	rec := post(`{"query": "MATCH (a:Person)-[r:ATTENDED]->(m:Meeting)-[:HELD_IN]->(p:Place {name: $place}) RETURN a, r, m, a.name AS name ORDER BY name", "params": {"place": "Paris"}}`)
	if rec.Code != http.StatusOK {
		t.Fatalf("read query: %d %s", rec.Code, rec.Body)
	}
	var res graph.CypherResult
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 3 || !slices.Equal(res.Columns, []string{"a", "r", "m", "name"}) {
		t.Fatalf("rows %v columns %v", res.Rows, res.Columns)
	}
	if len(res.Graph.Nodes) != 4 || len(res.Graph.Edges) != 3 {
		t.Fatalf("drawing has %d nodes and %d edges, want 4 and 3", len(res.Graph.Nodes), len(res.Graph.Edges))
	}

	rec = post(`{"query": "UNWIND range(1, 5000) AS i RETURN i"}`)
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil || !res.Truncated || len(res.Rows) != 1000 {
		t.Fatalf("row cap: truncated=%v rows=%d err=%v", res.Truncated, len(res.Rows), err)
	}
	if rec := post(`{"query": "MATCH (n RETURN n"}`); rec.Code != http.StatusBadRequest {
		t.Fatalf("syntax error: %d", rec.Code)
	}
	if rec := post(`not json`); rec.Code != http.StatusBadRequest {
		t.Fatalf("bad body: %d", rec.Code)
	}
}

func TestFixtureEndpoints(t *testing.T) {
	h, _ := newServer(t, true)

	t.Run("meetings", func(t *testing.T) {
		var all graph.Page[graph.MeetingView]
		wantStatus(t, get(t, h, "/api/meetings?limit=1000", &all), http.StatusOK, "meetings")
		if all.Total != graphtest.FixtureMeetings || len(all.Items) != graphtest.FixtureMeetings {
			t.Fatalf("total %d items %d, want %d", all.Total, len(all.Items), graphtest.FixtureMeetings)
		}
		for i := 1; i < len(all.Items); i++ {
			if all.Items[i-1].Date < all.Items[i].Date {
				t.Fatalf("not newest first at %d: %s < %s", i, all.Items[i-1].Date, all.Items[i].Date)
			}
		}
		var p1, p2 graph.Page[graph.MeetingView]
		get(t, h, "/api/meetings?limit=10&sort=date", &p1)
		get(t, h, "/api/meetings?limit=10&offset=10&sort=date", &p2)
		if len(p1.Items) != 10 || len(p2.Items) != 10 || p1.Items[9].Date >= p2.Items[0].Date {
			t.Fatalf("pages overlap or are out of order")
		}
		var doha graph.Page[graph.MeetingView]
		get(t, h, "/api/meetings?place=Doha&limit=1000", &doha)
		if doha.Total == 0 {
			t.Fatal("no meetings in Doha")
		}
		for _, m := range doha.Items {
			if m.Place == nil || m.Place.Name != "Doha" {
				t.Fatalf("place filter let through %+v", m.Place)
			}
		}
		var planned graph.Page[graph.MeetingView]
		get(t, h, "/api/meetings?status=planned&limit=1000", &planned)
		if planned.Total != graphtest.FixtureMeetings/7 {
			t.Fatalf("%d planned meetings, want %d", planned.Total, graphtest.FixtureMeetings/7)
		}
		var march graph.Page[graph.MeetingView]
		get(t, h, "/api/meetings?from=2024-03&to=2024-03&limit=1000", &march)
		for _, m := range march.Items {
			if !strings.HasPrefix(m.Date, "2024-03") {
				t.Fatalf("March filter let through %s", m.Date)
			}
		}
		if march.Total == 0 {
			t.Fatal("no meetings in March 2024")
		}
	})

	t.Run("shared surnames", func(t *testing.T) {
		var hits graph.Page[graph.ActorHit]
		get(t, h, "/api/actors?q=Burns", &hits)
		var names []string
		for _, a := range hits.Items {
			names = append(names, a.Name)
		}
		slices.Sort(names)
		if !slices.Equal(names, []string{"Nicholas Burns", "William Burns"}) {
			t.Fatalf("Burns finds %v", names)
		}
		var res graph.MetResult
		get(t, h, "/api/met?actor=Nicholas+Burns", &res)
		for _, c := range res.Counterparts {
			if c.Actor.Name == "David Barnea" {
				t.Fatal("Nicholas Burns got William Burns's meetings")
			}
		}
	})

	t.Run("places and negotiations", func(t *testing.T) {
		var places graph.Page[graph.PlaceView]
		get(t, h, "/api/places", &places)
		if places.Total != 9 {
			t.Fatalf("%d places, want 9", places.Total)
		}
		var negs graph.Page[graph.NegotiationView]
		get(t, h, "/api/negotiations", &negs)
		if negs.Total != 4 {
			t.Fatalf("%d negotiations, want 4", negs.Total)
		}
		for _, n := range negs.Items {
			if len(n.Parties) != 2 || len(n.Mediators) == 0 || n.Meetings == 0 {
				t.Fatalf("negotiation %+v", n)
			}
		}
		get(t, h, "/api/negotiations?actor=Turkey", &negs)
		if negs.Total != 1 || negs.Items[0].Mediators[0].Name != "Turkey" {
			t.Fatalf("Turkey's negotiations: %+v", negs.Items)
		}
	})

	t.Run("graph depth and cap", func(t *testing.T) {
		var d1, d2, capped graph.Subgraph
		get(t, h, "/api/graph?actor=Hakan+Fidan&depth=1", &d1)
		get(t, h, "/api/graph?actor=Hakan+Fidan&depth=2", &d2)
		get(t, h, "/api/graph?actor=Hakan+Fidan&depth=2&limit=3", &capped)
		if len(d2.Nodes) <= len(d1.Nodes) {
			t.Fatalf("depth 2 has %d nodes, depth 1 %d", len(d2.Nodes), len(d1.Nodes))
		}
		if len(capped.Nodes) != 3 || !capped.Truncated || d1.Truncated {
			t.Fatalf("cap: %d nodes truncated=%v; uncapped truncated=%v", len(capped.Nodes), capped.Truncated, d1.Truncated)
		}
	})

	t.Run("csv", func(t *testing.T) {
		// A row per counterpart in the summary, per counterpart and meeting
		// with a page of meetings.
		for _, tc := range []struct{ path, col string }{
			{"/api/met?actor=Hakan+Fidan&format=csv", "latest_evidence"},
			{"/api/met?actor=Hakan+Fidan&format=csv&limit=50", "meeting_id"},
		} {
			rec := get(t, h, tc.path, nil)
			wantStatus(t, rec, http.StatusOK, tc.path)
			rows, err := csv.NewReader(rec.Body).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) < 2 || rows[0][0] != "actor" || !slices.Contains(rows[0], tc.col) || rows[1][0] != "Hakan Fidan" {
				t.Fatalf("%s: csv rows %v", tc.path, rows[:min(len(rows), 2)])
			}
		}
	})

	t.Run("graphml", func(t *testing.T) {
		rec := get(t, h, "/api/export.graphml", nil)
		wantStatus(t, rec, http.StatusOK, "graphml")
		var doc struct {
			Graph struct {
				Nodes []struct {
					ID string `xml:"id,attr"`
				} `xml:"node"`
				Edges []struct {
					Source string `xml:"source,attr"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Graph.Nodes) < 20 || len(doc.Graph.Edges) < 20 {
			t.Fatalf("graphml has %d nodes and %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
		}
		if got := graphMLTruncated(t, rec.Body.Bytes()); got != "false" || strings.Contains(rec.Body.String(), "Truncated:") {
			t.Fatalf("a complete export says truncated=%q", got)
		}
		// Capped, the file itself says so (not only a header).
		rec = get(t, h, "/api/export.graphml?limit=3", nil)
		wantStatus(t, rec, http.StatusOK, "graphml capped")
		if got := graphMLTruncated(t, rec.Body.Bytes()); got != "true" || !strings.Contains(rec.Body.String(), "<!-- Truncated: this export stops at 3 nodes") ||
			rec.Header().Get("X-Parley-Truncated") != "true" {
			t.Fatalf("a capped export: truncated=%q header %q\n%s", got, rec.Header().Get("X-Parley-Truncated"), rec.Body.String()[:300])
		}
	})

	t.Run("bad input", func(t *testing.T) {
		for path, status := range map[string]int{
			"/api/met":                                  http.StatusBadRequest,
			"/api/met?actor=Nobody+Atall+Xyzzy":         http.StatusNotFound,
			"/api/met?actor=Fidan&from=2024-02-30":      http.StatusBadRequest,
			"/api/met?actor=Fidan&to=yesterday":         http.StatusBadRequest,
			"/api/actors?kind=planet":                   http.StatusBadRequest,
			"/api/actors?limit=0":                       http.StatusBadRequest,
			"/api/actors?limit=100000":                  http.StatusBadRequest,
			"/api/actors?offset=-1":                     http.StatusBadRequest,
			"/api/actors?q=" + strings.Repeat("x", 300): http.StatusBadRequest,
			"/api/meetings?status=maybe":                http.StatusBadRequest,
			"/api/meetings?sort=name":                   http.StatusBadRequest,
			"/api/graph?actor=Fidan&depth=3":            http.StatusBadRequest,
			"/api/path?from=Fidan":                      http.StatusBadRequest,
			"/api/path?from=Fidan&to=Umerov&max=99":     http.StatusBadRequest,
			"/api/meetings/meeting:nope":                http.StatusNotFound,
			"/api/nothing":                              http.StatusNotFound,
			"/api/actors?q=%27%29%3B+MATCH+%28n%29":     http.StatusOK,
			"/api/met?actor=Fidan&format=xml":           http.StatusBadRequest,
		} {
			rec := get(t, h, path, nil)
			if rec.Code != status {
				t.Errorf("GET %s: %d, want %d: %s", path, rec.Code, status, rec.Body)
				continue
			}
			if status >= 400 {
				var body struct {
					Error struct{ Code, Message string }
				}
				if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error.Code == "" || body.Error.Message == "" {
					t.Errorf("GET %s: error body %s", path, rec.Body)
				}
			}
		}
		rec := get(t, h, "/api/actors?limit=0", nil)
		if !strings.Contains(rec.Body.String(), "limit") {
			t.Errorf("400 does not name the parameter: %s", rec.Body)
		}
	})
}

func TestUnavailableDatabase(t *testing.T) {
	// A real driver aimed at a port where nothing listens: what a stopped
	// Neo4j looks like to Parley.
	st, err := store.Open(store.Config{URI: "bolt://127.0.0.1:1"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := web.New(st, slog.New(slog.DiscardHandler), web.Options{})
	for _, path := range []string{"/api/health", "/api/met?actor=Burns", "/api/actors?q=x"} {
		rec := get(t, h, path, nil)
		if rec.Code != http.StatusServiceUnavailable {
			t.Errorf("GET %s with Neo4j down: %d, want 503: %s", path, rec.Code, rec.Body)
		}
	}
}

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	st, err := store.Open(store.Config{URI: "bolt://127.0.0.1:1"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := web.New(st, slog.New(slog.DiscardHandler), web.Options{})
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	rec := get(t, h, "/api/openapi.json", &doc)
	wantStatus(t, rec, http.StatusOK, "openapi")
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi version %q", doc.OpenAPI)
	}
	routes := web.Routes(h)
	if len(routes) < 20 {
		t.Fatalf("web.Routes lists %d routes of New's handler: %v", len(routes), routes)
	}
	for _, r := range routes {
		p := r.Path
		if !strings.HasPrefix(p, "/api/") || r.Method == http.MethodOptions {
			continue // preflights are answered by the CORS middleware, not routes
		}
		p = strings.ReplaceAll(p, ":id", "{id}")
		if _, ok := doc.Paths[p][strings.ToLower(r.Method)]; !ok {
			t.Errorf("%s %s is not in openapi.json", r.Method, p)
		}
	}
}

func TestGraphFiltersMetEdges(t *testing.T) {
	h, _ := newServer(t, true)
	count := func(path string) (met int) {
		var g graph.Subgraph
		wantStatus(t, get(t, h, path, &g), http.StatusOK, path)
		for _, e := range g.Edges {
			if e.Type == graph.EdgeMet {
				met += e.Count
			}
		}
		return met
	}
	all := count("/api/graph?actor=Hakan+Fidan")
	istanbul := count("/api/graph?actor=Hakan+Fidan&place=Istanbul")
	early := count("/api/graph?actor=Hakan+Fidan&to=2024-03")
	if all == 0 || istanbul == 0 || istanbul >= all || early >= all {
		t.Fatalf("met counts: all %d, Istanbul %d, to March %d", all, istanbul, early)
	}
	// The edge cap keeps the strongest met edges and says it cut; the
	// other edges and the nodes stay.
	var full, capped graph.Subgraph
	wantStatus(t, get(t, h, "/api/graph?actor=Hakan+Fidan", &full), http.StatusOK, "graph")
	wantStatus(t, get(t, h, "/api/graph?actor=Hakan+Fidan&edges=1", &capped), http.StatusOK, "graph, edges=1")
	var met []graph.Edge
	for _, e := range full.Edges {
		if e.Type == graph.EdgeMet {
			met = append(met, e)
		}
	}
	var kept []graph.Edge
	for _, e := range capped.Edges {
		if e.Type == graph.EdgeMet {
			kept = append(kept, e)
		}
	}
	if len(met) < 2 || full.EdgesTruncated || len(kept) != 1 || !capped.EdgesTruncated || !capped.Truncated || capped.NodesTruncated ||
		len(capped.Nodes) != len(full.Nodes) || len(capped.Edges)-1 != len(full.Edges)-len(met) {
		t.Fatalf("edges=1: %d met edges kept of %d, %d edges of %d, truncated %v/%v/%v", len(kept), len(met), len(capped.Edges), len(full.Edges),
			capped.Truncated, capped.NodesTruncated, capped.EdgesTruncated)
	}
	for _, e := range met {
		if e.Count > kept[0].Count {
			t.Fatalf("edges=1 kept %+v, weaker than %+v", kept[0], e)
		}
	}
	for _, bad := range []string{"0", "25001", "x"} {
		wantStatus(t, get(t, h, "/api/graph?actor=Hakan+Fidan&edges="+bad, nil), http.StatusBadRequest, "edges="+bad)
	}
	var m graph.MeetingView
	var page graph.Page[graph.MeetingView]
	get(t, h, "/api/meetings?limit=1", &page)
	id := page.Items[0].ID
	wantStatus(t, get(t, h, "/api/meetings/"+id, &m), http.StatusOK, "meeting")
	if rec := get(t, h, "/api/meetings/"+id+"?asOf=2023-01-01", nil); rec.Code != http.StatusNotFound {
		t.Fatalf("a meeting before any source reported it: %d", rec.Code)
	}
}

func TestMetPages(t *testing.T) {
	h, _ := newServer(t, true)
	var all, first, second graph.MetResult
	get(t, h, "/api/met?actor=Nicholas+Burns&limit=200", &all)
	get(t, h, "/api/met?actor=Nicholas+Burns&limit=3", &first)
	get(t, h, "/api/met?actor=Nicholas+Burns&limit=3&offset=3", &second)
	shown := func(r graph.MetResult) (n int, ids []string) {
		for _, c := range r.Counterparts {
			for _, m := range c.Meetings {
				if !slices.Contains(ids, m.ID) {
					ids = append(ids, m.ID)
				}
			}
			n += c.Count
		}
		return n, ids
	}
	totalAll, idsAll := shown(all)
	totalFirst, idsFirst := shown(first)
	_, idsSecond := shown(second)
	if all.Truncated || all.Meetings != len(idsAll) || all.Meetings <= 3 {
		t.Fatalf("unpaged: %d meetings, %d shown, truncated %v", all.Meetings, len(idsAll), all.Truncated)
	}
	if !first.Truncated || len(idsFirst) != 3 || len(idsSecond) == 0 || slices.ContainsFunc(idsSecond, func(id string) bool { return slices.Contains(idsFirst, id) }) {
		t.Fatalf("pages: %v then %v (truncated %v)", idsFirst, idsSecond, first.Truncated)
	}
	if totalFirst != totalAll || first.Meetings != all.Meetings {
		t.Fatalf("a page's counts (%d, %d meetings) differ from the whole's (%d, %d)", totalFirst, first.Meetings, totalAll, all.Meetings)
	}
}

func TestTimeoutIs504(t *testing.T) {
	st := graphtest.Store(t)
	h := web.New(st, slog.New(slog.DiscardHandler), web.Options{RequestTimeout: time.Nanosecond})
	rec := get(t, h, "/api/met?actor=Burns", nil)
	if rec.Code != http.StatusGatewayTimeout || !strings.Contains(rec.Body.String(), `"timeout"`) {
		t.Fatalf("a request past its deadline: %d %s", rec.Code, rec.Body)
	}
}

// The profile and the places as known on a day: nothing before the first
// report, part of it in between, all of it without asOf.
func TestProfileAndPlacesAsOf(t *testing.T) {
	h, _ := newServer(t, true)
	var page graph.Page[graph.MeetingView]
	wantStatus(t, get(t, h, "/api/meetings?actor=Hakan+Fidan&sort=date&limit=1", &page), http.StatusOK, "Fidan's first meeting")
	if len(page.Items) == 0 || len(page.Items[0].Sources) == 0 {
		t.Fatalf("no first meeting with a source: %+v", page)
	}
	mid := page.Items[0].Sources[0].Published
	profile := func(asOf string) graph.Profile {
		var p graph.Profile
		wantStatus(t, get(t, h, "/api/actors/Hakan%20Fidan?asOf="+asOf, &p), http.StatusOK, "profile as of "+asOf)
		return p
	}
	places := func(asOf string) int {
		var p graph.Page[graph.PlaceView]
		wantStatus(t, get(t, h, "/api/places?asOf="+asOf, &p), http.StatusOK, "places as of "+asOf)
		return p.Total
	}
	all, then, none := profile(""), profile(mid), profile("1990")
	if none.Meetings != 0 || none.Sources != 0 || len(none.Counterparts) != 0 {
		t.Errorf("as of 1990: %+v", none)
	}
	if then.Meetings < 1 || then.Meetings >= all.Meetings || then.Sources >= all.Sources {
		t.Errorf("as of %s: %d meetings from %d sources; in all %d from %d", mid, then.Meetings, then.Sources, all.Meetings, all.Sources)
	}
	if p0, p1, p2 := places("1990"), places(mid), places(""); p0 != 0 || p1 < 1 || p1 >= p2 {
		t.Errorf("places as of 1990, %s and today: %d, %d, %d", mid, p0, p1, p2)
	}
	for _, path := range []string{"/api/actors/Hakan%20Fidan?asOf=someday", "/api/places?asOf=2024-13-01"} {
		wantStatus(t, get(t, h, path, nil), http.StatusBadRequest, path)
	}
}

// graphMLTruncated is the graph element's "truncated" data value.
func graphMLTruncated(t *testing.T, body []byte) string {
	t.Helper()
	var doc struct {
		Keys []struct {
			ID  string `xml:"id,attr"`
			For string `xml:"for,attr"`
		} `xml:"key"`
		Graph struct {
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(doc.Keys, func(k struct {
		ID  string `xml:"id,attr"`
		For string `xml:"for,attr"`
	}) bool {
		return k.ID == "truncated" && k.For == "graph"
	}) {
		t.Fatalf("no graph key \"truncated\" declared")
	}
	for _, d := range doc.Graph.Data {
		if d.Key == "truncated" {
			return d.Value
		}
	}
	return ""
}
