// Command ui benchmarks the explorer in Chromium (`make bench-ui`): it
// serves the built explorer (web/dist), opens it in headless Chromium and
// calls the page's benchmark hook, which draws a synthetic graph (5,000
// nodes and 20,000 edges by default) and measures the first frame, the
// layout, panning and zooming, dragging a node and hovering. Each WebGL
// back end is run a few times and the median of every figure reported;
// -out writes them into BENCHMARKS.md's explorer section.
//
// The figures depend on the WebGL back end more than on Parley: "gl-egl"
// is the system's OpenGL ES (a GPU where there is one, Mesa's llvmpipe
// software rasterizer where there is none), "swiftshader" is Chromium's
// own software rasterizer. Main-thread times (Parley's and sigma's share
// of each frame) do not depend on it.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/parley-dev/parley/bench/sections"
)

// The floor the explorer must meet: while panning, zooming and dragging
// a node, the main thread's work per frame (Parley and sigma) fits a 60 Hz
// frame at p95. That part does not depend on the GPU; the frame rate does,
// and on a machine without one it is bounded by the browser compositing
// its layers in software, which the "ceiling" column measures.
const floorMainMs = 16.7

// backends are Chromium's WebGL implementations the benchmark runs on.
var backends = map[string][]chromedp.ExecAllocatorOption{
	"gl-egl":      {chromedp.Flag("use-gl", "angle"), chromedp.Flag("use-angle", "gl-egl")},
	"swiftshader": {chromedp.Flag("use-angle", "swiftshader"), chromedp.Flag("enable-unsafe-swiftshader", true)},
}

type config struct {
	dist, out, chromium string
	nodes, edges, runs  int
	seconds             float64
	width, height       int
	backends            []string
}

// result is what the page's benchmark hook returns (graph.ts).
type result struct {
	Renderer      string  `json:"renderer"`
	Nodes         int     `json:"nodes"`
	Edges         int     `json:"edges"`
	BigMode       bool    `json:"bigMode"`
	Ceiling       phase   `json:"ceiling"`
	FirstRenderMs float64 `json:"firstRenderMs"`
	Layout        struct {
		phase
		Iterations int     `json:"iterations"`
		Reason     string  `json:"reason"`
		WallMs     float64 `json:"wallMs"`
	} `json:"layout"`
	Pan          phase    `json:"pan"`
	Drag         phase    `json:"drag"`
	HoverP50Ms   float64  `json:"hoverP50Ms"`
	HoverWorstMs float64  `json:"hoverWorstMs"`
	Errors       []string `json:"errors"`
}

type phase struct {
	FPS          float64 `json:"fps"`
	P95FrameMs   float64 `json:"p95FrameMs"`
	WorstFrameMs float64 `json:"worstFrameMs"`
	Renders      int     `json:"renders"`
	MainP50Ms    float64 `json:"mainP50Ms"`
	MainP95Ms    float64 `json:"mainP95Ms"`
}

