package web_test

// End-to-end tests of the explorer in headless Chromium (chromedp), over
// the real API and the test Neo4j holding the seed. They assert on the DOM
// and on state exposed at window.__parley, never on pixels, and save a
// screenshot of each view under .artifacts/screenshots/ for review.
//
//	PARLEY_TEST_NEO4J_URI=bolt://127.0.0.1:7688 go test -count=1 -run E2E ./web/
//
// PARLEY_UPDATE_SCREENSHOT=1 also writes docs/screenshot.png for the README.

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/seed"
	"github.com/parley-dev/parley/web"
)

// chromium finds Debian's Chromium; without it the test skips, or fails
// where PARLEY_REQUIRE_NEO4J says every integration test must run (CI).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "/usr/bin/chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("PARLEY_REQUIRE_NEO4J") != "" {
		t.Fatal("chromium not found: install it (apt-get install -y chromium); PARLEY_REQUIRE_NEO4J forbids skipping")
	}
	t.Skip("chromium not found: apt-get install -y chromium")
	return ""
}

// browser starts a headless Chromium with WebGL (SwiftShader) for sigma.
func browser(t *testing.T, width, height int) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("ignore-gpu-blocklist", true),
		chromedp.WindowSize(width, height),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// repoRoot is the module root (tests run in web/).
func repoRoot() string { return filepath.Dir(mustGetwd()) }

func mustGetwd() string {
	wd, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	return wd
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	time.Sleep(300 * time.Millisecond)
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	dir := filepath.Join(repoRoot(), ".artifacts", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// waitJS polls a JavaScript expression until it is true.
func waitJS(t *testing.T, ctx context.Context, expr string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("Boolean("+expr+")"))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			html, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('main')?.innerText.slice(0, 1500) ?? ''`))
			errs, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__parley?.errors ?? []`))
			t.Fatalf("timed out waiting for %s (err %v); page errors %q; page says:\n%s", expr, err, errs, html)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func evalInt(t *testing.T, ctx context.Context, expr string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return n
}

// js runs a script for its effect.
func js(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Evaluate[*cdruntime.RemoteObject](expr)(ctx, tg)
		return err
	})
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

