package graph

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// asciiKey, Key's one-pass path for ASCII names, gives what the general
// path gives, on names built from every class of byte the rules treat
// apart: letters of both cases, digits, each separator, apostrophes and
// possessives, other punctuation, control bytes, honorifics first, last
// and alone.
func TestASCIIKeyMatchesFoldedKey(t *testing.T) {
	classes := []func(r *rand.Rand) string{
		func(r *rand.Rand) string { return string(rune('a' + r.IntN(26))) },
		func(r *rand.Rand) string { return string(rune('A' + r.IntN(26))) },
		func(r *rand.Rand) string { return string(rune('0' + r.IntN(10))) },
		func(r *rand.Rand) string { return string(" \t\n\v\f\r-/,"[r.IntN(9)]) },
		func(r *rand.Rand) string { return []string{"'", "'s", "'S", "s'"}[r.IntN(4)] },
		func(r *rand.Rand) string { return string(rune(33 + r.IntN(94))) }, // any printable
		func(r *rand.Rand) string { return string(rune(r.IntN(32))) },      // control bytes
		func(r *rand.Rand) string {
			return []string{"Mr", "mrs", "Dr.", "THE", "sir", "Sheikh", "messrs"}[r.IntN(7)]
		},
	}
	r := rand.New(rand.NewPCG(15, 1))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(classes[r.IntN(len(classes))](r))
		}
		name := b.String()
		if got, want := asciiKey(name), foldedKey(name); got != want {
			t.Fatalf("asciiKey(%q) = %q, foldedKey %q", name, got, want)
		}
	}
	for _, name := range []string{"", "Mr", "Mr Burns", "Burns's", "the", "The Hague", "al-Thani", "U.S.", "'s"} {
		if got, want := asciiKey(name), foldedKey(name); got != want {
			t.Errorf("asciiKey(%q) = %q, foldedKey %q", name, got, want)
		}
	}
}
