package extract

import "testing"

// Issue 14's five-hundred-and-fifty-sixth round: an untargeted batch
// (p3368-p3373: official readouts and press releases of foreign ministries
// and leaders' offices on meetings and calls, 1996-2022 — a State
// Department readout of a foreign secretary's Washington meeting, a White
// House call readout, two Downing Street readouts, a Federal Foreign Office
// release, an MEA visit release, a MOFA meeting overview); each rule with
// sentences of its own.

// "A and B joined C for part of the meeting" seats the joiners at the
// meeting the story has told C at, as "joined C for talks with D" does
// (joinedForTalks; p3368, p2898, p270). The negative case: "joined C for
// part of the tour" names no meeting, so the talks keep their two people.
func TestJoinedForPartOfTheMeeting(t *testing.T) {
	text := "Minister meets envoy\nForeign Minister Arvid Tollen met Special Envoy Dana Kestrel at the ministry in Oslo today.\nThe two discussed the border commission.\nInterior Minister Petra Lund and Colonel Ivo Sarn joined the Minister for part of the meeting."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Arvid Tollen", "Dana Kestrel", "Petra Lund", "Ivo Sarn") {
		t.Errorf("want the joiners at the meeting, got %s", dump(rec))
	}
	text = "Minister meets envoy\nForeign Minister Arvid Tollen met Special Envoy Dana Kestrel at the ministry in Oslo today.\nThe two discussed the border commission.\nInterior Minister Petra Lund and Colonel Ivo Sarn joined the Minister for part of the tour."
	rec = corefRecord(t, text)
	if heldAll(rec, "Dana Kestrel", "Petra Lund") {
		t.Errorf("a tour read as the meeting, got %s", dump(rec))
	}
}
