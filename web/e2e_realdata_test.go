package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/historian"
	"github.com/parley-dev/parley/web"
)

// historianSnapshot is the Office of the Historian's travels and visits
// beside the repository. Without it the test skips, or fails where
// PARLEY_REQUIRE_NEO4J says every integration test must run (CI).
func historianSnapshot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../shared/data/historyatstate")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "travels")); err != nil {
		if os.Getenv("PARLEY_REQUIRE_NEO4J") != "" {
			t.Fatalf("no Office of the Historian snapshot at %s; PARLEY_REQUIRE_NEO4J forbids skipping", dir)
		}
		t.Skipf("no Office of the Historian snapshot at %s", dir)
	}
	return dir
}

// importHistorian loads the snapshot the way `parley import` does: every
// historian XML file of the folder read into one historian.Builder, its
// items written by the store's bulk importer.
func importHistorian(t *testing.T, st *store.Store, dir string) store.BulkStats {
	t.Helper()
	var b historian.Builder
	files := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".xml") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if historian.Sniff(data[:min(len(data), 4096)]) == "" {
			return nil
		}
		fl, err := historian.ReadFile(strings.NewReader(string(data)), p, func(e *historian.ReadError) { t.Errorf("snapshot entry refused: %v", e) })
		if err != nil {
			return fmt.Errorf("reading %s: %w", p, err)
		}
		b.Add(fl)
		files++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	items := b.Items()
	i := 0
	next := func() (store.BulkItem, bool, error) {
		for i < len(items) {
			it := items[i]
			i++
			if err := it.Record.Validate(); err != nil {
				return store.BulkItem{}, false, fmt.Errorf("%s:%d: %w", it.Pos.File, it.Pos.Line, err)
			}
			return store.BulkItem{Line: it.Pos.Line, Record: it.Record, MeetingIDs: it.MeetingIDs, Digest: it.Digest()}, true, nil
		}
		return store.BulkItem{}, false, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	stats, err := st.NewBulkImporter(store.BulkOptions{}).Import(ctx, next)
	if err != nil {
		t.Fatalf("importing %d files of %s: %v", files, dir, err)
	}
	return stats
}

// getJSON reads an API answer.
func getJSON(t *testing.T, u string, v any) {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", u, res.Status)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
}

// boxOverlaps counts pairs of elements (by selector) whose boxes overlap.
func boxOverlaps(sel string) string {
	return `(() => { const b = [...document.querySelectorAll('` + sel + `')].map(t => t.getBoundingClientRect()).filter(r => r.width > 0); let n = 0;
		for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) if (b[i].left < b[j].right && b[j].left < b[i].right && b[i].top < b[j].bottom && b[j].top < b[i].bottom) n++; return n; })()`
}

