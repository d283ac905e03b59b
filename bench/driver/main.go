// Command driver runs Parley's benchmark end to end (`make bench`): it
// generates the synthetic data set, starts its own Neo4j (port 7689, data
// in .data/neo4j-bench, wiped), measures the per-record load path on a
// subset, Parley's bulk import of the whole set, the API under concurrent
// load against the same Cypher run through the driver, Neo4j's own
// LOAD CSV of the same data, and the offline import (`parley import
// --offline`, Neo4j's neo4j-admin importer); then writes BENCHMARKS.md and
// stops Neo4j.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/parley-dev/parley/bench/load"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/graph/storebench"
)

type config struct {
	meetings, actors, baseline  int
	seed                        uint64
	port                        int
	heap, pagecache             string
	loadTime                    time.Duration
	loadRequests, workers       int
	out, bin                    string
	dataDir, homeDir, importDir string
	apiPort                     int
	readsOnly                   bool
	only                        string
	importOnly                  bool
}

func main() {
	var c config
	flag.IntVar(&c.meetings, "meetings", 1_000_000, "meetings to generate and import")
	flag.IntVar(&c.actors, "actors", 200_000, "actors to draw from")
	flag.IntVar(&c.baseline, "baseline", 10_000, "meetings loaded one record per transaction (the per-record path)")
	flag.Uint64Var(&c.seed, "seed", 1, "data set seed")
	flag.IntVar(&c.port, "port", 7689, "Bolt port of the benchmark's own Neo4j")
	flag.StringVar(&c.heap, "heap", "3g", "Neo4j heap")
	flag.StringVar(&c.pagecache, "pagecache", "4g", "Neo4j page cache")
	flag.DurationVar(&c.loadTime, "load-time", 20*time.Second, "time bound of each load run")
	flag.IntVar(&c.loadRequests, "load-requests", 5000, "request bound of each load run")
	flag.IntVar(&c.workers, "concurrency", 4, "concurrent clients")
	flag.IntVar(&c.apiPort, "api-port", 18089, "port of the server under test (127.0.0.1)")
	flag.StringVar(&c.out, "out", "BENCHMARKS.md", "report to write")
	flag.StringVar(&c.bin, "bin", "bin/parley", "parley binary")
	flag.StringVar(&c.dataDir, "data", ".data/bench", "working folder (wiped)")
	flag.StringVar(&c.homeDir, "home", ".data/neo4j-bench", "Neo4j home of the benchmark (wiped)")
	flag.BoolVar(&c.readsOnly, "reads-only", false, "only measure the reads, against the database already running on -port (nothing generated, imported or wiped; Neo4j left running); writes the reads table to -out")
	flag.StringVar(&c.only, "only", "", "measure only the reads whose row name matches this regular expression (e.g. 'overview|timeline')")
	flag.BoolVar(&c.importOnly, "import-only", false, "measure the imports only (bulk, LOAD CSV, offline): no per-record path, no reads")
	flag.Parse()
	c.importDir = filepath.Join(c.dataDir, "import")
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	b := &bench{c: c, log: slog.New(slog.NewTextHandler(os.Stderr, nil)), started: time.Now()}
	var err error
	if c.readsOnly {
		err = b.readsOnly(ctx)
	} else {
		err = b.run(ctx)
		b.stopNeo4j()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

type bench struct {
	c       config
	log     *slog.Logger
	started time.Time
	r       report
}

type report struct {
	machine       []string
	loadBefore    string
	loadAfter     string
	loadDuring    string // the 1-minute load average sampled through the run
	records       int
	genTime       time.Duration
	baseMeetings  int
	baseTime      time.Duration
	importOut     string
	importTime    time.Duration
	importMeet    int
	counts        map[string]int64
	csvCounts     map[string]int64
	csvTimes      map[string]time.Duration
	csvTime       time.Duration
	offTime       time.Duration
	offOut        string
	offCounts     map[string]int64
	targets       map[string][]storebench.Actor
	runs          []load.Result
	rssPeak       map[string]int64
	rssIdle       int64
	profile       string
	profileActor  storebench.Actor
	degreeSummary string
	total         time.Duration
}

func (b *bench) env() []string {
	return append(os.Environ(),
		"NEO4J_HOME_DIR="+b.c.homeDir, "NEO4J_BOLT_PORT="+strconv.Itoa(b.c.port),
		"NEO4J_PID_FILE="+b.c.homeDir+".pid", "NEO4J_LOG_FILE="+b.c.homeDir+".log",
		"NEO4J_HEAP="+b.c.heap, "NEO4J_PAGECACHE="+b.c.pagecache, "NEO4J_IMPORT_DIR="+b.c.importDir,
		"NEO4J_AUTH=false", "NEO4J_TX_TIMEOUT=30m", "NEO4J_ALLOW_CSV_FILES=1",
		"NEO4J_URI="+b.uri(), "NEO4J_PASSWORD=", "GOMEMLIMIT=8GiB",
	)
}

func (b *bench) uri() string { return "bolt://127.0.0.1:" + strconv.Itoa(b.c.port) }

func (b *bench) sh(ctx context.Context, name string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = b.env()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("%s %s: %w\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

func (b *bench) startNeo4j(ctx context.Context, wipe bool) error {
	b.stopNeo4j()
	if wipe {
		if err := os.RemoveAll(b.c.homeDir); err != nil {
			return err
		}
	}
	out, err := b.sh(ctx, "tools/neo4j/start.sh")
	b.log.Info("neo4j", "out", strings.TrimSpace(out))
	return err
}

func (b *bench) stopNeo4j() {
	out, _ := b.sh(context.Background(), "tools/neo4j/stop.sh")
	b.log.Info("neo4j stop", "out", strings.TrimSpace(out))
}

func (b *bench) open(ctx context.Context) (*store.Store, error) {
	st, err := store.Open(store.Config{URI: b.uri(), QueryTimeout: 30 * time.Minute}, nil)
	if err != nil {
		return nil, err
	}
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	return st, st.WaitReady(wctx)
}

func (b *bench) run(ctx context.Context) error {
	c := b.c
	b.r.machine = machine()
	b.r.loadBefore = loadavg()
	during := sampleLoad(ctx, 30*time.Second)
	for _, d := range []string{c.dataDir} {
		if err := os.RemoveAll(d); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(c.importDir, 0o755); err != nil {
		return err
	}
	records := filepath.Join(c.dataDir, "records.jsonl")

	// 1. The data set.
	b.log.Info("generating", "meetings", c.meetings, "actors", c.actors)
	t0 := time.Now()
	out, err := b.sh(ctx, c.bin, "gen", "--seed", strconv.FormatUint(c.seed, 10), "--actors", strconv.Itoa(c.actors),
		"--meetings", strconv.Itoa(c.meetings), "--out", records, "--csv", c.importDir)
	if err != nil {
		return err
	}
	b.r.genTime = time.Since(t0)
	b.log.Info("generated", "took", b.r.genTime, "out", strings.TrimSpace(out))
	if n, err := countLines(records); err == nil {
		b.r.records = n
	}

	// 2. Our own Neo4j, wiped.
	if err := b.startNeo4j(ctx, true); err != nil {
		return err
	}
	st, err := b.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if err := st.EnsureSchema(ctx); err != nil {
		return err
	}

	// 3. The per-record path (one transaction per record, as `parley load`)
	// on the first records, into the empty graph.
	if !c.importOnly {
		if err := b.baseline(ctx, st, records); err != nil {
			return err
		}
	}
	if err := st.DeleteAll(ctx); err != nil {
		return err
	}

	// 4. Parley's bulk import of the whole set.
	b.log.Info("importing")
	t0 = time.Now()
	out, err = b.sh(ctx, c.bin, "import", records)
	if err != nil {
		return err
	}
	b.r.importTime = time.Since(t0)
	b.r.importOut = lastLine(out)
	b.log.Info("imported", "took", b.r.importTime, "out", b.r.importOut)
	if b.r.counts, err = storebench.New(st).Counts(ctx); err != nil {
		return err
	}
	b.r.importMeet = c.meetings
	b.partial()

	// 5. Reads under load.
	if !c.importOnly {
		if err := b.reads(ctx, st); err != nil {
			return err
		}
	}

	b.partial()

	// 6. LOAD CSV of the same graph into a fresh database.
	st.Close(ctx)
	if err := b.startNeo4j(ctx, true); err != nil {
		return err
	}
	st2, err := b.open(ctx)
	if err != nil {
		return err
	}
	defer st2.Close(context.Background())
	if err := st2.EnsureSchema(ctx); err != nil {
		return err
	}
	b.log.Info("LOAD CSV")
	t0 = time.Now()
	if b.r.csvTimes, err = storebench.New(st2).LoadCSV(ctx, "file:///"); err != nil {
		return err
	}
	// The same aggregates as Parley's import keeps (MET_WITH), built after
	// the load by the store's own rebuild, so that both end with one graph.
	t1 := time.Now()
	if err := st2.RebuildMet(ctx); err != nil {
		return err
	}
	b.r.csvTimes["MET_WITH (RebuildMet)"] = time.Since(t1)
	// And the home page's kept date keys and meeting counts.
	t1 = time.Now()
	if err := st2.RelinkDates(ctx); err != nil {
		return err
	}
	if err := st2.RecountMeetings(ctx); err != nil {
		return err
	}
	b.r.csvTimes["DateKeys and meeting counts (RelinkDates, RecountMeetings)"] = time.Since(t1)
	b.r.csvTime = time.Since(t0)
	b.log.Info("LOAD CSV done", "took", b.r.csvTime)
	if b.r.csvCounts, err = storebench.New(st2).Counts(ctx); err != nil {
		return err
	}
	st2.Close(ctx)
	b.partial()

	// 7. The offline import of the same records into a fresh, empty
	// database, end to end: `parley import --offline` writes the
	// importer's files, stops this Neo4j, runs neo4j-admin database
	// import, starts it again and creates the schema.
	if err := b.startNeo4j(ctx, true); err != nil {
		return err
	}
	b.log.Info("offline import")
	t0 = time.Now()
	out, err = b.sh(ctx, c.bin, "import", "--offline", "--offline-dir", c.dataDir, records)
	if err != nil {
		return err
	}
	b.r.offTime = time.Since(t0)
	b.r.offOut = lastLine(out)
	b.log.Info("offline import done", "took", b.r.offTime, "out", b.r.offOut)
	st3, err := b.open(ctx)
	if err != nil {
		return err
	}
	defer st3.Close(context.Background())
	if b.r.offCounts, err = storebench.New(st3).Counts(ctx); err != nil {
		return err
	}
	b.r.loadAfter = loadavg()
	b.r.loadDuring = during()
	b.r.total = time.Since(b.started)
	return b.write()
}

// partial writes the report so far, so a run cut short leaves its figures.
func (b *bench) partial() {
	b.r.total = time.Since(b.started)
	if err := b.write(); err != nil {
		b.log.Warn("writing the partial report", "err", err)
	}
}

func (b *bench) baseline(ctx context.Context, st *store.Store, records string) error {
	f, err := os.Open(records)
	if err != nil {
		return err
	}
	defer f.Close()
	rd := store.NewJSONLReader(f, nil)
	t0 := time.Now()
	deadline := t0.Add(2 * time.Minute)
	for b.r.baseMeetings < b.c.baseline && time.Now().Before(deadline) {
		it, ok, err := rd.Next()
		if err != nil || !ok {
			return err
		}
		if _, err := st.LoadRecord(ctx, it.Record); err != nil {
			return err
		}
		b.r.baseMeetings += len(it.Record.Meetings)
	}
	b.r.baseTime = time.Since(t0)
	b.log.Info("per-record path", "meetings", b.r.baseMeetings, "took", b.r.baseTime)
	return nil
}

func (b *bench) reads(ctx context.Context, st *store.Store) error {
	degrees, err := storebench.New(st).Degrees(ctx)
	if err != nil {
		return err
	}
	b.r.degreeSummary = degreeSummary(degrees)
	pick := func(lo, hi, n int) []storebench.Actor { return storebench.Pick(degrees, lo, hi, n) }
	b.r.targets = map[string][]storebench.Actor{
		"busiest": pick(1001, 10000, 20), // the hubs: up to 10,000 meetings
		"heavy":   pick(500, 1000, 20),
		"mixed":   append(append(pick(100, 499, 20), pick(10, 99, 20)...), pick(1, 9, 20)...),
	}
	if len(b.r.targets["heavy"]) == 0 {
		b.r.targets["heavy"] = pick(1, 1000, 20)
	}
	b.r.profileActor = b.r.targets["heavy"][0]
	if busiest := b.r.targets["busiest"]; len(busiest) > 0 {
		b.r.profileActor = busiest[0]
	}
	if b.r.profile, err = storebench.New(st).Profile(ctx, b.r.profileActor.ID, 200); err != nil {
		return err
	}

	// The server under test.
	addr := "127.0.0.1:" + strconv.Itoa(b.c.apiPort)
	cmd := exec.Command(b.c.bin, "serve", "--no-seed")
	cmd.Env = append(b.env(), "PARLEY_ADDR="+addr, "PARLEY_LOG_LEVEL=warn")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
		}
	}()
	base := "http://" + addr
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	for i := 0; ; i++ {
		resp, err := client.Get(base + "/api/health")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if i > 240 {
			return errors.New("server did not become healthy")
		}
		time.Sleep(500 * time.Millisecond)
	}
	b.r.rssIdle = rss(cmd.Process.Pid)
	b.r.rssPeak = map[string]int64{}

	sb := storebench.New(st)
	var targets []target
	for _, class := range []string{"busiest", "heavy", "mixed"} {
		as := b.r.targets[class]
		if len(as) == 0 {
			continue
		}
		var met, gr []string
		for _, a := range as {
			met = append(met, "/api/met?actor="+url.QueryEscape(a.ID))
			gr = append(gr, "/api/graph?actor="+url.QueryEscape(a.ID)+"&depth=1&limit=200")
		}
		targets = append(targets,
			target{"/api/met " + class, met, func(ctx context.Context, i int) error {
				_, err := sb.MetDirect(ctx, as[i%len(as)].ID)
				return err
			}},
			target{"/api/graph " + class, gr, func(ctx context.Context, i int) error {
				_, err := sb.GraphDirect(ctx, as[i%len(as)].ID, 200)
				return err
			}})
	}
	home, err := homeTargets(ctx, st, b.r.targets["heavy"])
	if err != nil {
		return err
	}
	targets = append(targets, home...)
	if targets, err = only(targets, b.c.only); err != nil {
		return err
	}
	for _, t := range targets {
		// Warm up both paths (page cache, query plans), then measure.
		load.Run(ctx, "warmup", b.c.workers, 2*len(t.api), 30*time.Second, load.HTTPGet(client, base, t.api))
		load.Run(ctx, "warmup", b.c.workers, 2*len(t.api), 30*time.Second, t.dir)
		// The API and the driver in alternating slices (load.Paired): the
		// overhead is their ratio, so a busy spell of the shared machine
		// must not fall on one side only.
		stopRSS := sampleRSS(cmd.Process.Pid)
		api, dir := load.Paired(ctx, "API "+t.name, "driver "+t.name, b.c.workers, b.c.loadRequests, b.c.loadTime, pairedRounds,
			load.HTTPGet(client, base, t.api), t.dir)
		b.r.rssPeak[t.name] = stopRSS()
		b.log.Info("load", "api", api.String(), "driver", dir.String())
		b.r.runs = append(b.r.runs, api, dir)
	}
	return nil
}

// pairedRounds is how many alternating slices each API/driver pair of
// load runs is cut into (load.Paired).
const pairedRounds = 6

// rss reads a process's resident set size in bytes from /proc.
func rss(pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				n, _ := strconv.ParseInt(f[1], 10, 64)
				return n * 1024
			}
		}
	}
	return 0
}

