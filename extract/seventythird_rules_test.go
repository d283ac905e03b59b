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

// "A met B in X, and then flew to Y, where he held talks with C": the
// pronoun of the later clause goes on with the earlier meeting's subject,
// not with its object (p471; p189's and p240's shape, a trip of separate
// meetings). A pronoun after a reporting clause still takes the person
// just named.
func TestPronounAfterMeetingIsItsSubject(t *testing.T) {
	for _, text := range []string{
		"Trip\nEnvoy Lena Vogt met President Omar Dialo in Bamako on Monday, and then flew to Dakar, where he held talks with Prime Minister Karl Heine on Tuesday.",
		"Trip\nEnvoy Lena Vogt met Egypt's President Omar Dialo in Bamako on Monday and flew to Dakar, where she saw Prime Minister Karl Heine.",
	} {
		got := pairsOf(t, text)
		if slices.Contains(got, "Karl Heine|Omar Dialo") {
			t.Errorf("%q: the two hosts met: %v", text, got)
		}
		for _, want := range []string{"Lena Vogt|Omar Dialo", "Karl Heine|Lena Vogt"} {
			if !slices.Contains(got, want) {
				t.Errorf("%q: pairs %v, want %s", text, got, want)
			}
		}
	}
	// Negative: no meeting verb before the nearest person, who is the
	// pronoun's antecedent.
	text := "Trip\nThe talks will go on, Lena Vogt said, and on Sunday she met Prime Minister Karl Heine."
	if got := pairsOf(t, text); !slices.Contains(got, "Karl Heine|Lena Vogt") {
		t.Errorf("%q: pairs %v, want Karl Heine|Lena Vogt", text, got)
	}
}
