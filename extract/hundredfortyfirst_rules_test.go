package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-forty-first round: met-pairs precision (p878-
// p883: people in the story but not at its meetings — a leader on whose
// instructions an envoy acted, people briefed afterwards, a speaker who
// comments beside a meeting); sentences of its own.

// "A met B in X, and C said ...": the clause of the meeting ends at the
// speech verb, so the conjunct after ", and" held only C and was read as
// part of the meeting's clause; C now opens a conjunct of his own
// (reportedConjunct, frame/predicates.go; p880). The negative cases: the
// speaker named among the people who met stays at the meeting; a list
// "met B and C, an aide said" keeps C; "and C said." ending the sentence
// is left as it was.
func TestReportedConjunctNotAtMeeting(t *testing.T) {
	for _, tail := range []string{
		"and Governor Tom Haldane said the two sides could now resume that round of talks.",
		"and Governor Tom Haldane said that it had gone well.",
		"and Senator Tom Haldane told reporters the mood was good.",
	} {
		text := "Talks may resume\nLAGOS - Foreign Minister Anil Varma met Deputy Minister Kamal Silva in Geneva last year, " + tail
		got := pairsOf(t, text)
		if !slices.Contains(got, "Anil Varma|Kamal Silva") {
			t.Errorf("%q: want Anil Varma|Kamal Silva, got %v", tail, got)
		}
		noPairNaming(t, text, "Tom Haldane")
	}
	// Negative: the speaker is one of those who met.
	got := pairsOf(t, "Talks may resume\nLAGOS - Foreign Minister Anil Varma met Deputy Minister Kamal Silva in Geneva on Monday, and Silva said the talks were useful.")
	if !slices.Contains(got, "Anil Varma|Kamal Silva") {
		t.Errorf("speaker who met: want Anil Varma|Kamal Silva, got %v", got)
	}
	// Negative: a list of those met, then an inverted source.
	got = pairsOf(t, "Talks may resume\nLAGOS - Foreign Minister Anil Varma met Deputy Minister Kamal Silva and Governor Tom Haldane in Geneva on Monday, an aide said.")
	for _, want := range []string{"Anil Varma|Kamal Silva", "Anil Varma|Tom Haldane"} {
		if !slices.Contains(got, want) {
			t.Errorf("list: want %s, got %v", want, got)
		}
	}
}
