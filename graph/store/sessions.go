package store

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Signed-in sessions live in the database, one (:Session {id}) node each,
// so that every replica of the server sees a sign-out at once: a token is
// honoured only while its session node exists and has not expired.

const (
	qCreateSession = `
MERGE (s:Session {id: $id})
SET s.user = $user, s.expires = $expires`

	// Expired sessions are removed a batch at a time on each sign-in, so
	// the set stays as small as the number of live sessions.
	qPruneSessions = `
MATCH (s:Session) WHERE s.expires <= $now
WITH s LIMIT 1000
DELETE s`

	qSessionActive = `
MATCH (s:Session {id: $id}) WHERE s.expires > $now
RETURN count(s) AS n`

	qRevokeSession = `
MATCH (s:Session {id: $id})
DELETE s`
)

// CreateSession records a signed-in session until expires.
func (s *Store) CreateSession(ctx context.Context, id, user string, expires time.Time) error {
	if id == "" {
		return fmt.Errorf("session: empty id")
	}
	if _, err := s.write(ctx, qPruneSessions, map[string]any{"now": time.Now().UTC()}); err != nil {
		return fmt.Errorf("pruning expired sessions: %w", err)
	}
	if _, err := s.write(ctx, qCreateSession, map[string]any{"id": id, "user": user, "expires": expires.UTC()}); err != nil {
		return fmt.Errorf("recording session: %w", err)
	}
	return nil
}

// SessionActive reports whether a session is recorded and unexpired. It
// asks the cluster's writer (the leader), not a follower that may lag, so
// that a sign-out on one replica holds on every other at once; the lookup
// is one seek on the session_id constraint's index. The read driver is
// used so that an unreachable database fails fast instead of retrying.
func (s *Store) SessionActive(ctx context.Context, id string) (bool, error) {
	if id == "" {
		return false, nil
	}
	res, err := againIfLost(ctx, func() (*neo4j.EagerResult, error) {
		return neo4j.ExecuteQuery(ctx, s.reader, qSessionActive, map[string]any{"id": id, "now": time.Now().UTC()},
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithWritersRouting(),
			neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(s.timeout)))
	})
	if err = classify(ctx, err); err != nil {
		return false, fmt.Errorf("checking session: %w", err)
	}
	if len(res.Records) == 0 {
		return false, nil
	}
	n, err := integer(res.Records[0], "n")
	return n > 0, err
}

// RevokeSession ends a session on every replica; ending one that is not
// recorded is not an error.
func (s *Store) RevokeSession(ctx context.Context, id string) error {
	if _, err := s.write(ctx, qRevokeSession, map[string]any{"id": id}); err != nil {
		return fmt.Errorf("revoking session: %w", err)
	}
	return nil
}
