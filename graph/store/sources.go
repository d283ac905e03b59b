package store

import (
	"context"
	"fmt"
)

// SourceExists says whether a source (an article, a record) with this id
// is in the graph already: loading it again replaces what it said.
func (s *Store) SourceExists(ctx context.Context, id string) (bool, error) {
	res, err := s.read(ctx, `RETURN EXISTS { MATCH (:Source {id: $id}) } AS found`, map[string]any{"id": id})
	if err != nil {
		return false, fmt.Errorf("source %s: %w", id, err)
	}
	found, _ := res.Records[0].Get("found")
	b, _ := found.(bool)
	return b, nil
}
