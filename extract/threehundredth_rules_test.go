package extract

import "testing"

// Issue 14's three-hundredth round: places (p1832-p1837: a wire story on
// a summit aboard a liner in a harbour, an agency on a summit in a
// building of a truce village, an agency on talks at a desert estate
// given only by its dateline, a press agency's readout of receptions at
// a palace with its city only in the headline, an old broadsheet on talks
// in railway coaches on a frontier bridge, a wire story on a summit at a
// resort); each rule with sentences of its own.

// "X was joined at the table by A and B": a scene of the story's day told
// with no place of its own, further down than the dateline lends its
// city, goes on where the meeting of that day it shares someone with
// took place (scenePlace, extract.go; p1833, p1415, p1430, p1469, p1585,
// p596, p861, p931).
func TestStoryDaySceneTakesItsMeetingPlace(t *testing.T) {
	rec := extractAt(t, "Leaders meet at lakeside lodge\n\nKORSVIK, May 6 (Agency) -- President Alma Trost of Veland and Prime Minister Oskar Lind of Nordmark held talks Tuesday at the Lakeside Lodge, a guest house on the shore of the fjord.\n\nLind arrived by boat at nine. The two leaders shook hands on the jetty.\n\nThe morning session lasted two hours, officials said.\n\nTrost was joined at the table by her foreign minister, Ruben Vass, and her chief of staff, Ida Holm.")
	// Since the three-hundred-and-thirty-seventh round the companions sit
	// at the leaders' talks themselves (joinedOwnSitting, roster.go), not
	// at a scene of their own; the place is still the day's meeting's.
	m := meetingWith(rec, "Alma Trost", "Ruben Vass", "Ida Holm")
	if m == nil {
		t.Fatalf("no meeting of Trost with Vass and Holm: %s", dump(rec))
	}
	if m.Place != "Korsvik" {
		t.Errorf("the scene's place %q, want Korsvik: %s", m.Place, dump(rec))
	}
}
