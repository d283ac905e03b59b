package extract

import (
	"slices"
	"testing"
)

// Issue 14's eighty-ninth round: meetings not held read as held (met-pairs
// precision), each shape with sentences of its own.

// "A meeting between A and B that had been due to take place on Monday was
// postponed": the meeting noun is the subject of the passive told past its
// relative clause, so the meeting did not take place (p470, p516, p127).
func TestPutOffPastRelativeClause(t *testing.T) {
	for _, text := range []string{
		"Talks delayed\nLOME (AP) - A meeting between President Omar Dialo and Prime Minister Karl Heine that had been due to take place in Lome on Monday was postponed, officials said.",
		"Talks delayed\nLOME (AP) - Talks between President Omar Dialo and Prime Minister Karl Heine, which envoy Lena Vogt had hoped to host in Lome next week, have been called off, her office said.",
	} {
		if got := pairsOf(t, text); slices.Contains(got, "Karl Heine|Omar Dialo") {
			t.Errorf("%q: the meeting put off was read as held: %v", text, got)
		}
	}
	// Minimal pair: the relative clause's own "had been postponed" is the
	// earlier date's; the meeting itself took place.
	text := "Talks held\nLOME (AP) - A meeting between President Omar Dialo and Prime Minister Karl Heine that had been postponed in May was held in Lome on Monday, officials said."
	if got := pairsOf(t, text); !slices.Contains(got, "Karl Heine|Omar Dialo") {
		t.Errorf("%q: the meeting held after a postponement was lost: %v", text, got)
	}
}

// "The two have not met since October", "... since talks in X in May": the
// negation is of any meeting after that time, which says they last met
// then (p127; the shape stands in p325 and p470 too, where "the two
// ministers" are not read for it).
func TestNotMetSinceIsTheLastMeeting(t *testing.T) {
	for _, c := range []struct{ text, date, place string }{
		{"Leaders apart\nLOME (AP) - President Omar Dialo and Prime Minister Karl Heine have not met since talks in Accra in March ended without a deal.", "2025-03", "Accra"},
		{"Leaders apart\nLOME (AP) - President Omar Dialo and Prime Minister Karl Heine have not met since October.", "2024-10", ""},
	} {
		ms := heldAt(t, c.text, corefPub)
		if len(ms) != 1 || !slices.Equal(ms[0].Participants, []string{"Karl Heine", "Omar Dialo"}) {
			t.Fatalf("%q: held %v, want the last meeting of the two", c.text, ms)
		}
		if ms[0].Date != c.date || c.place != "" && ms[0].Place != c.place {
			t.Errorf("%q: met on %q in %q, want %q in %q", c.text, ms[0].Date, ms[0].Place, c.date, c.place)
		}
	}
	// Minimal pair: "since taking office" dates no meeting of theirs.
	text := "Leaders apart\nLOME (AP) - President Omar Dialo and Prime Minister Karl Heine have not met since taking office."
	if got := pairsOf(t, text); len(got) != 0 {
		t.Errorf("%q: a meeting was read from the time of another event: %v", text, got)
	}
}

// "The two leaders" after a sentence naming the two leaders and the envoy
// who saw them stands for the two who lead (p127).
func TestTwoLeadersAmongThree(t *testing.T) {
	text := "Leaders apart\nNICOSIA (AP) - Envoy Lena Vogt met Greek Cypriot leader Omar Dialo on Wednesday and crossed the line to see Turkish Cypriot leader Karl Heine later the same day. The two leaders have not met since October."
	got := pairsOf(t, text)
	if !slices.Contains(got, "Karl Heine|Omar Dialo") {
		t.Errorf("%q: the two leaders were not read: %v", text, got)
	}
}
