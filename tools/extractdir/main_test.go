package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The publication date comes from the gold record beside the article, so
// that "on Monday" resolves as score.py's --published resolves it; an
// article with no gold is extracted undated, and a gold record whose date
// cannot be read stops the run, naming the file.
func TestRunDatesFromGold(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	article := "Talks in Koram\nKORAM - President Tomas Velk of Borvia met Prime Minister Piet Oster of Arland here on Monday.\n"
	for _, name := range []string{"dated", "undated"} {
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(article), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gold := `{"source": {"published": "2024-03-06"}}`
	if err := os.WriteFile(filepath.Join(dir, "dated.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	n, err := run(dir, out)
	if err != nil || n != 2 {
		t.Fatalf("run: %d records, %v; want 2, nil", n, err)
	}
	date := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var rec struct {
			Meetings []struct {
				Date string `json:"date"`
			} `json:"meetings"`
		}
		if err := json.Unmarshal(b, &rec); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(rec.Meetings) != 1 {
			t.Fatalf("%s: %d meetings, want 1: %s", name, len(rec.Meetings), b)
		}
		return rec.Meetings[0].Date
	}
	if got := date("dated"); got != "2024-03-04" {
		t.Errorf("dated: meeting on %q, want the Monday before the publication day, 2024-03-04", got)
	}
	if got := date("undated"); got == "2024-03-04" {
		t.Errorf("undated: meeting on %q, want no date from another article's gold", got)
	}

	if err := os.WriteFile(filepath.Join(dir, "dated.json"), []byte(`{"source": {"published": "6 March"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := run(dir, out); err == nil || !strings.Contains(err.Error(), "dated.json") {
		t.Errorf("unreadable date: err %v, want one naming dated.json", err)
	}
	if _, err := run(t.TempDir(), out); err == nil {
		t.Error("a folder with no article: want an error")
	}
}
