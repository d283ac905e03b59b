package extract

import (
	"slices"
	"testing"
)

// Issue 14's sixty-ninth round: meetings not read although both people
// are found, each shape with sentences of its own.

// "X was accompanied by Y" after the sentence that told X's meeting: Y
// came with X to it and meets the others there (p448, p450, p451; p436's
// shape). A companion of someone who is at no meeting told just before
// joins none.
func TestAccompaniedJoinsTheMeeting(t *testing.T) {
	for _, text := range []string{
		"Talks\nForeign Minister Lena Vogt met President Omar Dialo in Bamako on Monday. Vogt was accompanied by her deputy, Karl Heine.",
		"Talks\nForeign Minister Lena Vogt met President Omar Dialo in Bamako on Monday. Vogt, a lawyer who has served in the post since her party won the election three years ago, was accompanied by Karl Heine.",
	} {
		got := pairsOf(t, text)
		for _, want := range []string{"Karl Heine|Omar Dialo", "Karl Heine|Lena Vogt", "Lena Vogt|Omar Dialo"} {
			if !slices.Contains(got, want) {
				t.Errorf("%q: pairs %v, want %s", text, got, want)
			}
		}
	}
	// Minimal pair: the one accompanied is not at the meeting told before.
	text := "Talks\nForeign Minister Lena Vogt met President Omar Dialo in Bamako on Monday. Trade Minister Ivo Marin was accompanied by Karl Heine on a visit to a mine."
	if got := pairsOf(t, text); slices.Contains(got, "Karl Heine|Omar Dialo") || slices.Contains(got, "Karl Heine|Lena Vogt") {
		t.Errorf("%q: a companion of someone else joined the meeting: %v", text, got)
	}
}
