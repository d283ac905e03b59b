package extract

import (
	"slices"
	"testing"
)

// Issue 14's seventy-third round: pairs reported that did not meet, each
// shape with sentences of its own.

// One subject meets two sides at two parts of the day: "met in the morning
// with B and in the afternoon with C", "met B, led by X, on Sunday morning
// and C that afternoon" (p475, p394, p160). B and C never met. One time
// for both objects keeps them at one meeting.
func TestDayPartsSplitTheObjects(t *testing.T) {
	for _, text := range []string{
		"Talks\nThe envoy, Lena Vogt, met in the morning with the delegation led by General Omar Dialo and in the afternoon with the team headed by Karl Heine.",
		"Talks\nThe envoy, Lena Vogt, met General Omar Dialo on Sunday morning and Karl Heine in the afternoon.",
		"Talks\nThe envoy, Lena Vogt, met the army team, headed by General Omar Dialo, on Monday morning, and the rebels' team, led by Karl Heine, that afternoon.",
	} {
		got := pairsOf(t, text)
		if slices.Contains(got, "Karl Heine|Omar Dialo") {
			t.Errorf("%q: the two sides met: %v", text, got)
		}
		for _, want := range []string{"Lena Vogt|Omar Dialo", "Karl Heine|Lena Vogt"} {
			if !slices.Contains(got, want) {
				t.Errorf("%q: pairs %v, want %s", text, got, want)
			}
		}
	}
	// Minimal pair: both objects at one time, a later act of the subject's own.
	text := "Talks\nThe envoy, Lena Vogt, met General Omar Dialo and Karl Heine on Sunday morning and left for Oslo in the afternoon."
	if got := pairsOf(t, text); !slices.Contains(got, "Karl Heine|Omar Dialo") {
		t.Errorf("%q: one meeting of three was split: %v", text, got)
	}
}
