package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundredth round: parties missed where the article tells a
// negotiation without the dispute words the rules know, each shape with
// sentences of its own.

// "talks among A, B and C": an "among" list after a negotiation noun
// names its sides, as "between A and B" does for two (amongSides, p637).
// A summit among them, or talks among them framed as cooperation, join
// no sides.
func TestTalksAmongSides(t *testing.T) {
	for _, text := range []string{
		"River talks\nADDIS ABABA, March 3 - Two days of negotiations among Chile, Peru and Bolivia on the sharing of the lake ended on Friday without a text.",
		"River talks\nADDIS ABABA, March 3 - Officials said the talks among Chile, Peru and Bolivia over the lake would resume in May.",
	} {
		parties, _ := talksRoles(t, text)
		for _, s := range []string{"Chile", "Peru", "Bolivia"} {
			if !slices.Contains(parties, s) {
				t.Errorf("%q: %s is no party: %v", text, s, parties)
			}
		}
	}
	for _, text := range []string{
		"Summit\nADDIS ABABA, March 3 - A summit among Chile, Peru and Bolivia ended on Friday with a group photograph.",
		"Visit\nADDIS ABABA, March 3 - Talks among Chile, Peru and Bolivia on tourism, culture and education ended on Friday.",
	} {
		if parties, _ := talksRoles(t, text); len(parties) > 0 {
			t.Errorf("%q: parties %v", text, parties)
		}
	}
}