// sampleRSS samples RSS every 100 ms until the returned func is called,
// which returns the peak.
func sampleRSS(pid int) func() int64 {
	var mu sync.Mutex
	var peak int64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			r := rss(pid)
			mu.Lock()
			peak = max(peak, r)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() int64 {
		close(done)
		<-stopped
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

func degreeSummary(ds []storebench.Actor) string {
	if len(ds) == 0 {
		return ""
	}
	bands := []struct {
		lo, hi int
	}{{0, 0}, {1, 9}, {10, 99}, {100, 499}, {500, 1000}, {1001, 5000}, {5001, 10000}, {10001, 1 << 30}}
	var parts []string
	for _, bd := range bands {
		n := 0
		for _, d := range ds {
			if d.Meetings >= bd.lo && d.Meetings <= bd.hi {
				n++
			}
		}
		label := fmt.Sprintf("%d–%d", bd.lo, bd.hi)
		if bd.hi == 1<<30 {
			label = fmt.Sprintf("> %d", bd.lo-1)
		}
		parts = append(parts, fmt.Sprintf("%s: %d", label, n))
	}
	return fmt.Sprintf("%d actors; busiest %d meetings; by meetings attended — %s", len(ds), ds[0].Meetings, strings.Join(parts, ", "))
}

func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
	}
	return n, sc.Err()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func loadavg() string {
	data, _ := os.ReadFile("/proc/loadavg")
	return strings.Join(strings.Fields(string(data))[:min(3, len(strings.Fields(string(data))))], " ")
}

// sampleLoad reads the 1-minute load average every period until the
// returned function is called, which stops it and sums the samples up
// ("min–max, mean m, n samples"): the load at start and end alone can hide
// an hour of other work in between.
func sampleLoad(ctx context.Context, period time.Duration) func() string {
	ctx, cancel := context.WithCancel(ctx)
	var mu sync.Mutex
	var samples []float64
	read := func() {
		if f := strings.Fields(loadavg()); len(f) > 0 {
			if v, err := strconv.ParseFloat(f[0], 64); err == nil {
				mu.Lock()
				samples = append(samples, v)
				mu.Unlock()
			}
		}
	}
	read()
	go func() {
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() string {
		cancel()
		read()
		mu.Lock()
		defer mu.Unlock()
		lo, hi, sum := samples[0], samples[0], 0.0
		for _, v := range samples {
			lo, hi, sum = min(lo, v), max(hi, v), sum+v
		}
		return fmt.Sprintf("%.1f–%.1f, mean %.1f, %d samples", lo, hi, sum/float64(len(samples)), len(samples))
	}
}

func machine() []string {
	var out []string
	cpu := ""
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "model name") {
				cpu = strings.TrimSpace(strings.SplitN(line, ":", 2)[1])
				break
			}
		}
	}
	mem := ""
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		f := strings.Fields(strings.SplitN(string(data), "\n", 2)[0])
		if len(f) >= 2 {
			kb, _ := strconv.ParseFloat(f[1], 64)
			mem = fmt.Sprintf("%.1f GiB", kb/1024/1024)
		}
	}
	kernel, _ := os.ReadFile("/proc/sys/kernel/osrelease")
	out = append(out,
		fmt.Sprintf("CPU: %s, %d cores (GOMAXPROCS %d)", cpu, runtime.NumCPU(), runtime.GOMAXPROCS(0)),
		"Memory: "+mem,
		"Kernel: "+strings.TrimSpace(string(kernel)),
		"Go: "+runtime.Version(),
	)
	if pom, err := os.ReadFile("tools/neo4j/pom.xml"); err == nil {
		s := string(pom)
		if i := strings.Index(s, "<neo4j.version>"); i >= 0 {
			j := strings.Index(s[i:], "</")
			out = append(out, "Neo4j: Community "+s[i+len("<neo4j.version>"):i+j]+" (tools/neo4j, embedded server over Bolt)")
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
