// Package seed holds the seed article and its hand-checked record, embedded
// in the binary so a fresh Parley has a first question to answer.
package seed

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/loader"
)

//go:embed *.json *.txt
var files embed.FS

// Records returns the seed's records.
func Records() ([]graph.Record, error) {
	names, err := fs.Glob(files, "*.json")
	if err != nil {
		return nil, err
	}
	var out []graph.Record
	for _, n := range names {
		data, err := files.ReadFile(n)
		if err != nil {
			return nil, err
		}
		rec, err := loader.Decode(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("seed %s: %w", n, err)
		}
		out = append(out, rec)
	}
	return out, nil
}

// Article returns the text of the seed article a record came from.
func Article(id string) (string, error) {
	data, err := files.ReadFile(path.Clean(id) + ".txt")
	return strings.TrimSpace(string(data)), err
}

// Load writes the seed into the store; loading it again changes nothing.
func Load(ctx context.Context, st loader.Store) (int, error) {
	recs, err := Records()
	if err != nil {
		return 0, err
	}
	for _, r := range recs {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			return 0, fmt.Errorf("loading seed: %w", err)
		}
	}
	return len(recs), nil
}

var _ loader.Store = (*store.Store)(nil)
