package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-fifty-second round: an untargeted batch
// (p944-p949: a 1964 Soviet visit to Stockholm, a Baltic presidents'
// phone call, a 1973 Laotian ceasefire signing, Central African talks in
// Libreville, a West African state visit, a 1959 South-East Asian
// visit); the rule is the largest general miss it showed, with sentences
// of its own.

// A past preposition governs talks across what measures or describes
// them — "after two days of direct talks between A and B", "following
// several rounds of talks between A and B", "after lengthy talks between
// A and B" — as it does right before them: the talks took place
// (pastPrepAcross, meeting/when.go; p947). The negative cases: talks
// only called for, proposed, or to come before the act are none.
func TestPastPrepositionAcrossMeasure(t *testing.T) {
	for _, text := range []string{
		"Accord\nThe accord came after two days of direct talks between Arno Vessel and Lina Roth.",
		"Accord\nThe ceasefire was announced by the envoy following several rounds of talks between Arno Vessel and Lina Roth.",
		"Accord\nThe communique was issued after lengthy talks between Arno Vessel and Lina Roth.",
	} {
		if got := pairsOf(t, text); !slices.Contains(got, "Arno Vessel|Lina Roth") {
			t.Errorf("%q: want Arno Vessel|Lina Roth, got %v", text, got)
		}
	}
	for _, text := range []string{
		"Accord\nThe accord came after calls for talks between Arno Vessel and Lina Roth.",
		"Accord\nThe accord came after proposed talks between Arno Vessel and Lina Roth.",
		"Accord\nThe accord will be signed after two days of talks between Arno Vessel and Lina Roth.",
	} {
		if got := pairsOf(t, text); slices.Contains(got, "Arno Vessel|Lina Roth") {
			t.Errorf("%q: talks not held read as held: %v", text, got)
		}
	}
}

// Talks so crossed close the clause they follow: "A and B agreed on a
// truce on Monday, after six hours of talks in X" — the talks were on the
// clause's day, as "after the talks" are (afterTalks, meeting/meetings.go;
// p648, p518, p238). The negative case: a clause with no day of its own
// leaves the talks the month of the story.
func TestCrossedTalksTakeClauseDay(t *testing.T) {
	ms := heldAt(t, "Truce\nPresident Arno Vessel and President Lina Roth agreed on a truce on Monday, after six hours of talks in Oslo.", corefPub)
	if len(ms) != 1 || ms[0].Date != "2025-05-05" {
		t.Errorf("want one meeting on 2025-05-05, got %+v", ms)
	}
	ms = heldAt(t, "Truce\nPresident Arno Vessel and President Lina Roth agreed on a truce, after six hours of talks in Oslo.", corefPub)
	if len(ms) != 1 || ms[0].Date == "2025-05-05" {
		t.Errorf("want one meeting with no day read, got %+v", ms)
	}
}

// A relative clause of attendance ("X and Y, who also attended the
// talks, read out ...") gives the attendance no time from the main clause
// after it: the date there is of what the main clause tells, and the
// people join the talks told before (relativeAttendEnd, merge.go; p648).
// The negative case: a date inside the relative clause is the
// attendance's own, and keeps the people from talks of another day.
func TestRelativeAttendanceDate(t *testing.T) {
	got := pairsOf(t, "Truce\nPresident Arno Vessel and President Lina Roth agreed on a truce on Monday, after the talks in Oslo. "+
		"Ministers Tom Hale and Eva Brun, who also attended the talks, read out a protocol to take effect from May 15.")
	for _, want := range []string{"Arno Vessel|Tom Hale", "Eva Brun|Lina Roth"} {
		if !slices.Contains(got, want) {
			t.Errorf("want %s, got %v", want, got)
		}
	}
	got = pairsOf(t, "Truce\nPresident Arno Vessel and President Lina Roth agreed on a truce on Monday, after the talks in Oslo. "+
		"Ministers Tom Hale and Eva Brun, who attended the talks of March 15, read out a protocol.")
	if slices.Contains(got, "Arno Vessel|Tom Hale") {
		t.Errorf("attendance of another day joined: %v", got)
	}
}