func main() {
	var c config
	var names string
	flag.StringVar(&c.dist, "dist", "web/dist", "the built explorer")
	flag.StringVar(&c.out, "out", "", "write the figures into this file's explorer section (e.g. BENCHMARKS.md)")
	flag.StringVar(&c.chromium, "chromium", "", "Chromium binary (default: chromium on PATH)")
	flag.IntVar(&c.nodes, "nodes", 5000, "nodes in the synthetic graph")
	flag.IntVar(&c.edges, "edges", 20000, "edges in the synthetic graph")
	flag.IntVar(&c.runs, "runs", 3, "runs per back end (the median is reported)")
	flag.Float64Var(&c.seconds, "seconds", 3, "length of each measured phase")
	flag.IntVar(&c.width, "width", 1920, "window width")
	flag.IntVar(&c.height, "height", 1080, "window height")
	flag.StringVar(&names, "backends", "gl-egl,swiftshader", "WebGL back ends to run, first one judged against the floors")
	flag.Parse()
	c.backends = strings.Split(names, ",")
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(context.Background(), c, log); err != nil {
		log.Error("ui benchmark", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, c config, log *slog.Logger) error {
	if c.chromium == "" {
		p, err := exec.LookPath("chromium")
		if err != nil {
			return errors.New("chromium not found on PATH: apt-get install -y chromium, or pass -chromium")
		}
		c.chromium = p
	}
	if _, err := os.Stat(filepath.Join(c.dist, "index.html")); err != nil {
		return fmt.Errorf("the built explorer: %w (run from the repository root, or make ui)", err)
	}
	srv := httptest.NewServer(explorer(c.dist))
	defer srv.Close()

	all := map[string][]result{}
	var version string
	for _, name := range c.backends {
		flags, ok := backends[name]
		if !ok {
			return fmt.Errorf("unknown back end %q (have gl-egl, swiftshader)", name)
		}
		for i := 0; i < c.runs; i++ {
			r, v, err := once(ctx, c, srv.URL, flags)
			if err != nil {
				return fmt.Errorf("%s run %d: %w", name, i+1, err)
			}
			version = v
			log.Info("run", "backend", name, "n", i+1, "renderer", r.Renderer, "panFps", r.Pan.FPS, "dragFps", r.Drag.FPS,
				"panMainP95", r.Pan.MainP95Ms, "hoverMs", r.HoverP50Ms, "layoutMs", r.Layout.WallMs)
			if len(r.Errors) > 0 {
				return fmt.Errorf("%s run %d: the page reported errors: %q", name, i+1, r.Errors)
			}
			all[name] = append(all[name], r)
		}
	}
	doc := markdown(c, version, all)
	fmt.Println(doc)
	if c.out == "" {
		return nil
	}
	old, err := sections.Read(c.out)
	if err != nil {
		return fmt.Errorf("reading %s: %w", c.out, err)
	}
	if err := os.WriteFile(c.out, []byte(sections.WithUI(old, doc)), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", c.out, err)
	}
	log.Info("written", "file", c.out)
	return nil
}

// explorer serves the built explorer the way `parley serve` does for the
// page's own routes. The benchmark hook draws its own graph, so the API is
// not needed: its calls get a 503.
func explorer(dist string) http.Handler {
	files := http.FileServer(http.Dir(dist))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprint(w, `{"error":{"code":"unavailable","message":"the UI benchmark runs without the API"}}`)
			return
		}
		if st, err := os.Stat(filepath.Join(dist, path.Clean(r.URL.Path))); err != nil || st.IsDir() {
			r.URL.Path = "/"
		}
		files.ServeHTTP(w, r)
	})
}

