package lexicon

import (
	"strings"
	"testing"
)

func TestParseLexicon(t *testing.T) {
	got := Parse("# comment\n[a]\nx y\n  z\n\n[b]\n# none\n[c]\nw\n")
	if strings.Join(got["a"], ",") != "x,y,z" || len(got["b"]) != 0 || strings.Join(got["c"], ",") != "w" {
		t.Errorf("parsed %v", got)
	}
}

// Every section of words.txt is lower case and non-empty; every predicate
// class exists; a missing section panics rather than read as empty.
func TestSections(t *testing.T) {
	for name, words := range Sections() {
		if len(words) == 0 {
			t.Errorf("[%s] is empty", name)
		}
		for _, w := range words {
			if w != strings.ToLower(w) {
				t.Errorf("[%s] %q is not lower case", name, w)
			}
		}
	}
	for _, c := range []string{"weak", "talks", "meet", "call"} {
		if len(Predicates()[c]) == 0 {
			t.Errorf("no predicates of class %s", c)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Words of a missing section did not panic")
		}
	}()
	Words("no such section")
}

// A section named twice would silently replace the first list with the
// second, and the rules that read the first would get words meant for
// another: every name is used once, in words.txt and predicates.txt.
func TestNoSectionTwice(t *testing.T) {
	for file, text := range map[string]string{"words.txt": wordsTxt, "predicates.txt": predicatesTxt} {
		seen := map[string]int{}
		for i, line := range strings.Split(text, "\n") {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, "[") || !strings.HasSuffix(line, "]") {
				continue
			}
			if first, ok := seen[line]; ok {
				t.Errorf("%s: %s on line %d again on line %d", file, line, first, i+1)
			}
			seen[line] = i + 1
		}
	}
}
