package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's sixty-fourth round, a third untargeted batch (p416-p421):
// the shapes its study found recurring, in sentences of this file's own.

// "by foreign ministers A and B", "Foreign Ministers A and B signed": a
// plural title before coordinated names is each holder's post, so both
// are people the text says what they are (p417, p218, p80).
func TestPluralTitleOpensCoordinatedNames(t *testing.T) {
	for _, text := range []string{
		"The communique was drafted on Monday by foreign ministers Ana Ruiz and Tomas Vidal, who worked late.",
		"Trade Ministers Ana Ruiz and Tomas Vidal initialled the accord.",
		"Earlier rounds in Lima between the ambassadors Ana Ruiz and Tomas Vidal ended without a text.",
	} {
		rec := run(t, "Accord\n"+text, "2025-05-05")
		persons := personNames(rec)
		for _, want := range []string{"Ana Ruiz", "Tomas Vidal"} {
			if !slices.Contains(persons, want) {
				t.Errorf("%q: persons %v, want %s", text, persons, want)
			}
		}
	}
	// Minimal pair: a singular title is the first name's alone; the name
	// after "and", dropped once in passing, stays out.
	rec := run(t, "Accord\nThe communique was drafted on Monday by Foreign Minister Ana Ruiz and Tomas Vidal.", "2025-05-05")
	if persons := personNames(rec); slices.Contains(persons, "Tomas Vidal") {
		t.Errorf("a singular title was shared: persons %v", persons)
	}
}

// "West German" beside "East German": Cold War copy names the Bonn state,
// not present-day Germany (p418, p149).
func TestWestGermanIsWestGermany(t *testing.T) {
	rec := run(t, "Transit talks\nWest German and East German negotiators ended two days of talks on transit fees in East Berlin today without agreement. The two sides will meet again in Bonn next month.", "1976-03-18")
	var states []string
	for _, a := range rec.Actors {
		if a.Kind == graph.State {
			states = append(states, a.Name)
		}
	}
	if !slices.Contains(states, "West Germany") || !slices.Contains(states, "East Germany") {
		t.Errorf("states %v, want West Germany and East Germany", states)
	}
	// Minimal pair: "German" alone is present-day Germany.
	rec = run(t, "Talks\nGerman Chancellor Karl Adler held talks with French President Anne Morel in Paris on Monday.", "2025-05-05")
	for _, a := range rec.Actors {
		if a.Name == "West Germany" {
			t.Errorf("a present-day German was filed under West Germany")
		}
	}
}