// once runs the benchmark hook in a fresh browser.
func once(ctx context.Context, c config, url string, flags []chromedp.ExecAllocatorOption) (result, string, error) {
	dir, err := os.MkdirTemp("", "parley-uibench-")
	if err != nil {
		return result{}, "", err
	}
	defer os.RemoveAll(dir)
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(c.chromium),
		chromedp.Headless, chromedp.NoSandbox, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(dir),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("ignore-gpu-blocklist", true),
		chromedp.WindowSize(c.width, c.height),
	}, flags...)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	// The first call starts the browser, which lives as long as its context:
	// no timeout on it; later calls get one.
	if err := chromedp.Do(bctx, chromedp.Navigate(url+"/graph")); err != nil {
		return result{}, "", fmt.Errorf("opening the explorer: %w", err)
	}
	tctx, cancel := context.WithTimeout(bctx, 5*time.Minute)
	defer cancel()
	version, err := chromedp.Run(tctx, chromedp.Evaluate[string](`navigator.userAgent.match(/(?:Headless)?Chrom(?:e|ium)\/[\d.]+/)?.[0] ?? navigator.userAgent`))
	if err != nil {
		return result{}, "", fmt.Errorf("browser version: %w", err)
	}
	if _, err := chromedp.Run(tctx, chromedp.Poll[bool](`Boolean(window.__parley && window.__parley.graphView)`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		return result{}, "", fmt.Errorf("waiting for the explorer: %w", err)
	}
	expr := fmt.Sprintf(`window.__parley.benchmark(%d, %d, %g)`, c.nodes, c.edges, c.seconds)
	raw, err := chromedp.Run(tctx, chromedp.Evaluate[json.RawMessage](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		return result{}, "", fmt.Errorf("benchmark hook: %w", err)
	}
	var r result
	if err := json.Unmarshal(raw, &r); err != nil {
		return result{}, "", fmt.Errorf("benchmark hook result: %w", err)
	}
	if r.Nodes != c.nodes || r.Edges != c.edges || r.Renderer == "" || r.Pan.Renders == 0 {
		return result{}, "", fmt.Errorf("the benchmark hook drew %d nodes and %d edges on %q with %d frames panning: is web/dist current (make ui)?", r.Nodes, r.Edges, r.Renderer, r.Pan.Renders)
	}
	return r, version, nil
}

// median of one figure over runs.
func median(rs []result, f func(result) float64) float64 {
	xs := make([]float64, len(rs))
	for i, r := range rs {
		xs[i] = f(r)
	}
	slices.Sort(xs)
	if len(xs) == 0 {
		return 0
	}
	return xs[len(xs)/2]
}

func markdown(c config, version string, all map[string][]result) string {
	var w strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&w, format+"\n", args...) }
	p("## Explorer: %d nodes, %d edges", c.nodes, c.edges)
	p("")
	p("Written by `make bench-ui` (bench/ui) on %s: %s, headless, %d×%d window, %d CPU cores, no GPU unless the renderer says so; median of %d runs, %gs per phase.",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), version, c.width, c.height, runtime.NumCPU(), c.runs, c.seconds)
	p("Frame rates are capped by the display at 60. \"Main\" is the main thread's time per frame (Parley and sigma, before the GPU), p95. Layout: time until it stops, frame rate meanwhile, why it stopped. Hover: from entering a node to the frame that highlights its neighbourhood, median.")
	p("")
	p("| WebGL back end | renderer | ceiling | first frame | layout | pan and zoom | main | drag a node | main | hover |")
	p("| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
	for _, name := range c.backends {
		rs := all[name]
		if len(rs) == 0 {
			continue
		}
		m := func(f func(result) float64) float64 { return median(rs, f) }
		p("| %s | %s | %.0f fps | %.0f ms | %.1f s, %.0f fps, %s | **%.0f fps** | %.1f ms | **%.0f fps** | %.1f ms | %.0f ms |",
			name, rs[0].Renderer, m(func(r result) float64 { return r.Ceiling.FPS }), m(func(r result) float64 { return r.FirstRenderMs }),
			m(func(r result) float64 { return r.Layout.WallMs })/1000, m(func(r result) float64 { return r.Layout.FPS }), rs[len(rs)/2].Layout.Reason,
			m(func(r result) float64 { return r.Pan.FPS }), m(func(r result) float64 { return r.Pan.MainP95Ms }),
			m(func(r result) float64 { return r.Drag.FPS }), m(func(r result) float64 { return r.Drag.MainP95Ms }),
			m(func(r result) float64 { return r.HoverP50Ms }))
	}
	p("")
	var worst float64
	for _, name := range c.backends {
		for _, r := range all[name] {
			worst = max(worst, r.Pan.MainP95Ms, r.Drag.MainP95Ms)
		}
	}
	verdict := "met"
	if worst > floorMainMs {
		verdict = "**missed**"
	}
	p("Floor: the main thread's work per frame fits a 60 Hz frame (%.1f ms, p95) while panning, zooming and dragging a node, in every run: %s (worst %.1f ms).", floorMainMs, verdict, worst)
	p("\"Ceiling\" is the explorer's own canvases with nothing drawn, the camera moving: without a GPU, the browser compositing its layers in software bounds every frame rate in the row.")
	p("")
	p("Reproduce: `make bench-ui` (about %d minutes; `go run ./bench/ui -h` for options).", max(1, len(c.backends)*c.runs*int(4*c.seconds+25)/60))
	return w.String()
}
