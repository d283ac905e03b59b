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

// An attendance in a relative clause ("A was accompanied by B, who also
// sat in on the afternoon session", "... by B, the Minister for X, who
// also sat in ...") is told of the person right before ", who" or before
// the post apposed to it, not of the main clause's subject as well (relativeAttendant,
// merge.go; p1028's shape): B joins the meeting told four sentences
// before, beyond the three a companion list reaches. Before, A and B both
// stood before the attendance and, "session" being no meeting noun,
// neither joined. The negative cases: an attendance of another year
// joins nothing, and "A and B, who ..." is a list, not B alone.
func TestRelativeClauseAttendant(t *testing.T) {
	lead := "Talks\nBONN, March 20, 1970 - Chancellor Karl Weber met Prime Minister Otto Lang in Erfurt on Thursday.\nLang repeated his demand.\nThe Chancellor replied that the two states were not foreign.\nCrowds gathered in front of the hotel.\n"
	for _, s := range []string{
		"Weber was accompanied by Hans Roth, who also sat in on the afternoon session.",
		"The Chancellor was accompanied by Hans Roth, the Minister for Trade, who also sat in on the afternoon session.",
	} {
		if got := pairsOf(t, lead+s+"\n"); !slices.Contains(got, "Hans Roth|Otto Lang") {
			t.Errorf("%q: pairs %v, want Hans Roth|Otto Lang", s, got)
		}
	}
	got := pairsOf(t, lead+"Weber was accompanied by Hans Roth, who had sat in on the talks of 1968.\n")
	if slices.Contains(got, "Hans Roth|Otto Lang") {
		t.Errorf("an attendance of another year joined the talks: %v", got)
	}
	got = pairsOf(t, lead+"Weber greeted Anna Vogt and Hans Roth, who also sat in on the afternoon session.\n")
	if slices.Contains(got, "Hans Roth|Otto Lang") && !slices.Contains(got, "Anna Vogt|Otto Lang") {
		t.Errorf("one of a list taken alone: %v", got)
	}
}
