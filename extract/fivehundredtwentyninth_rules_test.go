package extract

import "testing"

// Issue 14's five-hundred-and-twenty-ninth round: an untargeted batch
// (p3206-p3211: G7, G20, APEC, ASEAN and BRICS summits and the bilateral
// meetings on their sidelines, 1976-2014 — an Indian agency on two
// leaders' first talks at a BRICS summit, a Mexican agency on a G20
// sideline meeting, a wire on the Puerto Rico economic summit, a Malaysian
// daily on Japan's premier with the ASEAN heads, a European daily on a
// summons before a G20 summit, a Chilean daily on an APEC sideline meeting);
// each rule with sentences of its own.

// "A is to meet B before the summit opens" times a meeting to come by the
// summit's opening: the summit, subject of that clause of time, is no
// second meeting of A and B, held (sittingPhaseVerbs, phaseClauseNoun;
// p3206, p3207, p3210, p2916). The negative case: "A met B at the summit,
// which opened today" keeps its held meeting.
func TestSummitOpeningTimesMeeting(t *testing.T) {
	for _, text := range []string{
		"Talks ahead\nPresident Tom Harlan is to meet Prime Minister Sven Holt on Tuesday before the summit closes.",
		"Talks ahead\nPresident Tom Harlan is expected to meet Prime Minister Sven Holt today before the summit's formal session opens.",
	} {
		rec := corefRecord(t, text)
		if heldAll(rec, "Tom Harlan", "Sven Holt") {
			t.Errorf("the summit's opening read as a held meeting, got %s", dump(rec))
		}
	}
	text := "Talks held\nPresident Tom Harlan met Prime Minister Sven Holt at the summit, which opened today."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Tom Harlan", "Sven Holt") {
		t.Errorf("want the meeting at the summit held, got %s", dump(rec))
	}
}
