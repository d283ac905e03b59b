// Package store is Parley's Neo4j store: the schema, the batched writes of
// loaded records and every read the API serves. It is the only package that
// imports the driver or holds Cypher; everything it returns is a graph type.
package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/parley-dev/parley/graph"
)

// Config says where Neo4j is. A neo4j:// URI (a cluster, Aura) works as
// well as bolt://: reads are routed to readers, writes to the writer.
type Config struct {
	URI      string
	User     string // empty for a server without authentication
	Password string
	Database string
	// QueryTimeout bounds each transaction on the server; 0 means 30s.
	QueryTimeout time.Duration
	// ReaderUser and ReaderPassword, when set, are a second database user
	// the analysts' console connects as: one granted reads only, where
	// the database has roles (Enterprise, Aura). Empty: the console
	// shares the reads' connection.
	ReaderUser     string
	ReaderPassword string
}

// Store is a Neo4j database holding Parley's graph. It is safe for
// concurrent use: the drivers are pools.
//
// Reads and writes use separate drivers because they want opposite retry
// policies: a read fails at once when the database is unreachable, so the
// API answers 503 within a second and the client may retry, while a write
// (a record's one transaction) is retried for a while through transient
// errors such as a lock conflict or a leader switch.
type Store struct {
	driver  neo4j.DriverWithContext // writes
	reader  neo4j.DriverWithContext // reads, no retries
	console neo4j.DriverWithContext // the console's reads: reader, or as Config.ReaderUser
	db      string
	timeout time.Duration
	log     *slog.Logger
	// walkPairs, when > 0, replaces the node count as the degree up to
	// which qEdgesPairs walks a node's pairs (tests force either path).
	walkPairs int
	// scanPairs, when != 0, replaces the number of the graph's strongest
	// pairs qEdgesPairs reads first (-1: none; tests).
	scanPairs int
	// top keeps the graph's strongest pairs between requests (mettop.go);
	// noTop, when set, leaves it unused (tests compare with and without).
	top   strongest
	noTop bool
}

// Open creates the driver. It does not connect: call Ping to check that
// the server answers.
func Open(cfg Config, logger *slog.Logger) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	newDriver := func(retry time.Duration, auth neo4j.AuthToken) (neo4j.DriverWithContext, error) {
		drv, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
			c.MaxConnectionPoolSize = 50
			c.ConnectionAcquisitionTimeout = 5 * time.Second
			c.SocketConnectTimeout = time.Second
			c.MaxTransactionRetryTime = retry
			c.TelemetryDisabled = true
		})
		if err != nil {
			return nil, fmt.Errorf("neo4j driver for %s: %w", cfg.URI, err)
		}
		return drv, nil
	}
	drv, err := newDriver(15*time.Second, auth)
	if err != nil {
		return nil, err
	}
	reader, err := newDriver(0, auth)
	if err != nil {
		return nil, err
	}
	console := reader
	if cfg.ReaderUser != "" {
		if console, err = newDriver(0, neo4j.BasicAuth(cfg.ReaderUser, cfg.ReaderPassword, "")); err != nil {
			return nil, err
		}
	}
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	if cfg.QueryTimeout == 0 {
		cfg.QueryTimeout = 30 * time.Second
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Store{driver: drv, reader: reader, console: console, db: cfg.Database, timeout: cfg.QueryTimeout, log: logger}, nil
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error {
	s.top.wg.Wait() // a read of the strongest pairs under way
	err := errors.Join(s.reader.Close(ctx), s.driver.Close(ctx))
	if s.console != s.reader {
		err = errors.Join(err, s.console.Close(ctx))
	}
	return err
}

// Ping checks that the database answers a query.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.read(ctx, "RETURN 1", nil)
	return err
}

