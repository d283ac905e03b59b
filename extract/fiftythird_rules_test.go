package extract

import (
	"strings"
	"testing"
)

// Issue 14's fifty-third round: both people found, the meeting that joins
// them not read. Talks told by their sides' officials under a modified
// plural noun ("Senior officials of A and B held talks", "The water
// commissioners of A and B met"), with the leaders of each side named in
// the next sentence — the shape of p322 and p201 — each with sentences of
// its own.

// "Senior officials of A and B held talks ...", then "The A delegation
// was led by X, while the B side was led by Y": X and Y met (p322); a
// noun of the field before the plural noun does the same ("The border
// commissioners of A and B met", p201). Without a roster that names each
// side's people, the officials' meeting would pair the states with whoever
// the story names for one side ("X led her country's team"): it is
// dropped, and no state is paired (p112, p265 on the first version).
func TestModifiedSidesNoun(t *testing.T) {
	for _, text := range []string{
		"Talks\nARICA, May 5 - Senior officials of Chile and Bolivia held talks on the river treaty in Arica on Monday, sources said. The Chilean delegation was led by the deputy minister, Ana Rojas, while the Bolivian side was led by Luis Mamani.",
		"Talks\nARICA, May 5 - The border commissioners of Chile and Bolivia met in Arica on Monday for their yearly session. The Chilean side was led by Ana Rojas, and the Bolivian delegation by Luis Mamani.",
	} {
		if got := pairsOf(t, text); !hasAll(got, []string{"Ana Rojas|Luis Mamani"}) {
			t.Errorf("%q: pairs %v, want Ana Rojas|Luis Mamani", text, got)
		}
	}
	text := "Talks\nARICA, May 5 - Senior officials of Chile and Bolivia met in Arica on Monday to discuss the river treaty. Chile's deputy foreign minister, Ana Rojas, led her country's team."
	for _, p := range pairsOf(t, text) {
		if strings.Contains(p, "Chile") || strings.Contains(p, "Bolivia") {
			t.Errorf("a side paired though no roster named its people: %v", p)
		}
	}
}
