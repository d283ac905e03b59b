package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-twelfth round: calls and video meetings
// (p1304-p1309: a foreign minister's call to his counterpart after an
// earthquake, a first virtual bilateral summit, a video summit of twenty
// economies with its participants listed, a president's calls during a
// coup, a leader's call initiated by the other side, and a first call
// announced with the new premier's earlier calls); each rule with
// sentences of its own.

// A sentence whose subject is "Participants" or "Attendees" lists, after
// "included", "including" or "among them", the people of the gathering
// the story has just told, though that gathering was told without its
// people ("Leaders held a summit by video on Thursday. Participants
// included A, B and C"; participantsList, roster.go, and listedGathering,
// gathering.go; lexicon "participantCues"; p1306). The negative cases: a
// list with no cue ("Participants praised A and B") and a list after a
// sentence that tells no gathering with its date name no meeting.
func TestParticipantsListJoinsGathering(t *testing.T) {
	lead := "Summit\n\nLeaders of the Northern Forum held an extraordinary summit by video conference on Thursday. "
	for _, c := range []struct {
		text string
		met  bool
	}{
		{lead + "Participants included President Lena Berg, Chancellor Ines Valdez and Premier Omar Haddad.", true},
		{lead + "Participants appeared on a grid of screens, among them President Lena Berg, Chancellor Ines Valdez and Premier Omar Haddad.", true},
		{lead + "King Tomas Varga chaired the meeting from Ostrava. Attendees included President Lena Berg, Chancellor Ines Valdez and Premier Omar Haddad.", true},
		{lead + "Participants praised President Lena Berg, Chancellor Ines Valdez and Premier Omar Haddad for their speeches.", false},
		{"Summit\n\nThe forum's economists published a report on growth. Participants included President Lena Berg, Chancellor Ines Valdez and Premier Omar Haddad.", false},
	} {
		rec := corefRecord(t, c.text)
		if got := metPair(rec, "Lena Berg", "Omar Haddad"); got != c.met {
			t.Errorf("%q: want met %v: %s", c.text, c.met, dump(rec))
		}
		if c.met {
			if m := meetingWith(rec, "Ines Valdez", "Lena Berg"); m == nil || m.Date != "2025-05-01" {
				t.Errorf("%q: want the summit's date: %s", c.text, dump(rec))
			}
		}
	}
}
