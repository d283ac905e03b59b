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

// A meeting noun whose own present "is" or "are" takes a purpose
// participle ("the meeting between A and B is intended to seek ...")
// tells a meeting still to come (purposeParticiples, meeting/when.go;
// p1033): before, it was read as held in the publication month. The
// negative case: the past "was intended to" is left held.
func TestMeetingIntendedIsPlanned(t *testing.T) {
	lead := "Talks\nLISBON - Officials said on Monday that progress was possible. "
	for _, s := range []string{
		"The meeting between President Ana Sousa and President Karel Dvorak is intended to seek a settlement of the dispute.",
		"The summit between President Ana Sousa and President Karel Dvorak is meant to end the quarrel over fishing rights.",
	} {
		if got := pairsOf(t, lead+s); len(got) > 0 {
			t.Errorf("%q: a meeting still to come read as held: %v", s, got)
		}
	}
	s := "The meeting between President Ana Sousa and President Karel Dvorak was intended to seek a settlement of the dispute."
	if got := pairsOf(t, lead+s); !slices.Equal(got, []string{"Ana Sousa|Karel Dvorak"}) {
		t.Errorf("%q: pairs %v, want the held pair", s, got)
	}
}
