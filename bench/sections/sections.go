// Package sections lets two benchmarks share BENCHMARKS.md: the browser
// benchmark (bench/ui) owns one marked section and the data benchmark
// (bench/driver) the rest, and each rewrites only its own part.
package sections

import (
	"errors"
	"io/fs"
	"os"
	"strings"
)

const (
	begin = "<!-- begin ui benchmark: written by make bench-ui -->"
	end   = "<!-- end ui benchmark -->"
)

// UI returns the browser benchmark's section of doc, markers
// included, or "" when doc has none.
func UI(doc string) string {
	i := strings.Index(doc, begin)
	if i < 0 {
		return ""
	}
	j := strings.Index(doc[i:], end)
	if j < 0 {
		return doc[i:]
	}
	return doc[i : i+j+len(end)]
}

// WithUI returns doc with its browser benchmark section replaced by
// body (appended when doc has none).
func WithUI(doc, body string) string {
	section := begin + "\n" + strings.TrimSpace(body) + "\n" + end
	if old := UI(doc); old != "" {
		return strings.Replace(doc, old, section, 1)
	}
	if doc != "" && !strings.HasSuffix(doc, "\n\n") {
		doc = strings.TrimRight(doc, "\n") + "\n\n"
	}
	return doc + section + "\n"
}

// Read returns the file's text, or "" when it does not exist yet.
func Read(path string) (string, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	return string(b), err
}
