package loader_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/loader"
)

// FuzzDecode: any bytes give a valid record or an error, never a panic,
// and a record Decode accepts always validates.
func FuzzDecode(f *testing.F) {
	f.Add(goodRecord)
	f.Add(`{"id": "x", "actors": [{"name": "A", "kind": "person"}], "meetings": [{"participants": ["A", "B"]}]}`)
	f.Add(`{"id": 1e999}`)
	f.Add(`[` + strings.Repeat(`[`, 1000))
	f.Add("\xff\xfe{\"id\": \"\u0000\"}")
	f.Fuzz(func(t *testing.T, data string) {
		rec, err := loader.Decode(strings.NewReader(data))
		if err != nil {
			return
		}
		if err := rec.Validate(); err != nil {
			t.Fatalf("Decode accepted an invalid record: %v", err)
		}
		_ = graph.NewPlan(rec, nil)
	})
}

func TestOversizedInputIsRefusedUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 100 MB file: refused by its size, never held in memory.
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = loader.ReadFile(path)
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("a 100 MB record: %v", err)
	}
	article := filepath.Join(t.TempDir(), "huge.txt")
	if f, err = os.Create(article); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := loader.ExtractFile(article, zeroTime); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("a 100 MB article: %v", err)
	}
	if _, err := loader.ReadFile(filepath.Join(t.TempDir(), "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
}
