package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/neo4jlocal"
)

// runOfflineImport loads an empty database at the database's own speed:
// the records are planned as the bulk import plans them, written as the
// CSV files of Neo4j's offline importer, imported into the stopped local
// Neo4j (tools/neo4j/import.sh), which is then started again to get the
// schema and what the files cannot hold. Nothing is written to the
// database unless every record was read and planned.
func (a *app) runOfflineImport(ctx context.Context, args []string, format, tmpDir string) error {
	start := time.Now()
	// The writer holds the whole graph until it writes the files, and at
	// the default GOGC the collector rescans that growing heap so often
	// that it took about half the CPU of planning (profiled at 200,000
	// meetings). Even at GOGC 400 it took a fifth (1,000,000 meetings:
	// the green-tea collector's span scans); collect only as the heap
	// nears a soft memory bound, unless GOGC or GOMEMLIMIT says otherwise.
	// Files of 1,000,000 meetings: 40.2 and 41.5 s against 47.3 and 47.8 s
	// at GOGC 400, alternated, peak resident memory 8.5 GB against 8.9.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(-1))
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(6 << 30))
	}
	cfg, err := loadConfig(a.getenv)
	if err != nil {
		return err
	}
	inst, err := neo4jlocal.Find(cfg.neo4j.URI, a.getenv)
	if err != nil {
		return fmt.Errorf("--offline stops the database, imports and starts it again, so it works only on the local Neo4j Parley runs (tools/neo4j): %w; use parley import without --offline", err)
	}
	if err := inst.Start(ctx); err != nil {
		return err
	}
	st, _, err := a.openStore(ctx, 2*time.Minute)
	if err != nil {
		return err
	}
	empty, err := st.Empty(ctx)
	_ = st.Close(context.WithoutCancel(ctx))
	if err != nil {
		return err
	}
	if !empty {
		return fmt.Errorf("--offline imports only into an empty database, and %s holds data; use parley import without --offline to add to it", cfg.neo4j.URI)
	}
	// The database is stopped while the records are planned, not after:
	// the stop (a checkpoint and the JVM's exit, seconds; far more on a
	// loaded machine) overlaps the planning, and nothing can write into
	// the database between the check above and the import. If anything
	// fails before the importer runs, it is started again, as it was.
	t0 := time.Now()
	stopped := make(chan error, 1)
	go func() { stopped <- inst.Stop(context.WithoutCancel(ctx)) }()
	imported := false
	defer func() {
		if !imported {
			if err := <-stopped; err == nil {
				if err := inst.Start(context.WithoutCancel(ctx)); err != nil {
					a.logger.Error("offline import: starting neo4j again after the failure", "err", err)
				}
			}
		}
	}()

	// 1. The files, from the same planner as the bulk import.
	dir, err := os.MkdirTemp(tmpDir, "parley-offline-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var n importCounts
	paths, hist, err := a.sortInputs(args, format, &n)
	if err != nil {
		return err
	}
	w := store.NewOfflineWriter(dir).WithLogger(a.logger)
	// Reading and decoding the records (one goroutine) runs beside their
	// planning (the writer's, itself parallel), rather than between its
	// batches.
	items := make(chan store.BulkItem, 4096)
	rctx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	var readErr error
	go func() {
		defer close(items)
		readErr = a.eachItem(paths, hist, format, &n, func(it store.BulkItem) error {
			select {
			case items <- it:
				return nil
			case <-rctx.Done():
				return rctx.Err()
			}
		})
	}()
	var addErr error
	for it := range items {
		if addErr == nil {
			if addErr = w.Add(ctx, it); addErr != nil {
				stopReading()
			}
		}
	}
	if addErr != nil {
		return addErr
	}
	if readErr != nil {
		return readErr
	}
	a.logger.Debug("offline import: records read and planned", "took", time.Since(start).Round(time.Millisecond))
	if bad := n.bad.Load(); bad > 0 {
		n.mu.Lock()
		defer n.mu.Unlock()
		return fmt.Errorf("--offline: %d records could not be read, so nothing was imported (the database is as it was):\n  %s",
			bad, strings.Join(n.unread, "\n  "))
	}
	files, err := w.Close(ctx)
	if err != nil {
		return fmt.Errorf("writing the importer's files: %w", err)
	}
	tFiles := time.Since(start)
	a.logger.Info("offline import: files written", "dir", dir, "records", files.Stats.Items, "meetings", files.Stats.Meetings, "took", tFiles.Round(time.Millisecond))

	// 2. Import (once stopped), start.
	serr := <-stopped
	stopped <- serr // for the deferred restart, if this failed
	if serr != nil {
		return serr
	}
	a.logger.Debug("offline import: neo4j stopped", "after", time.Since(t0).Round(time.Millisecond))
	t0 = time.Now()
	imported = true
	report, ierr := inst.Import(ctx, files.ImportArgs()...)
	tImport := time.Since(t0)
	a.logger.Debug("offline import: neo4j-admin said", "output", report)
	// Started again whatever happened: on failure the importer left an
	// empty database, as it was.
	t0 = time.Now()
	if err := inst.Start(context.WithoutCancel(ctx)); err != nil {
		return errors.Join(ierr, err)
	}
	if ierr != nil {
		return ierr
	}
	tStart := time.Since(t0)

	// 3. Schema, then what the files cannot hold.
	t0 = time.Now()
	// Constraints and indexes are built on the whole graph now, and the
	// alias lists set on every actor: not the API's 30-second queries.
	cfg.neo4j.QueryTimeout = max(cfg.neo4j.QueryTimeout, time.Hour)
	st, err = store.Open(cfg.neo4j, a.logger)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	err = st.WaitReady(wctx)
	cancel()
	if err != nil {
		return fmt.Errorf("neo4j at %s after the offline import: %w", cfg.neo4j.URI, err)
	}
	// The files hold the date links, meeting counts and ordering keys
	// that EnsureSchema would check for: only the schema is made (by
	// FinishOffline, before what the files cannot hold). They hold the
	// meeting counts, DateKeys and MET_WITH aggregates as they stand
	// before the automatic merges, which keep them exact.
	if err := st.EnsureBulkSchema(ctx); err != nil {
		return err
	}
	if err := st.FinishOffline(ctx, files); err != nil {
		return err
	}
	tSchema := time.Since(t0)
	el := time.Since(start)
	s := files.Stats
	fmt.Fprintf(a.stdout, "imported offline %d records (%d meetings, %d actors of which %d persons, %d automatic merges) in %s (%.0f meetings/s): files %s, neo4j-admin import %s, start %s, schema and merges %s\n",
		s.Items, s.Meetings, s.Actors, s.Persons, s.AutoMerges, el.Round(time.Millisecond), float64(s.Meetings)/el.Seconds(),
		tFiles.Round(time.Millisecond), tImport.Round(time.Millisecond), tStart.Round(time.Millisecond), tSchema.Round(time.Millisecond))
	return nil
}