func TestE2E(t *testing.T) {
	st := graphtest.Store(t)
	if _, err := seed.Load(graphtest.Context(t), st); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(web.New(st, slog.New(slog.DiscardHandler), web.Options{}))
	t.Cleanup(srv.Close)
	ctx := browser(t, 1600, 1000)
	const burns = "William Burns"

	t.Run("SearchProfile", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#search"))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('.graph-overlay .state-empty')`, 10*time.Second)
		screenshot(t, ctx, "0-empty")
		// "/" focuses the search box; suggestions come as you type.
		if err := chromedp.Do(ctx, chromedp.KeyEvent("/"), chromedp.KeyEvent("Burns")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.activeElement && document.activeElement.id === 'search'`, 5*time.Second)
		waitJS(t, ctx, `[...document.querySelectorAll('#suggestions .suggestion')].some(li => li.textContent.includes('`+burns+`'))`, 10*time.Second)
		if got := text(t, ctx, `#suggestions .suggestion[aria-selected="true"]`); !strings.Contains(got, burns) {
			t.Fatalf("first suggestion %q, want %s", got, burns)
		}
		screenshot(t, ctx, "1-search")
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('#profile-name')?.textContent === '`+burns+`'`, 15*time.Second)
		waitJS(t, ctx, `location.pathname === '/graph' && new URLSearchParams(location.search).get('actor')`, 5*time.Second)
		// The Paris meeting with Barnea and Al Thani, and its evidence.
		card := `[...document.querySelectorAll('#panel .meeting-card')].find(c => c.querySelector('.place')?.textContent === 'Paris')`
		waitJS(t, ctx, card, 10*time.Second)
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](card+`.innerText`))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"2024-05-24", "David Barnea", "Mohammed bin Abdulrahman bin Jassim Al Thani",
			"progress was made during Friday’s Paris talks between Messrs. Burns and Barnea", "CBS News"} {
			if !strings.Contains(got, want) {
				t.Errorf("Paris meeting card lacks %q:\n%s", want, got)
			}
		}
		waitJS(t, ctx, `window.__parley.graph.order > 3 && !window.__parley.graphView.layoutRunning`, 20*time.Second)
		screenshot(t, ctx, "2-graph-burns")
		if os.Getenv("PARLEY_UPDATE_SCREENSHOT") == "1" {
			time.Sleep(500 * time.Millisecond)
			buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(repoRoot(), "docs", "screenshot.png"), buf, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		// The meeting view.
		if err := chromedp.Do(ctx, js(card+`.querySelector('a.more').click()`)); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('dialog.meeting-dialog[open] #meeting-title')?.textContent.includes('Paris')`, 10*time.Second)
		dialog := text(t, ctx, "dialog.meeting-dialog")
		for _, want := range []string{"held", "in person", "David Barnea", "CBS News"} {
			if !strings.Contains(dialog, want) {
				t.Errorf("meeting dialog lacks %q:\n%s", want, dialog)
			}
		}
		screenshot(t, ctx, "3-meeting")
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `!document.querySelector('dialog.meeting-dialog[open]') && !location.search.includes('meeting=')`, 5*time.Second)
	})

	t.Run("ExpandNode", func(t *testing.T) {
		waitJS(t, ctx, `window.__parley.graph.order > 3 && !window.__parley.graphView.layoutRunning`, 20*time.Second)
		before := evalInt(t, ctx, `window.__parley.graph.order`)
		// Click, with the mouse, the drawn node of an actor whose
		// neighbourhood adds nodes: David Barnea (Mossad and Israel).
		target, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
			const g = window.__parley.graph;
			return g.filterNodes((n, a) => a.nodeType === 'actor' && a.label === 'David Barnea')[0] ?? '';
		})()`))
		if err != nil || target == "" {
			t.Fatalf("no David Barnea node in the graph (%v)", err)
		}
		xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(`(() => {
			const p = window.__parley.graphView.sigma, a = window.__parley.graph.getNodeAttributes(%q);
			const v = p.graphToViewport({x: a.x, y: a.y}), r = document.querySelector('#graph .stage').getBoundingClientRect();
			return [v.x + r.left, v.y + r.top];
		})()`, target)))
		if err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(xy[0], xy[1])); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, fmt.Sprintf(`new URLSearchParams(location.search).get('expand') === %q`, target), 10*time.Second)
		waitJS(t, ctx, fmt.Sprintf(`window.__parley.graph.order > %d`, before), 10*time.Second)
		after := evalInt(t, ctx, `window.__parley.graph.order`)
		waitJS(t, ctx, `document.querySelector('#profile-name')?.textContent === 'David Barnea'`, 10*time.Second)
		waitJS(t, ctx, `!window.__parley.graphView.layoutRunning`, 20*time.Second)
		screenshot(t, ctx, "4-graph-expanded")
		t.Logf("graph: %d nodes, %d after expanding David Barnea", before, after)
		// Undo takes the expansion back, and the URL with it.
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`[data-action="undo"]`))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, fmt.Sprintf(`window.__parley.graph.order === %d && !location.search.includes('expand=')`, before), 10*time.Second)
		// Back/forward replay it.
		if err := chromedp.Do(ctx, chromedp.NavigateBack()); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, fmt.Sprintf(`window.__parley.graph.order === %d`, after), 10*time.Second)
	})

	t.Run("MetTable", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/table?actor="+strings.ReplaceAll(burns, " ", "+"))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelectorAll('#view-table table.data tbody tr').length >= 1`, 15*time.Second)
		all := evalInt(t, ctx, `document.querySelectorAll('#view-table table.data tbody tr').length`)
		if err := chromedp.Do(ctx,
			chromedp.SetValue(chromedp.CSS(`#view-table input[name="place"]`), "Cairo"),
			chromedp.Click(chromedp.CSS(`#view-table button[type="submit"]`))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `new URLSearchParams(location.search).get('place') === 'Cairo' && document.querySelector('#view-table .state-empty')`, 10*time.Second)
		if err := chromedp.Do(ctx,
			chromedp.SetValue(chromedp.CSS(`#view-table input[name="place"]`), "Paris"),
			chromedp.Click(chromedp.CSS(`#view-table button[type="submit"]`))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `new URLSearchParams(location.search).get('place') === 'Paris' && document.querySelectorAll('#view-table table.data tbody tr').length > 0`, 10*time.Second)
		rows := evalInt(t, ctx, `document.querySelectorAll('#view-table table.data tbody tr').length`)
		paris := evalInt(t, ctx, `[...document.querySelectorAll('#view-table table.data tbody tr')].filter(r => r.cells[2].textContent === 'Paris').length`)
		if rows != 2 || paris != rows {
			t.Errorf("Paris filter: %d rows, %d in Paris; want Barnea and Al Thani, both in Paris (unfiltered: %d)", rows, paris, all)
		}
		attr, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`[data-action="csv"]`), "href"))
		if err != nil {
			t.Fatal(err)
		}
		csv := attr.Value
		if !strings.Contains(csv, "place=Paris") || !strings.Contains(csv, "format=csv") {
			t.Errorf("CSV link %q lacks the filters", csv)
		}
		// Sorting by counterpart.
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#view-table th:first-child button.sort`))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('#view-table th:first-child').getAttribute('aria-sort') === 'ascending'`, 5*time.Second)
		if first := text(t, ctx, `#view-table tbody tr:first-child td:first-child`); first != "David Barnea" {
			t.Errorf("sorted by counterpart, first row is %q", first)
		}
		screenshot(t, ctx, "5-table-paris")
	})

	t.Run("CypherConsole", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/console"), chromedp.WaitVisible(chromedp.CSS(".cm-editor"))); err != nil {
			t.Fatal(err)
		}
		// The default query is the first example: who met whom in Paris.
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`[data-action="run"]`))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `window.__parley.console && window.__parley.console.rows > 0 && !window.__parley.console.running`, 15*time.Second)
		rows := evalInt(t, ctx, `document.querySelectorAll('.console-table tbody tr').length`)
		drawn := evalInt(t, ctx, `window.__parley.console.graph.order`)
		if rows != 3 {
			t.Errorf("Paris query: %d rows, want 3 (the pairs among Burns, Barnea and Al Thani)", rows)
		}
		if drawn != 4 {
			t.Errorf("Paris query: %d nodes drawn, want 4 (three people and the meeting)", drawn)
		}
		waitJS(t, ctx, `location.search.includes('q=')`, 5*time.Second)
		screenshot(t, ctx, "6-console")
		// Completion knows the labels.
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`(() => { document.querySelector('.cm-content').focus(); })()`, chromedp.EvalIgnoreExceptions),
			chromedp.KeyEvent(kb.End), chromedp.KeyEvent("\nMATCH (x:Pers")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `[...document.querySelectorAll('.cm-tooltip-autocomplete li')].some(li => li.textContent.includes('Person'))`, 10*time.Second)
		screenshot(t, ctx, "7-console-completion")
		// A refusal is shown as such.
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/console?q="+strings.ReplaceAll("CREATE (n:X) RETURN n", " ", "+"))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('.refusal')?.textContent.includes('refused')`, 10*time.Second)
		screenshot(t, ctx, "8-console-refused")
	})

	t.Run("MapTimeline", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/map")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('.place-marker[data-place="Paris"]') && document.querySelector('.place-marker[data-place="Cairo"]')`, 15*time.Second)
		if err := chromedp.Do(ctx, js(`document.querySelector('.place-marker[data-place="Paris"]').dispatchEvent(new MouseEvent('click', {bubbles: true}))`)); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelector('.map-side')?.textContent.includes('Paris: 1 meeting') && document.querySelector('.map-side .evidence')`, 10*time.Second)
		screenshot(t, ctx, "9-map")
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/timeline")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `document.querySelectorAll('.tick-meeting').length >= 3`, 15*time.Second)
		screenshot(t, ctx, "10-timeline")
	})

	t.Run("Benchmark5000", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/graph")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, `window.__parley && window.__parley.graphView`, 10*time.Second)
		res, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`window.__parley.benchmark(5000, 20000, 4)`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("5,000 nodes / 20,000 edges in headless Chromium (SwiftShader, no GPU): %v", res)
		if n, _ := res["nodes"].(float64); n != 5000 {
			t.Errorf("benchmark drew %v nodes", res["nodes"])
		}
		screenshot(t, ctx, "11-benchmark-5000")
	})
}
