package extract

import (
	"slices"
	"testing"
)

// Issue 14's eightieth round: met pairs that did not meet (met-pairs
// precision), each shape with sentences of its own.

// "A met B in X, and then flew to Y, where he held talks with C": the trip
// conjunct has no subject of its own, so "he" is A; B was not in Y (p471,
// p515, p516, p517).
func TestTripConjunctPronounIsTheSubject(t *testing.T) {
	for _, text := range []string{
		"Envoy tour\nPARIS (AP) - Envoy Lena Vogt met President Omar Dialo in Lagos on Tuesday, and then flew to Accra, where she held talks with Minister Karl Heine on Wednesday.",
		"Envoy tour\nPARIS (AP) - Envoy Tomas Brandt met President Omar Dialo in Lagos on Tuesday and drove to Lome, where he held talks with Minister Karl Heine.",
	} {
		got := pairsOf(t, text)
		if slices.Contains(got, "Karl Heine|Omar Dialo") {
			t.Errorf("%q: the first host was taken to the second city: %v", text, got)
		}
	}
	// Minimal pair: the trip conjunct names its own subject, the nearest
	// person, who travels and meets C.
	text := "Envoy tour\nPARIS (AP) - Envoy Lena Vogt met President Omar Dialo in Lagos on Tuesday, and Dialo then flew to Accra, where he held talks with Minister Karl Heine on Wednesday."
	if got := pairsOf(t, text); !slices.Contains(got, "Karl Heine|Omar Dialo") {
		t.Errorf("%q: the traveller named in the conjunct lost his meeting: %v", text, got)
	}
}

// "X, the envoy who chaired the meeting, held separate sessions with A and
// with B": the chair met each side on its own; A and B never met (p474,
// p514).
func TestChairSeparateSessions(t *testing.T) {
	text := "Talks\nGENEVA (AP) - Lena Vogt, the envoy who chaired the meeting, held separate sessions on Wednesday with the army delegation led by General Omar Dialo and with the rebel team under Karl Heine."
	got := pairsOf(t, text)
	if slices.Contains(got, "Karl Heine|Omar Dialo") {
		t.Errorf("%q: the two sides met: %v", text, got)
	}
	for _, want := range []string{"Lena Vogt|Omar Dialo", "Karl Heine|Lena Vogt"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q: pairs %v, want %s", text, got, want)
		}
	}
	// Minimal pair: no distributive word, one meeting of three.
	text = "Talks\nGENEVA (AP) - Lena Vogt, the envoy who chaired the meeting, held talks on Wednesday with the army delegation led by General Omar Dialo and with the rebel team under Karl Heine."
	if got := pairsOf(t, text); !slices.Contains(got, "Karl Heine|Omar Dialo") {
		t.Errorf("%q: one meeting of three was split: %v", text, got)
	}
}
