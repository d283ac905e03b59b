package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// A transaction refused its memory is told as that, with what to do, and
// not as the database being unavailable — whether the error comes alone,
// wrapped, or as the last attempt of the driver's retries; a retry that
// ended on another transient error stays "unavailable".
func TestClassifyMemoryRefusal(t *testing.T) {
	mem := &neo4j.Neo4jError{Code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError", Msg: "db.memory.transaction.max threshold reached"}
	other := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}
	ctx := context.Background()
	for name, err := range map[string]error{
		"alone":   mem,
		"wrapped": fmt.Errorf("adding meetings: %w", mem),
		"retried": &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{other, fmt.Errorf("fold: %w", mem)}},
	} {
		got := classify(ctx, fmt.Errorf("bulk batch: %w", err))
		if errors.Is(got, graph.ErrUnavailable) || !strings.Contains(got.Error(), "db.memory.transaction.max") || !strings.Contains(got.Error(), "--batch") {
			t.Errorf("%s: %v", name, got)
		}
	}
	for name, err := range map[string]error{
		"deadlock": other,
		"retried":  &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{mem, other}},
	} {
		if got := classify(ctx, err); !errors.Is(got, graph.ErrUnavailable) {
			t.Errorf("%s: %v, want unavailable", name, got)
		}
	}
}

// The explicit write transactions retry what the driver's managed ones
// retry, wrapped or not: a deadlock and a lost connection, not a
// statement's error nor an error of Parley's own.
func TestTransient(t *testing.T) {
	deadlock := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}
	syntax := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"}
	lost := &neo4j.ConnectivityError{Inner: errors.New("connection reset")}
	for name, c := range map[string]struct {
		err  error
		want bool
	}{
		"deadlock":         {deadlock, true},
		"wrapped deadlock": {fmt.Errorf("writing meetings: %w", deadlock), true},
		"lost connection":  {fmt.Errorf("writing meetings: %w", lost), true},
		"syntax":           {fmt.Errorf("writing meetings: %w", syntax), false},
		"own":              {errors.New("automatic merges: 1 of 2 pairs of actors found"), false},
		"none":             {nil, false},
		// writeOnce joins the work's error with the session's closing.
		"joined lost":     {errors.Join(fmt.Errorf("creating the indexes: %w", lost), nil), true},
		"joined deadlock": {errors.Join(errors.New("closing"), deadlock), true},
		"joined syntax":   {errors.Join(syntax, errors.New("closing")), false},
	} {
		if got := transient(c.err); got != c.want {
			t.Errorf("%s: transient(%v) = %v, want %v", name, c.err, got, c.want)
		}
	}
}

// A query that finds an index of the schema missing is told as the schema
// missing, not as the query's fault nor an internal error; another
// procedure's failure is not.
func TestClassifyMissingIndex(t *testing.T) {
	ctx := context.Background()
	missing := &neo4j.Neo4jError{Code: "Neo.ClientError.Procedure.ProcedureCallFailed",
		Msg: "Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: actor_names"}
	if got := classify(ctx, fmt.Errorf("searching actors: %w", missing)); !errors.Is(got, graph.ErrNoSchema) {
		t.Errorf("missing index: %v, want ErrNoSchema", got)
	}
	for name, err := range map[string]error{
		"other procedure": &neo4j.Neo4jError{Code: "Neo.ClientError.Procedure.ProcedureCallFailed", Msg: "Failed to invoke procedure `db.awaitIndexes`: Caused by: timeout"},
		"statement":       &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "there is no such index hint"},
		"unavailable":     &neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable", Msg: "no such database index"},
	} {
		if got := classify(ctx, err); errors.Is(got, graph.ErrNoSchema) {
			t.Errorf("%s: %v, want not ErrNoSchema", name, got)
		}
	}
}

// A read is tried again after a lost connection, alone, wrapped or as
// the last attempt of the driver's retries, and after nothing else: not a
// statement's error, not a refused dial's error wrapped as another kind,
// and not once the caller's context is done.
func TestAgainIfLost(t *testing.T) {
	lost := &neo4j.ConnectivityError{Inner: errors.New("EOF")}
	for name, c := range map[string]struct {
		err   error
		ctx   func() context.Context
		tries int
	}{
		"lost":          {lost, context.Background, 2},
		"wrapped":       {fmt.Errorf("met: %w", lost), context.Background, 2},
		"retry limit":   {&neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{lost}}, context.Background, 2},
		"statement":     {&neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"}, context.Background, 1},
		"limit, other":  {&neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{lost, errors.New("other")}}, context.Background, 1},
		"own":           {errors.New("no such actor"), context.Background, 1},
		"context ended": {lost, func() context.Context { ctx, cancel := context.WithCancel(context.Background()); cancel(); return ctx }, 1},
	} {
		tries := 0
		_, err := againIfLost(c.ctx(), func() (int, error) { tries++; return 0, c.err })
		if tries != c.tries || err == nil {
			t.Errorf("%s: %d tries (err %v), want %d", name, tries, err, c.tries)
		}
	}
	tries := 0
	if v, err := againIfLost(context.Background(), func() (int, error) {
		if tries++; tries == 1 {
			return 0, lost
		}
		return 7, nil
	}); v != 7 || err != nil {
		t.Errorf("a lost connection then an answer: %d, %v", v, err)
	}
}