// TestE2ERealData walks an analyst's first minute on the Office of the
// Historian's 150 years of travels and visits, imported whole: the home
// page's counts and busiest actors, the graph around a Secretary of State
// (fitted, its labels apart, the focal actor named, none cut at the edge),
// the pair dossier, the timeline by year, the map of hundreds of places
// and the meetings table paged on the server.
func TestE2ERealData(t *testing.T) {
	dir := historianSnapshot(t)
	st := graphtest.Store(t)
	t0 := time.Now()
	stats := importHistorian(t, st, dir)
	t.Logf("imported %d records (%d meetings) in %s", stats.Items, stats.Meetings, time.Since(t0).Round(time.Millisecond))
	if stats.Items < 7000 {
		t.Fatalf("imported %d records, want the whole snapshot (7,535)", stats.Items)
	}
	srv := httptest.NewServer(web.New(st, slog.New(slog.DiscardHandler), web.Options{}))
	t.Cleanup(srv.Close)
	ctx := browser(t, 1440, 900)
	bg := graphtest.Context(t)

	want, err := st.Overview(bg, 8)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("Home", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('#view-home [data-count="meetings"] strong')`, 15*time.Second)
		if want.Counts.Meetings < 7000 || want.Counts.Places < 400 {
			t.Errorf("the store counts %+v: not the whole snapshot", want.Counts)
		}
		for name, n := range map[string]int{"meetings": want.Counts.Meetings, "persons": want.Counts.Persons, "states": want.Counts.States,
			"sources": want.Counts.Sources, "places": want.Counts.Places} {
			got := strings.ReplaceAll(text(t, ctx, `#view-home [data-count="`+name+`"] strong`), ",", "")
			if got != strconv.Itoa(n) {
				t.Errorf("home page shows %s %s, want %d", got, name, n)
			}
		}
		names := evalString(t, ctx, `[...document.querySelectorAll('#view-home [data-list="actors"] li a')].map(a => a.textContent).join('|')`)
		for _, a := range want.Actors {
			if !strings.Contains(names, a.Name) {
				t.Errorf("busiest actors %q lack %s", names, a.Name)
			}
		}
		screenshot(t, ctx, "40-real-home")
		top := want.Actors[0]
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#view-home [data-list="actors"] li:first-child a`))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `location.pathname === '/graph' && new URLSearchParams(location.search).get('actor') === '`+top.ID+`'`, 5*time.Second)
		waitJS(t, ctx, `window.__parley.graph.hasNode('`+top.ID+`') && window.__parley.graph.order > 1`, 20*time.Second)
	})

	// A Secretary of State with hundreds of trips: Kissinger, who also met
	// Sadat again and again.
	hits, err := st.SearchActors(bg, graph.ActorQuery{Text: "Henry A. Kissinger", Limit: 1})
	if err != nil || len(hits.Items) == 0 || !strings.Contains(hits.Items[0].Name, "Kissinger") {
		t.Fatalf("no Kissinger among the actors: %+v %v", hits, err)
	}
	sec := hits.Items[0].ActorRef
	graphURL := srv.URL + "/graph?actor=" + url.QueryEscape(sec.ID)

	t.Run("Graph", func(t *testing.T) {
		var sg struct {
			Nodes []struct {
				ID string `json:"id"`
			} `json:"nodes"`
		}
		getJSON(t, srv.URL+"/api/graph?limit=300&depth=1&actor="+url.QueryEscape(sec.ID), &sg)
		if len(sg.Nodes) < 50 {
			t.Fatalf("%s's graph has %d nodes: want a Secretary with hundreds of trips", sec.Name, len(sg.Nodes))
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(graphURL)); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `window.__parley.graph.order > 3 && window.__parley.graphView.settled && window.__parley.graphView.labelsPlaced`, 30*time.Second)
		time.Sleep(500 * time.Millisecond)
		waitJS(t, ctx, `window.__parley.graphView.settled && window.__parley.graphView.labelsPlaced`, 10*time.Second)
		screenshot(t, ctx, "41-real-graph")
		if n := evalInt(t, ctx, `window.__parley.graph.order`); n != len(sg.Nodes) {
			t.Errorf("graph draws %d nodes, the API gives %d", n, len(sg.Nodes))
		}
		// Fitted: every drawn node inside the canvas.
		if out := evalString(t, ctx, `(() => {
			const s = window.__parley.graphView.sigma, {width, height} = s.getDimensions();
			return window.__parley.graph.filterNodes(n => window.__parley.graphView.isVisible(n)).filter(n => {
				const v = s.framedGraphToViewport(s.getNodeDisplayData(n));
				return v.x < 0 || v.y < 0 || v.x > width || v.y > height;
			}).join(', ');
		})()`); out != "" {
			t.Errorf("nodes outside the canvas after the fit: %s", out)
		}
		noLabelOverlaps(t, ctx, "", 5*time.Second)
		// The focal actor is named, and every label drawn lies whole inside the canvas.
		if evalInt(t, ctx, `window.__parley.graphView.sigma.getNodeDisplayedLabels().has('`+sec.ID+`') ? 1 : 0`) != 1 {
			t.Errorf("the focal actor %s has no label", sec.Name)
		}
		if cut := evalString(t, ctx, `(() => {
			const s = window.__parley.graphView.sigma, {width, height} = s.getDimensions();
			const c = document.createElement('canvas').getContext('2d');
			c.font = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
			return [...s.getNodeDisplayedLabels()].filter(n => {
				const d = s.getNodeDisplayData(n), v = s.framedGraphToViewport(d), r = s.scaleSize(d.size), w = c.measureText(d.label).width;
				const right = v.x + r + 3 + w, left = v.x - r - 3 - w;
				return (right > width && left < 0) || v.y - 7 < 0 || v.y + 7 > height;
			}).join(', ');
		})()`); cut != "" {
			t.Errorf("labels cut at the canvas edge: %s", cut)
		}
		// Still named when another actor, the neighbour drawn farthest away,
		// is selected (the hub's label touches its neighbours' discs; it
		// used to be dropped then).
		if err := chromedp.Do(ctx, js(`(() => { const s = window.__parley.graphView.sigma, g = window.__parley.graph;
			const at = n => s.framedGraphToViewport(s.getNodeDisplayData(n)), o = at('`+sec.ID+`');
			const far = g.neighbors('`+sec.ID+`').map(n => [n, Math.hypot(at(n).x - o.x, at(n).y - o.y)]).sort((a, b) => b[1] - a[1])[0][0];
			window.__parley.graphView.select(far); })()`)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
		waitJS(t, ctx, `window.__parley.graphView.labelsPlaced`, 10*time.Second)
		if evalInt(t, ctx, `window.__parley.graphView.sigma.getNodeDisplayedLabels().has('`+sec.ID+`') && window.__parley.graphView.labelled.has('`+sec.ID+`') ? 1 : 0`) != 1 {
			t.Errorf("with a neighbour selected, the focal actor %s has no label", sec.Name)
		}
		noLabelOverlaps(t, ctx, "with a neighbour selected, ", 5*time.Second)
		shown := evalInt(t, ctx, `window.__parley.graphView.sigma.getNodeDisplayedLabels().size`)
		if shown < 10 {
			t.Errorf("only %d labels drawn of %d nodes", shown, len(sg.Nodes))
		}
		t.Logf("%s: %d nodes, %d labels drawn", sec.Name, len(sg.Nodes), shown)
		if os.Getenv("PARLEY_UPDATE_SCREENSHOT") == "1" {
			saveDocShot(t, graphURL, "screenshot.png", `window.__parley.graph.order > 3 && window.__parley.graphView.settled && window.__parley.graphView.labelsPlaced && document.querySelector('#panel .meeting-card')`)
		}
	})

	t.Run("PairDossier", func(t *testing.T) {
		hits, err := st.SearchActors(bg, graph.ActorQuery{Text: "Anwar Sadat", Limit: 1})
		if err != nil || len(hits.Items) == 0 {
			t.Fatalf("no Sadat among the actors: %v", err)
		}
		sadat := hits.Items[0].ID
		pair, err := st.Meetings(bg, graph.MeetingQuery{ActorID: sec.ID, WithID: sadat, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		if pair.Total < 2 {
			t.Fatalf("%s and %s met %d times in the store", sec.ID, sadat, pair.Total)
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(graphURL+"&pair="+url.QueryEscape(sec.ID+","+sadat))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('dialog.pair-dialog[open] .pair-summary')?.dataset.total === '`+strconv.Itoa(pair.Total)+`'`, 15*time.Second)
		if n := evalInt(t, ctx, `document.querySelectorAll('dialog.pair-dialog[open] .meeting-card').length`); n != len(pair.Items) {
			t.Errorf("dossier lists %d meetings, want %d", n, len(pair.Items))
		}
		dossier := text(t, ctx, "dialog.pair-dialog")
		for _, m := range pair.Items {
			if m.Place != nil && !strings.Contains(dossier, m.Place.Name) {
				t.Errorf("dossier lacks the place %s of %s", m.Place.Name, m.ID)
			}
		}
		// Periods read as ranges, not as raw ISO intervals.
		if raw := evalString(t, ctx, `(document.querySelector('dialog.pair-dialog').innerText.match(/\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}/g) ?? []).join(' ')`); raw != "" {
			t.Errorf("periods shown raw: %s", raw)
		}
		screenshot(t, ctx, "42-real-pair")
	})

	t.Run("Timeline", func(t *testing.T) {
		tl, err := st.Timeline(bg, graph.TimelineQuery{Bucket: graph.BucketYear})
		if err != nil {
			t.Fatal(err)
		}
		if len(tl.Buckets) < 100 {
			t.Fatalf("%d year buckets: not 150 years", len(tl.Buckets))
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/timeline")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('.list-info')?.dataset.total === '`+strconv.Itoa(tl.Total)+`' && document.querySelectorAll('.timeline-svg .bar:not(.undated)').length > 0`, 20*time.Second)
		if n := evalInt(t, ctx, `document.querySelectorAll('.timeline-svg .bar:not(.undated)').length`); n != len(tl.Buckets) {
			t.Errorf("%d bars, want %d year buckets", n, len(tl.Buckets))
		}
		if got := evalString(t, ctx, `document.querySelector('.timeline-svg .bar:not(.undated)')?.dataset.key ?? ''`); got != tl.Buckets[0].Key {
			t.Errorf("first bar %q, want the year %s", got, tl.Buckets[0].Key)
		}
		if n := evalInt(t, ctx, `document.querySelectorAll('.timeline-svg text.tick-label:not(.lane-label)').length`); n < 4 {
			t.Errorf("%d year labels on the axis", n)
		}
		if n := evalInt(t, ctx, boxOverlaps(`.timeline-svg text.tick-label`)); n != 0 {
			t.Errorf("%d pairs of axis labels overlap", n)
		}
		screenshot(t, ctx, "43-real-timeline")
	})

	t.Run("Map", func(t *testing.T) {
		all, err := st.PlacesFor(bg, graph.PlaceQuery{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/map")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelectorAll('.place-marker').length > 100 && document.querySelector('.map-side h3')`, 20*time.Second)
		time.Sleep(300 * time.Millisecond)
		// Every place is on the map or in the list of those the gazetteer lacks.
		markers := evalInt(t, ctx, `document.querySelectorAll('.place-marker').length`)
		unknown := evalInt(t, ctx, `document.querySelectorAll('.map-side [data-unknown] li').length`)
		if markers+unknown != all.Total || markers < 100 {
			t.Errorf("%d places drawn and %d listed as not on the map, the store has %d", markers, unknown, all.Total)
		}
		labels := evalInt(t, ctx, `document.querySelectorAll('.place-label').length`)
		if labels < 30 {
			t.Errorf("only %d place labels", labels)
		}
		if n := evalInt(t, ctx, boxOverlaps(`.place-label`)); n != 0 {
			t.Errorf("%d pairs of place labels overlap (of %d labels)", n, labels)
		}
		// The three busiest places are named: their labels win over quieter
		// neighbours (at world scale the fourth, Brussels, has no room between
		// London and Paris).
		if bad := evalString(t, ctx, `[...document.querySelectorAll('.place-marker')].slice(0, 3).map(g => g.dataset.place).filter(p => !document.querySelector('.place-label[data-place="' + p + '"]')).join(', ')`); bad != "" {
			t.Errorf("busiest places without a label: %s", bad)
		}
		t.Logf("map: %d markers, %d labels, %d places without coordinates", markers, labels, unknown)
		screenshot(t, ctx, "44-real-map")
	})

	t.Run("MeetingsTable", func(t *testing.T) {
		first, err := st.Meetings(bg, graph.MeetingQuery{Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		second, err := st.Meetings(bg, graph.MeetingQuery{Limit: 50, Offset: 50})
		if err != nil {
			t.Fatal(err)
		}
		if first.Total != want.Counts.Meetings {
			t.Errorf("the store's meetings page counts %d, the overview %d", first.Total, want.Counts.Meetings)
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/table")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('#view-table .table-summary')?.dataset.total === '`+strconv.Itoa(first.Total)+`'`, 15*time.Second)
		rows := `[...document.querySelectorAll('#view-table tbody tr')].map(r => r.dataset.meeting).join(' ')`
		wantIDs := func(p graph.Page[graph.MeetingView]) string {
			ids := make([]string, len(p.Items))
			for i, m := range p.Items {
				ids[i] = m.ID
			}
			return strings.Join(ids, " ")
		}
		if got := evalString(t, ctx, rows); got != wantIDs(first) {
			t.Errorf("first page %q, want %q", got, wantIDs(first))
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#view-table [data-action="next"]`))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, rows+` === '`+wantIDs(second)+`'`, 10*time.Second)
		if got := evalString(t, ctx, `performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/api/meetings') && n.includes('offset=50')).length > 0 ? 'yes' : 'no'`); got != "yes" {
			t.Error("the second page was not asked of the server")
		}
		screenshot(t, ctx, "45-real-table")
	})
	if errs := evalString(t, ctx, `(window.__parley?.errors ?? []).join('; ')`); errs != "" {
		t.Errorf("page errors: %s", errs)
	}
}
