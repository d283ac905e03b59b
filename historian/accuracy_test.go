package historian

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// TestRemarksAccuracy measures the remarks grammar on 50 trips checked by
// hand (testdata/sample-gold.tsv): precision and recall of the persons met
// and of their posts (title and state), on the shared snapshot.
func TestRemarksAccuracy(t *testing.T) {
	dir, _ := filepath.Abs("../../shared/data/historyatstate/travels")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no snapshot at %s", dir)
	}
	var b Builder
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.xml"))
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		fl, err := ReadFile(f, p, nil)
		f.Close()
		if err == nil {
			b.Add(fl)
		}
	}
	byID := map[string]graph.Record{}
	for _, it := range b.Items() {
		byID[it.Record.ID] = it.Record
	}
	g, err := os.Open("testdata/sample-gold.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	var goldP, gotP, okP, goldT, gotT, okT, n int
	sc := bufio.NewScanner(g)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		r, ok := byID[f[0]]
		if !ok {
			t.Fatalf("%s not in the snapshot", f[0])
		}
		n++
		gold := map[string]string{}
		for _, x := range f[1:] {
			if x == "" {
				continue
			}
			name, post, _ := strings.Cut(x, "|")
			gold[name] = post
		}
		traveler := r.Actors[1].Name
		for _, a := range r.Actors {
			if a.Kind != graph.Person || a.Name == traveler {
				continue
			}
			gotP++
			var posts []string
			for _, p := range a.Positions {
				posts = append(posts, p.Title+" @"+p.Organization)
			}
			post := strings.Join(posts, "; ")
			if post != "" {
				gotT++
			}
			want, found := gold[a.Name]
			if found {
				okP++
				if post == want {
					okT++
				}
			} else {
				t.Logf("%s: %q is not in the gold (%s)", f[0], a.Name, r.Source.Text)
			}
		}
		goldP += len(gold)
		goldT += len(gold)
		for name := range gold {
			if _, ok := actor(r, name); !ok {
				t.Logf("%s: missed %q (%s)", f[0], name, r.Source.Text)
			}
		}
	}
	if n != 50 {
		t.Fatalf("%d trips in the sample, want 50", n)
	}
	pp, rp := float64(okP)/float64(gotP), float64(okP)/float64(goldP)
	pt, rt := float64(okT)/float64(gotT), float64(okT)/float64(goldT)
	t.Logf("persons met: precision %.2f (%d/%d), recall %.2f (%d/%d); posts: precision %.2f (%d/%d), recall %.2f (%d/%d)",
		pp, okP, gotP, rp, okP, goldP, pt, okT, gotT, rt, okT, goldT)
	if pp < 0.9 || rp < 0.9 || pt < 0.9 || rt < 0.9 {
		t.Errorf("below the floor of 0.90")
	}
}
