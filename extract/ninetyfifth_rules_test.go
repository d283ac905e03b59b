package extract

import (
	"slices"
	"testing"
)

// Issue 14's ninety-fifth round: met pairs reported that did not meet
// (met-pairs precision), each shape with sentences of its own.

// "The minister held separate meetings with A, B and C": the one who met
// each of them is not read (a bare title, an unread name), so the clause
// told A, B and C meeting one another. Each met only the unnamed subject
// (p607).
func TestSeparateMeetingsWithoutSubject(t *testing.T) {
	for _, text := range []string{
		"Minister sees envoys\nTUNIS (AP) - The minister on Monday held separate meetings with envoy Lena Vogt, Senator Omar Dialo and Governor Karl Heine.",
		"Minister sees envoys\nTUNIS (AP) - The visiting minister met separately with envoy Lena Vogt and Governor Karl Heine on Monday.",
	} {
		for _, p := range []string{"Karl Heine|Lena Vogt", "Lena Vogt|Omar Dialo", "Karl Heine|Omar Dialo"} {
			if got := pairsOf(t, text); slices.Contains(got, p) {
				t.Errorf("%q: objects of separate meetings read as meeting each other: %v", text, got)
			}
		}
	}
	// Minimal pairs: with its subject read, each object met the subject;
	// "Separately," fronted tells another development, and the talks
	// between the two are theirs.
	text := "Minister sees envoys\nTUNIS (AP) - Foreign Minister Rania Bessis on Monday held separate meetings with envoy Lena Vogt and Governor Karl Heine."
	got := pairsOf(t, text)
	if !slices.Contains(got, "Lena Vogt|Rania Bessis") || !slices.Contains(got, "Karl Heine|Rania Bessis") || slices.Contains(got, "Karl Heine|Lena Vogt") {
		t.Errorf("%q: want the minister with each: %v", text, got)
	}
	text = "Minister sees envoys\nTUNIS (AP) - Separately, talks between envoy Lena Vogt and Governor Karl Heine were held in Sfax on Monday."
	if got := pairsOf(t, text); !slices.Contains(got, "Karl Heine|Lena Vogt") {
		t.Errorf("%q: the talks after a fronted \"Separately\" were lost: %v", text, got)
	}
}
