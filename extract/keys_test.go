package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

func TestKeyMatchesGraphKey(t *testing.T) {
	for _, s := range []string{"", "  ", "U.S.", "Al-Thani", "al thani", "Mr. Burns", "the", "The White House",
		"Qatar's", "People's Liberation Front", "Sheikh Tamim", "a/b,c", "O'Brien", "M23", "x\ty", "Messrs",
		"Mr", "Abdel Fattah el-Sisi", "Türkiye", "Qatar’s", "1,200", "A_B", "Co.", "'s"} {
		if got, want := key(s), graph.Key(s); got != want {
			t.Errorf("key(%q) = %q, graph.Key = %q", s, got, want)
		}
	}
}

func FuzzKey(f *testing.F) {
	f.Add("Mr. Abdel Fattah el-Sisi's")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := key(s), graph.Key(s); got != want {
			t.Errorf("key(%q) = %q, graph.Key = %q", s, got, want)
		}
	})
}
