// Command extractdir writes the record of every article in a folder of
// the evaluation's shape (NAME.txt beside its gold NAME.json) into another
// folder, as `parley extract` prints it, for `score.py GOLD_DIR PRED_DIR`:
//
//	go run ./tools/extractdir extract/testdata/probe /tmp/probe-records
//	python3 ../shared/eval/score.py extract/testdata/probe /tmp/probe-records
//
// It extracts in one process, so the 1,500 probe articles take seconds
// where `score.py --cmd` (a process per article, each loading the
// gazetteer) takes minutes; the records are the same bytes. The
// publication date is the gold record's source.published, as score.py
// passes it to --cmd.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parley-dev/parley/extract"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: extractdir GOLD_DIR OUT_DIR")
		os.Exit(2)
	}
	n, err := run(os.Args[1], os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "extractdir:", err)
		os.Exit(1)
	}
	fmt.Printf("%d records written to %s\n", n, os.Args[2])
}

// run writes out/NAME.json for each dir/NAME.txt and returns how many.
func run(dir, out string) (int, error) {
	txts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return 0, err
	}
	if len(txts) == 0 {
		return 0, fmt.Errorf("no .txt articles in %s", dir)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return 0, err
	}
	for _, path := range txts {
		stem := strings.TrimSuffix(filepath.Base(path), ".txt")
		pub, err := published(filepath.Join(dir, stem+".json"))
		if err != nil {
			return 0, err
		}
		text, err := os.ReadFile(path)
		if err != nil {
			return 0, err
		}
		rec, err := extract.Extract(extract.Article{ID: stem, Text: string(text), Published: pub})
		if err != nil {
			return 0, fmt.Errorf("%s: %w", path, err)
		}
		if err := write(filepath.Join(out, stem+".json"), rec); err != nil {
			return 0, err
		}
	}
	return len(txts), nil
}

// published reads source.published from the gold record at path: the
// zero time when the record or the field is missing, as score.py passes
// an empty --published then.
func published(path string) (time.Time, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, err
	}
	var gold struct {
		Source struct {
			Published string `json:"published"`
		} `json:"source"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		return time.Time{}, fmt.Errorf("%s: %w", path, err)
	}
	if gold.Source.Published == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", gold.Source.Published)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: source.published: %w", path, err)
	}
	return t, nil
}

// write encodes rec as `parley extract` does (cmd/parley/extract.go).
func write(path string, rec any) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
