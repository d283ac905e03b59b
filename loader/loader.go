// Package loader reads records (or articles, through the extractor) from
// files and loads them, one transaction per record, reporting each bad
// record by file and field while the good ones still load.
package loader

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/parley-dev/parley/extract"
	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
)

// MaxRecordSize bounds one record file; a larger one is refused unread.
const MaxRecordSize = 16 << 20

// Store is what loading needs of the database.
type Store interface {
	LoadRecord(ctx context.Context, r graph.Record) (store.LoadStats, error)
}

// Failure is a record that was refused, and why.
type Failure struct {
	File string
	Err  error
}

// Summary says what a load did.
type Summary struct {
	Loaded   int
	Meetings int
	Failed   []Failure
}

// Decode reads one record: strict JSON (unknown fields and wrong types are
// errors naming the field), validated.
func Decode(r io.Reader) (graph.Record, error) {
	var rec graph.Record
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		return graph.Record{}, describe(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return graph.Record{}, errors.New("malformed JSON: data after the record")
	}
	if err := rec.Validate(); err != nil {
		return graph.Record{}, err
	}
	return rec, nil
}

func describe(err error) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		return graph.Invalid(te.Field, fmt.Sprintf("must be %s, not a JSON %s", te.Type, te.Value))
	case errors.As(err, &se):
		return fmt.Errorf("malformed JSON at byte %d: %w", se.Offset, err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("malformed JSON: the file ends before the record does")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return graph.Invalid(strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`), "is not a field of a record")
	}
	return fmt.Errorf("malformed JSON: %w", err)
}

// ReadFile reads and decodes one record file.
func ReadFile(path string) (graph.Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return graph.Record{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxRecordSize+1))
	if err != nil {
		return graph.Record{}, fmt.Errorf("reading: %w", err)
	}
	if len(data) > MaxRecordSize {
		return graph.Record{}, fmt.Errorf("larger than %d MiB", MaxRecordSize>>20)
	}
	return Decode(bytes.NewReader(data))
}

// Files expands paths: a file stands for itself, a folder for the .json
// files below it, in name order.
func Files(paths []string) ([]string, error) {
	return expand(paths, ".json")
}

func expand(paths []string, ext string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ext) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("listing %s: %w", p, err)
		}
		slices.Sort(found)
		out = append(out, found...)
	}
	return out, nil
}

// Load loads every record file under paths. A record that is refused is
// reported in the summary and written not at all; the others still load.
// The error is for failures that stop the whole load (a missing path, the
// database gone, ctx cancelled).
func Load(ctx context.Context, st Store, paths []string, logger *slog.Logger) (Summary, error) {
	files, err := Files(paths)
	if err != nil {
		return Summary{}, err
	}
	return loadEach(ctx, st, files, ReadFile, logger)
}

// loadEach reads each file into a record and loads it. A file that cannot
// be read or a record that is refused is reported and written not at all;
// a failure of the database stops the load.
func loadEach(ctx context.Context, st Store, files []string, read func(string) (graph.Record, error), logger *slog.Logger) (Summary, error) {
	var sum Summary
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		rec, err := read(f)
		if err == nil {
			var stats store.LoadStats
			stats, err = st.LoadRecord(ctx, rec)
			sum.Meetings += stats.Meetings
			if err != nil && !errors.Is(err, graph.ErrInvalid) {
				return sum, fmt.Errorf("%s: %w", f, err)
			}
		}
		if err != nil {
			logger.WarnContext(ctx, "refused", "file", f, "err", err)
			sum.Failed = append(sum.Failed, Failure{File: f, Err: err})
			continue
		}
		sum.Loaded++
		logger.DebugContext(ctx, "loaded", "file", f, "id", rec.ID)
	}
	return sum, nil
}

// MaxArticleSize bounds one article to ingest.
const MaxArticleSize = 16 << 20

// ArticleFiles expands paths: a file stands for itself, a folder for the
// .txt files below it, in name order.
func ArticleFiles(paths []string) ([]string, error) {
	return expand(paths, ".txt")
}

// Ingest extracts each article and loads its record, keeping the article
// as the record's Source. published anchors relative dates (zero when
// unknown). Actors already in the graph are recognised by name and alias.
func Ingest(ctx context.Context, st Store, paths []string, published time.Time, logger *slog.Logger) (Summary, error) {
	files, err := ArticleFiles(paths)
	if err != nil {
		return Summary{}, err
	}
	return loadEach(ctx, st, files, func(f string) (graph.Record, error) { return ExtractFile(f, published) }, logger)
}

// ExtractFile reads an article and extracts its record, the file's stem as
// its id and the text kept as its source.
func ExtractFile(path string, published time.Time) (graph.Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return graph.Record{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxArticleSize+1))
	if err != nil {
		return graph.Record{}, fmt.Errorf("reading: %w", err)
	}
	if len(data) > MaxArticleSize {
		return graph.Record{}, fmt.Errorf("larger than %d MiB", MaxArticleSize>>20)
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	rec, err := extract.Extract(extract.Article{ID: id, Text: string(data), Published: published})
	if err != nil {
		return graph.Record{}, err
	}
	rec.Source.Text = strings.ToValidUTF8(string(data), "\uFFFD")
	return rec, nil
}
