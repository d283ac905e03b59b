package sections

import (
	"strings"
	"testing"
)

func TestUIRoundTrip(t *testing.T) {
	doc := "# Benchmarks\n\nimport figures\n"
	once := WithUI(doc, "## Explorer\n\nfirst run")
	if !strings.HasPrefix(once, doc) || !strings.Contains(once, "first run") {
		t.Fatalf("appending the section lost text:\n%s", once)
	}
	twice := WithUI(once, "## Explorer\n\nsecond run")
	if strings.Contains(twice, "first run") || !strings.Contains(twice, "second run") || !strings.HasPrefix(twice, doc) {
		t.Fatalf("replacing the section:\n%s", twice)
	}
	if strings.Count(twice, begin) != 1 {
		t.Fatalf("section written twice:\n%s", twice)
	}
	// The data benchmark rewrites its part and keeps this one.
	kept := "# Benchmarks\n\nnew import figures\n\n" + UI(twice) + "\n"
	if UI(kept) != UI(twice) || !strings.Contains(kept, "second run") {
		t.Fatalf("section not carried over:\n%s", kept)
	}
	if UI(doc) != "" {
		t.Fatal("a document without the section reported one")
	}
}

// The repository's BENCHMARKS.md holds the browser benchmark's section
// whole, markers included: without its begin marker, `make bench` (which
// keeps only a marked section) would drop it.
func TestBenchmarksFileMarksUISection(t *testing.T) {
	doc, err := Read("../../BENCHMARKS.md")
	if err != nil {
		t.Fatal(err)
	}
	ui := UI(doc)
	if !strings.HasPrefix(ui, begin) || !strings.HasSuffix(ui, end) || !strings.Contains(ui, "## Explorer") {
		t.Fatalf("BENCHMARKS.md's browser section is not marked whole (begin %q ... end %q): %.80q", begin, end, ui)
	}
	if strings.Count(doc, begin) != 1 || strings.Count(doc, end) != 1 {
		t.Fatalf("BENCHMARKS.md has %d begin and %d end markers, want one of each", strings.Count(doc, begin), strings.Count(doc, end))
	}
}
