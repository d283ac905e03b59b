package graph

import (
	"math/rand/v2"
	"strings"
	"sync"
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

// foldedKey reuses its accent folders across calls (a sync.Pool); keys
// made at once by many goroutines, as a server's handlers make them, are
// the keys made one by one. A folder shared without the pool would mix the
// buffers of two names here (and -race, which `make test` runs, says so).
func TestFoldedKeyConcurrent(t *testing.T) {
	names := []string{"Abdullahi Ahmed Al-Thani", "José Ramos-Horta", "Lech Wałęsa",
		"Recep Tayyip Erdoğan", "Nguyễn Xuân Phúc", "Ṣāliḥ ibn ʿAlī", "Ģirts Valdis Kristovskis",
		"Þórdís Kolbrún", "Mr Émile Zola", "Łukasz Kamiński's"}
	want := make([]string, len(names))
	for i, n := range names {
		want[i] = foldedKey(n)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 2000; k++ {
				i := (g + k) % len(names)
				if got := foldedKey(names[i]); got != want[i] {
					errs <- names[i] + ": " + got + " != " + want[i]
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
