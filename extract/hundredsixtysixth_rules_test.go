package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-sixty-sixth round: met pairs where both people
// are found but no meeting is read (p1028-p1033: two heads of government
// meeting across a divided country, a bilateral on the sidelines of a
// summit, a president's talks with a neighbour to press a peace plan, a
// secretary of state's day of talks in a rival capital, two leaders
// ending a long freeze, and an adviser's secret talks disclosed a week
// late); each rule with sentences of its own.

// A single subject's "was joined by" lists companions as "was
// accompanied by" does (singleJoinVerbs, roster.go; p1030): "A held talks
// with B. A was joined by Foreign Minister C" brings C to that meeting.
// The negative cases: with no held meeting told of A the companion joins
// nothing, and a planned meeting takes no companion as held.
func TestSingleSubjectJoinedBy(t *testing.T) {
	got := pairsOf(t, "Talks\nPresident Karel Dvorak held talks with President Ana Sousa in Lisbon on Monday. Dvorak was joined by Foreign Minister Petr Hodek.")
	for _, want := range []string{"Ana Sousa|Petr Hodek", "Karel Dvorak|Petr Hodek"} {
		if !slices.Contains(got, want) {
			t.Errorf("pairs %v, want %s", got, want)
		}
	}
	got = pairsOf(t, "Talks\nPresident Karel Dvorak flew home from Lisbon on Monday. Dvorak was joined by Foreign Minister Petr Hodek on the flight.")
	if len(got) > 0 {
		t.Errorf("a companion with no meeting read as a meeting: %v", got)
	}
	got = pairsOf(t, "Talks\nPresident Karel Dvorak will hold talks with President Ana Sousa in Lisbon next month. Dvorak was joined by Foreign Minister Petr Hodek at a news conference on Monday.")
	if slices.Contains(got, "Ana Sousa|Petr Hodek") {
		t.Errorf("a companion joined a planned meeting as held: %v", got)
	}
}