// WaitReady pings until the database answers or ctx ends.
func (s *Store) WaitReady(ctx context.Context) error {
	for {
		pctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		err := s.Ping(pctx)
		cancel()
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for neo4j: %w", err)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// read runs one query in a read transaction routed to a reader.
func (s *Store) read(ctx context.Context, query string, params map[string]any) (*neo4j.EagerResult, error) {
	res, err := againIfLost(ctx, func() (*neo4j.EagerResult, error) {
		return neo4j.ExecuteQuery(ctx, s.reader, query, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting(),
			neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(s.timeout)))
	})
	return res, classify(ctx, err)
}

// againIfLost runs a read once more when it failed on a lost connection.
// The reader's driver does not retry, so that an unreachable database is
// told at once; but after Neo4j restarts, the connections pooled before
// fail on first use (EOF) although the database answers. The driver
// closes the pool's connections to a server on such an error, so the
// second attempt dials afresh: it succeeds if the database is back and
// fails as fast as a dial if it is not.
func againIfLost[T any](ctx context.Context, read func() (T, error)) (T, error) {
	v, err := read()
	if err != nil && connectionLost(err) && ctx.Err() == nil {
		return read()
	}
	return v, err
}

// connectionLost says whether err is a connection that broke, alone,
// wrapped, or as the last attempt of the driver's retries
// (TransactionExecutionLimit does not unwrap to its attempts).
func connectionLost(err error) bool {
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	var tl *neo4j.TransactionExecutionLimit
	return errors.As(err, &tl) && len(tl.Errors) > 0 && connectionLost(tl.Errors[len(tl.Errors)-1])
}

// write runs one query in a write transaction (inWrite).
func (s *Store) write(ctx context.Context, query string, params map[string]any) (*neo4j.EagerResult, error) {
	var out *neo4j.EagerResult
	err := s.inWrite(ctx, func(tx neo4j.ManagedTransaction) error {
		res, err := tx.Run(ctx, query, params)
		if err != nil {
			return err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return err
		}
		keys, err := res.Keys()
		if err != nil {
			return err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return err
		}
		out = &neo4j.EagerResult{Keys: keys, Records: recs, Summary: sum}
		return nil
	})
	return out, err
}

// inWrite runs work in one write transaction: all of it is committed or
// none of it.
func (s *Store) inWrite(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	return s.inWriteTimeout(ctx, s.timeout, work)
}

// inWriteTimeout is inWrite with its own transaction timeout. Every write
// of the store goes through it (retryWrite), so that one rule decides
// which failures are tried again.
func (s *Store) inWriteTimeout(ctx context.Context, timeout time.Duration, work func(tx neo4j.ManagedTransaction) error) error {
	return classify(ctx, s.retryWrite(ctx, timeout, work))
}

// classify maps driver errors to the domain's error kinds, keeping the
// original in the chain for the logs.
func classify(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	var fe *graph.FieldError
	if errors.As(err, &fe) {
		return err
	}
	var ne *neo4j.Neo4jError
	switch {
	case errors.Is(err, context.DeadlineExceeded), ctx.Err() == context.DeadlineExceeded:
		return fmt.Errorf("%w: %w", graph.ErrTimeout, err)
	case errors.As(err, &ne) && strings.Contains(ne.Code, "TransactionTimedOut"):
		return fmt.Errorf("%w: %w", graph.ErrTimeout, err)
	case missingIndex(err):
		return fmt.Errorf("%w: %w", graph.ErrNoSchema, err)
	case errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Statement.") && ne.Code != "Neo.ClientError.Statement.EntityNotFound":
		return fmt.Errorf("%w: %s", graph.ErrInvalid, ne.Msg)
	case memoryRefused(err):
		// Transient for Neo4j, but the same transaction will need as much
		// again: not the database being down, which would mislead.
		return fmt.Errorf("the transaction needs more memory than the database allows one (db.memory.transaction.max; NEO4J_TX_MEMORY for tools/neo4j/start.sh): write in smaller batches (parley import --batch) or raise that limit: %w", err)
	case neo4j.IsConnectivityError(err), errors.As(err, new(*neo4j.TransactionExecutionLimit)),
		errors.As(err, &ne) && (strings.HasPrefix(ne.Code, "Neo.TransientError.") || strings.Contains(ne.Code, "DatabaseUnavailable")):
		return fmt.Errorf("%w: %w", graph.ErrUnavailable, err)
	}
	return err
}

// writeRetryTime bounds the retries of a failed write transaction, as the
// driver's MaxTransactionRetryTime does for the writer's.
const writeRetryTime = 15 * time.Second

// retryWrite runs work in one explicit write transaction, all of it
// committed or none, and runs it again after a transient failure (a
// deadlock, a lost connection) as the driver's ExecuteWrite does, except
// after Neo4j refused it memory, during the work or at the commit: the
// same transaction would need as much again, so the caller is told at
// once and can do less in one (BulkImporter halves its batch).
// ExecuteWrite cannot be told not to retry a refusal at the commit.
func (s *Store) retryWrite(ctx context.Context, timeout time.Duration, work func(tx neo4j.ManagedTransaction) error) error {
	deadline := time.Now().Add(writeRetryTime)
	for wait := 100 * time.Millisecond; ; wait *= 2 {
		err := s.writeOnce(ctx, timeout, work)
		if err == nil || memoryRefused(err) || !transient(err) || time.Now().Add(wait).After(deadline) {
			return err
		}
		s.log.Warn("write transaction failed: trying again", "err", err, "after", wait)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return fmt.Errorf("%w (after: %w)", context.Cause(ctx), err)
		}
	}
}

// writeOnce runs work in one explicit write transaction and commits it.
func (s *Store) writeOnce(ctx context.Context, timeout time.Duration, work func(tx neo4j.ManagedTransaction) error) (err error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer func() { err = errors.Join(err, sess.Close(context.WithoutCancel(ctx))) }()
	tx, err := sess.BeginTransaction(ctx, neo4j.WithTxTimeout(timeout))
	if err != nil {
		return err
	}
	defer tx.Close(context.WithoutCancel(ctx)) // rolls back what is not committed
	if err := work(tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// transient says whether err is worth a retry, as the driver decides for
// its managed transactions (neo4j.IsRetryable: a transient Neo4j error, a
// lost connection, but not one lost while committing, whose outcome is
// unknown), anywhere in its chain: the work wraps the driver's errors,
// and writeOnce joins them with the session's closing (errors.Join, which
// errors.Unwrap does not see through).
func transient(err error) bool {
	if err == nil {
		return false
	}
	if neo4j.IsRetryable(err) {
		return true
	}
	switch e := err.(type) {
	case interface{ Unwrap() error }:
		return transient(e.Unwrap())
	case interface{ Unwrap() []error }:
		for _, inner := range e.Unwrap() {
			if transient(inner) {
				return true
			}
		}
	}
	return false
}

// missingIndex says whether a query failed because an index of the
// schema does not exist: the full-text search names its index, and Neo4j
// refuses the call when the database lacks it (one emptied or replaced
// under a running server, which created the schema when it started).
func missingIndex(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Procedure.") &&
		strings.Contains(ne.Msg, "no such") && strings.Contains(ne.Msg, "index")
}

// memoryRefused says whether Neo4j refused a transaction its memory, as
// the error itself or as the last attempt the driver's retries gave up on
// (TransactionExecutionLimit does not unwrap to its attempts).
func memoryRefused(err error) bool {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && strings.Contains(ne.Code, "MemoryPoolOutOfMemoryError") {
		return true
	}
	var tl *neo4j.TransactionExecutionLimit
	return errors.As(err, &tl) && len(tl.Errors) > 0 && memoryRefused(tl.Errors[len(tl.Errors)-1])
}
