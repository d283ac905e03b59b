package main

import (
	"archive/zip"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/parley-dev/parley/gdelt"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/historian"
)

func newImportCmd(a *app) *cobra.Command {
	var format, offlineDir string
	var batch int
	var offline bool
	cmd := &cobra.Command{
		Use:   "import FILE|FOLDER...",
		Short: "Bulk-import JSON Lines records, GDELT 2.0 events or Office of the Historian XML into Neo4j",
		Long: `Import many records at once, thousands per transaction.

Formats (--format, or guessed from the name): jsonl — one record per line in
the shape 'parley load' reads (.jsonl, .ndjson); gdelt — a GDELT 2.0 event
export, tab-separated, 61 columns (.csv, .tsv, .txt), of which the CAMEO
meeting and negotiation codes are kept (see the gdelt package); historian —
the Office of the Historian's XML (HistoryAtState/travels and /visits), told
by its root element (<trips>, <visits>, <presidents>), whatever the name.
.gz files and .zip archives are read through. "-" reads standard input. A
folder imports every file in it (and below) of a known format.

Actors resolve to the same ids as 'parley load' gives them; meetings reported
by several sources join one node. A malformed line is reported with its line
number and skipped. Importing again changes nothing, and an import killed
midway and run again ends with the data of one clean run.

--offline loads an empty database at the speed of Neo4j's own offline
importer (neo4j-admin database import full): the records are resolved as
above, written as the importer's CSV files, and imported into the local
Neo4j that Parley runs (tools/neo4j), which is stopped for the import and
started again for the schema. It refuses a database that holds anything, a
server Parley does not run, and an input with any unreadable record
(nothing is written then).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			gcForBulk(a.getenv)
			switch format {
			case "auto", "jsonl", "gdelt", "historian":
			default:
				return fmt.Errorf("--format %q: want auto, jsonl, gdelt or historian", format)
			}
			if offline {
				return a.runOfflineImport(ctx, args, format, offlineDir)
			}
			st, _, err := a.openStore(ctx, 30*time.Second)
			if err != nil {
				return err
			}
			defer st.Close(context.WithoutCancel(ctx))
			if err := st.EnsureSchema(ctx); err != nil {
				return err
			}
			if err := st.EnsureBulkSchema(ctx); err != nil {
				return err
			}
			return a.runImport(ctx, st, args, format, batch)
		},
	}
	cmd.Flags().StringVar(&format, "format", "auto", "input format: auto, jsonl, gdelt or historian")
	cmd.Flags().IntVar(&batch, "batch", 5000, "meetings per transaction")
	cmd.Flags().BoolVar(&offline, "offline", false, "initial load of an empty database with Neo4j's offline importer: stops the local Neo4j (tools/neo4j), imports, starts it; refuses a non-empty database, another server, and any unreadable record")
	cmd.Flags().StringVar(&offlineDir, "offline-dir", "", "folder for the offline importer's CSV files (default: the system's temporary folder; removed after)")
	return cmd
}

// importCounts are read by the progress display while the import runs.
type importCounts struct {
	read, bad, skipped, meetings, items atomic.Int64
	mu                                  sync.Mutex
	unread                              []string // what could not be read, with file and line
}

func (n *importCounts) noteUnread(s string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(n.unread) < 100 {
		n.unread = append(n.unread, s)
	}
}

func (a *app) runImport(ctx context.Context, st *store.Store, args []string, format string, batch int) error {
	var n importCounts
	start := time.Now()
	paths, hist, err := a.sortInputs(args, format, &n)
	if err != nil {
		return err
	}
	stopProgress := a.showProgress(&n, start)
	imp := st.NewBulkImporter(store.BulkOptions{BatchMeetings: batch, Progress: func(p store.BulkProgress) {
		n.meetings.Store(int64(p.Meetings))
		n.items.Store(int64(p.Items))
	}})
	next, closeAll := a.items(paths, hist, format, &n)
	stats, err := imp.Import(ctx, next)
	closeAll()
	stopProgress()
	el := time.Since(start)
	fmt.Fprintf(a.stdout, "imported %d records (%d meetings new to the graph and %d updates of known ones, %d actors of which %d persons, %d automatic merges) in %d batches, %s (%.0f new meetings/s); unchanged since the last import %d, could not read %d, skipped %d not meetings\n",
		stats.Items, stats.Meetings, stats.Updates, stats.Actors, stats.Persons, stats.AutoMerges, stats.Batches, el.Round(time.Millisecond),
		float64(stats.Meetings)/el.Seconds(), stats.Unchanged, n.bad.Load(), n.skipped.Load())
	for _, e := range n.unread {
		fmt.Fprintf(a.stdout, "  could not read %s\n", e)
	}
	return err
}

// items reads the inputs one after the other: the files in paths, then the
// historian files together. Call the returned close when done.
func (a *app) items(paths, hist []string, format string, n *importCounts) (func() (store.BulkItem, bool, error), func()) {
	var cur func() (store.BulkItem, bool, error)
	var closeCur func()
	i := 0
	histDone := len(hist) == 0
	next := func() (store.BulkItem, bool, error) {
		for {
			if cur == nil {
				if i == len(paths) && !histDone {
					histDone = true
					cur, closeCur = a.historianItems(hist, n), func() {}
					continue
				}
				if i == len(paths) {
					return store.BulkItem{}, false, nil
				}
				var err error
				cur, closeCur, err = a.openInput(paths[i], format, n)
				i++
				if err != nil {
					return store.BulkItem{}, false, err
				}
			}
			it, ok, err := cur()
			if err != nil || ok {
				if ok {
					n.read.Add(1)
				}
				return it, ok, err
			}
			closeCur()
			cur = nil
		}
	}
	return next, func() {
		if closeCur != nil && cur != nil {
			closeCur()
		}
	}
}

// eachItem calls fn with every item of the inputs, in order.
func (a *app) eachItem(paths, hist []string, format string, n *importCounts, fn func(store.BulkItem) error) error {
	next, closeAll := a.items(paths, hist, format, n)
	defer closeAll()
	for {
		it, ok, err := next()
		if err != nil || !ok {
			return err
		}
		if err := fn(it); err != nil {
			return err
		}
	}
}

// sortInputs expands folders into their files and sets apart the Office of
// the Historian's XML, told by its root element: those files are read
// together at the end (a Secretary's post spans all his trips; an event's
// meeting all its attendees). Files in a folder of no known format are
// skipped; a file named on the command line must be of one.
func (a *app) sortInputs(args []string, format string, n *importCounts) (paths, hist []string, err error) {
	for _, arg := range args {
		info, err := os.Stat(arg)
		if arg == "-" || err != nil || !info.IsDir() {
			if arg != "-" && (format == "historian" || (format == "auto" && sniffHistorian(arg))) {
				hist = append(hist, arg)
			} else {
				paths = append(paths, arg)
			}
			continue
		}
		err = filepath.WalkDir(arg, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if strings.HasPrefix(d.Name(), ".") && p != arg {
					return filepath.SkipDir
				}
				return nil
			}
			switch {
			case (format == "auto" || format == "historian") && sniffHistorian(p):
				hist = append(hist, p)
			case format == "auto" && knownExt(p):
				paths = append(paths, p)
			case format == "jsonl" || format == "gdelt":
				paths = append(paths, p)
			default:
				a.logger.Debug("skipped: no known format", "file", p)
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("reading folder %s: %w", arg, err)
		}
	}
	return paths, hist, nil
}

func knownExt(p string) bool {
	name := strings.TrimSuffix(strings.ToLower(p), ".gz")
	switch filepath.Ext(name) {
	case ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".zip":
		return true
	}
	return false
}

// sniffHistorian reports whether a file is the Office of the Historian's
// XML, by its root element.
func sniffHistorian(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4096)
	k, _ := io.ReadFull(f, head)
	return historian.Sniff(head[:k]) != ""
}

// historianItems reads the historian files and returns their records one
// by one. A file that is malformed is reported with its line; the records
// read before the error are kept, none of the broken element is.
func (a *app) historianItems(files []string, n *importCounts) func() (store.BulkItem, bool, error) {
	var b historian.Builder
	bad := func(e *historian.ReadError) {
		n.bad.Add(1)
		n.noteUnread(e.Error())
		a.logger.Warn("entry refused", "file", e.File, "line", e.Line, "err", e.Err)
	}
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			bad(&historian.ReadError{Pos: historian.Pos{File: p}, Err: err})
			continue
		}
		fl, err := historian.ReadFile(f, p, bad)
		f.Close()
		var re *historian.ReadError
		if errors.As(err, &re) {
			bad(re)
		} else if err != nil {
			bad(&historian.ReadError{Pos: historian.Pos{File: p}, Err: err})
		}
		b.Add(fl)
	}
	items := b.Items()
	i := 0
	return func() (store.BulkItem, bool, error) {
		for i < len(items) {
			it := items[i]
			i++
			if err := it.Record.Validate(); err != nil {
				bad(&historian.ReadError{Pos: it.Pos, Err: err})
				continue
			}
			return store.BulkItem{Line: it.Pos.Line, Record: it.Record, MeetingIDs: it.MeetingIDs, Digest: it.Digest()}, true, nil
		}
		return store.BulkItem{}, false, nil
	}
}

// openInput returns the item reader of one path.
func (a *app) openInput(path, format string, n *importCounts) (func() (store.BulkItem, bool, error), func(), error) {
	var r io.Reader
	var closers []io.Closer
	name := path
	if path == "-" {
		r = a.stdin
		if format == "auto" {
			format = "jsonl"
		}
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		closers = append(closers, f)
		r = f
		lower := strings.ToLower(path)
		if strings.HasSuffix(lower, ".zip") {
			info, err := f.Stat()
			if err != nil {
				f.Close()
				return nil, nil, err
			}
			zr, err := zip.NewReader(f, info.Size())
			if err != nil || len(zr.File) == 0 {
				f.Close()
				return nil, nil, fmt.Errorf("%s: not a readable zip archive: %v", path, err)
			}
			rc, err := zr.File[0].Open()
			if err != nil {
				f.Close()
				return nil, nil, err
			}
			closers = append(closers, rc)
			r, name = rc, zr.File[0].Name
		} else if strings.HasSuffix(lower, ".gz") {
			gz, err := gzip.NewReader(f)
			if err != nil {
				f.Close()
				return nil, nil, fmt.Errorf("%s: %w", path, err)
			}
			closers = append(closers, gz)
			r, name = gz, strings.TrimSuffix(path, filepath.Ext(path))
		}
	}
	closeAll := func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i].Close()
		}
	}
	if format == "auto" {
		switch strings.ToLower(filepath.Ext(name)) {
		case ".jsonl", ".ndjson", ".json":
			format = "jsonl"
		case ".csv", ".tsv", ".txt":
			format = "gdelt"
		default:
			closeAll()
			return nil, nil, fmt.Errorf("%s: cannot tell the format from the name; use --format jsonl or gdelt", path)
		}
	}
	if format == "jsonl" {
		jr := store.NewJSONLReader(r, func(e *store.LineError) {
			n.bad.Add(1)
			n.noteUnread(fmt.Sprintf("%s:%d: %v", path, e.Line, e.Err))
			a.logger.Warn("line refused", "file", path, "line", e.Line, "err", e.Err)
		})
		return jr.Next, closeAll, nil
	}
	gr := gdelt.NewReader(r, func(e *gdelt.RowError) {
		n.bad.Add(1)
		n.noteUnread(fmt.Sprintf("%s:%d: %v", path, e.Line, e.Err))
		a.logger.Warn("row refused", "file", path, "line", e.Line, "err", e.Err)
	})
	next := func() (store.BulkItem, bool, error) {
		for {
			ev, ok, err := gr.Next()
			if err != nil || !ok {
				return store.BulkItem{}, ok, err
			}
			rec, mid, err := gdelt.Record(ev)
			if errors.Is(err, gdelt.ErrSkip) {
				n.skipped.Add(1)
				continue
			}
			if err != nil {
				n.bad.Add(1)
				n.noteUnread(fmt.Sprintf("%s:%d: %v", path, ev.Line, err))
				a.logger.Warn("row refused", "file", path, "line", ev.Line, "err", err)
				continue
			}
			return store.BulkItem{Line: ev.Line, Record: rec, MeetingID: mid, AdoptKind: true}, true, nil
		}
	}
	return next, closeAll, nil
}

// showProgress prints the import's progress: a line redrawn in place when
// stderr is a terminal, otherwise a log line every 10 seconds. The returned
// func stops it.
func (a *app) showProgress(n *importCounts, start time.Time) func() {
	tty := false
	if f, ok := a.stderr.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	every := 10 * time.Second
	if tty {
		every = 500 * time.Millisecond
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				if tty {
					fmt.Fprint(a.stderr, "\r\033[K")
				}
				return
			case <-t.C:
				el := time.Since(start)
				m := n.meetings.Load()
				rate := float64(m) / el.Seconds()
				if tty {
					fmt.Fprintf(a.stderr, "\r\033[Kimport: read %d, written %d records / %d meetings, %.0f meetings/s, refused %d, %s",
						n.read.Load(), n.items.Load(), m, rate, n.bad.Load(), el.Round(time.Second))
				} else {
					a.logger.Info("import progress", "read", n.read.Load(), "records", n.items.Load(), "meetings", m,
						"meetings_per_s", int(rate), "refused", n.bad.Load(), "elapsed", el.Round(time.Second))
				}
			}
		}
	}()
	return func() { close(done); <-stopped }
}
