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

// "follow-up to the summit held in P in April", "the work of the
// conference held in P in June": a meeting noun that a sequel noun looks
// back on was held where and when its participle says, not where or when
// the meeting told by the predicate was (sequelHeldAt; p3368, p634, p900). The
// negative case: "met at the summit held in P" is the meeting's own place.
func TestSequelOfHeldMeetingKeepsItsPlace(t *testing.T) {
	text := "Envoys meet\nWASHINGTON, June 10 - Foreign Secretary Lena Varga called on Deputy Secretary Tom Brill today for a discussion of trade, including follow-up to the summit held in Lima in April."
	rec := corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Lena Varga", "Tom Brill"); !ok || m.Place == "Lima" || len(m.Date) == 7 {
		t.Errorf("want the call's own place and day, got %s", dump(rec))
	}
	text = "Envoys meet\nWASHINGTON, June 10 - Foreign Secretary Lena Varga met Deputy Secretary Tom Brill at the summit held in Lima in April."
	rec = corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Lena Varga", "Tom Brill"); !ok || m.Place != "Lima" {
		t.Errorf("want the summit's place as the meeting's, got %s", dump(rec))
	}
	// The looked-back meeting is no meeting of the pair's own either
	// (p634's shape).
	text = "Envoys meet\nOSLO, June 10 - Foreign Minister Arvid Tollen met Special Envoy Dana Kestrel in Oslo today.\nThe two men reviewed the outcome of the expert talks held in Bergen in May."
	rec = corefRecord(t, text)
	for _, m := range rec.Meetings {
		if m.Place == "Bergen" {
			t.Errorf("the talks looked back on read as a meeting, got %s", dump(rec))
		}
	}
}
