package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/lexicon"
)

// Every word list in lexicon/ is read by a rule, holds words, and is lower
// case (the rules compare lower-cased tokens); every list a rule reads
// exists.
func TestLexiconSections(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	sub, _ := filepath.Glob("*/*.go")
	files = append(files, sub...)
	used := map[string]bool{}
	re := regexp.MustCompile(`(?:lex|lexicon\.Words|lexicon\.List|lexicon\.Phrases)\("(\w+)"\)`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
	}
	for name := range used {
		if _, ok := lexicon.Sections()[name]; !ok {
			t.Errorf("a rule reads [%s], which lexicon/words.txt lacks", name)
		}
	}
	for name, words := range lexicon.Sections() {
		if !used[name] {
			t.Errorf("[%s] is read by no rule", name)
		}
		if len(words) == 0 {
			t.Errorf("[%s] is empty", name)
		}
		for _, w := range words {
			if w != strings.ToLower(w) {
				t.Errorf("[%s] %q is not lower case", name, w)
			}
		}
	}
	for w, c := range frame.Triggers {
		if c < frame.Weak || c > frame.Call || w != strings.ToLower(w) {
			t.Errorf("predicate %q has class %d", w, c)
		}
	}
}
