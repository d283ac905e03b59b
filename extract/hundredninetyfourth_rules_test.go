package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-ninety-fourth round: met pairs at multilateral
// gatherings whose attendees the story lists (p1196-p1201: a 1950s
// conference's opening session, a 1990s treaty signing, a regional
// summit with a vice-president sent in his president's place, a four-way
// summit and the bilateral meetings around it, a summit boycotted by
// some leaders, a forum a vice-president addressed by video link); each
// rule with sentences of its own.

// A session noun after a determiner that is the subject of "brought
// together" is a sitting of talks, as "the summit brought together" is
// (meeting/when.go gatheredSession; p1196): those it names met. The
// negative case: "a session of parliament" is a body's sitting, and
// brings no one together into talks.
func TestSessionBroughtTogether(t *testing.T) {
	for _, subject := range []string{"The session", "The opening session in the old assembly hall", "Its first session"} {
		text := "Regional meeting opens\n" + subject + " brought together Prime Minister Arvo Lindqvist of Norland, President Maren Oduya of Tessaly and Premier Kofi Balsam of Rivena on Tuesday."
		rec := corefRecord(t, text)
		for _, pair := range [][2]string{{"Arvo Lindqvist", "Maren Oduya"}, {"Maren Oduya", "Kofi Balsam"}} {
			if m := meetingWith(rec, pair[0], pair[1]); m == nil || m.Status != graph.Held {
				t.Errorf("%s: want %s and %s at a held meeting, got %+v", subject, pair[0], pair[1], rec.Meetings)
			}
		}
	}
	rec := corefRecord(t, "Budget vote\nA session of parliament brought together Arvo Lindqvist and Maren Oduya on Tuesday.")
	if m := meetingWith(rec, "Arvo Lindqvist", "Maren Oduya"); m != nil {
		t.Errorf("a session of parliament: want no meeting, got %+v", m)
	}
}

// "joined X at the plenary" puts the subjects and X at one sitting, as
// "joined X at the table" does (tableNouns, meeting/meetings.go
// joinedAtTable; p1200): a list of leaders that "joined" the host "at
// the plenary" met the host and each other. The negative case: "joined
// the plenary, where X spoke" joins a sitting and names no one sat with.
func TestJoinedAtThePlenary(t *testing.T) {
	text := "Regional summit\nLeaders including Prime Minister Arvo Lindqvist of Norland and President Maren Oduya of Tessaly joined President Kofi Balsam at the plenary in Valdora on Tuesday."
	rec := corefRecord(t, text)
	for _, pair := range [][2]string{{"Arvo Lindqvist", "Kofi Balsam"}, {"Maren Oduya", "Kofi Balsam"}, {"Arvo Lindqvist", "Maren Oduya"}} {
		if m := meetingWith(rec, pair[0], pair[1]); m == nil || m.Status != graph.Held {
			t.Errorf("want %s and %s at a held meeting, got %+v", pair[0], pair[1], rec.Meetings)
		}
	}
	rec = corefRecord(t, "Regional summit\nPrime Minister Arvo Lindqvist of Norland joined the plenary in Valdora on Tuesday, where President Kofi Balsam spoke.")
	if m := meetingWith(rec, "Arvo Lindqvist", "Kofi Balsam"); m != nil {
		t.Errorf("joined the plenary: want no meeting, got %+v", m)
	}
}
