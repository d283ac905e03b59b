package extract

import "testing"

// Issue 14's three-hundred-and-sixth round: an untargeted stranger's batch
// (p1868-p1873: a 1954 wire on four foreign ministers opening a conference
// in a divided city, a 1959 broadsheet on a foreign ministers' conference,
// a 1960 agency on a summit's first session, a 1962 broadsheet on two
// ministers' talks before a disarmament conference, a 1963 broadsheet on a
// president's talks at a prime minister's country house, a 1967 Soviet
// agency on a premier's talks in a Western capital); each rule with
// sentences of its own.

// People who "faced each other across a round table" or "took their
// places at the table" sat at one sitting: an encounter of all of them
// (meeting.tableFacing; p1868, p1869). Armies facing each other along a
// river, or seats taken in a hall, seat no one at a table; "also took
// their seats at the table" joins the sitting told before (p808).
func TestTableFacing(t *testing.T) {
	rec := corefRecord(t, "Talks open\n\nTARNOW, May 5 (Agency) -- Foreign Minister Anton Merel, Foreign Minister Ilse Varga and Foreign Minister Jonas Brell faced each other across a round table today.")
	if !metPair(rec, "Anton Merel", "Ilse Varga") || !metPair(rec, "Ilse Varga", "Jonas Brell") {
		t.Errorf("want the three facing each other across a table met: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks open\n\nTARNOW, May 5 (Agency) -- Mr. Anton Merel, Mr. Jonas Brell and Mrs. Ilse Varga took their places at a round table shortly before noon.")
	if !metPair(rec, "Anton Merel", "Ilse Varga") || !metPair(rec, "Anton Merel", "Jonas Brell") {
		t.Errorf("want the three taking their places at a table met: %s", dump(rec))
	}
	rec = corefRecord(t, "Border tense\n\nTARNOW, May 5 (Agency) -- The troops of General Anton Merel and General Jonas Brell faced each other along the river for a week.")
	if metPair(rec, "Anton Merel", "Jonas Brell") {
		t.Errorf("want armies facing each other along a river no meeting: %s", dump(rec))
	}
	rec = corefRecord(t, "Parliament opens\n\nTARNOW, May 5 (Agency) -- Mr. Anton Merel and Mr. Jonas Brell took their places in the chamber as the session opened.")
	if metPair(rec, "Anton Merel", "Jonas Brell") {
		t.Errorf("want places taken in a hall no meeting: %s", dump(rec))
	}
}

// An undated sitting that is a scene of the lead's day, then a later
// report of some of its people on a day of their own ("yesterday", "last
// night"): an earlier encounter, not the sitting retold — each keeps its
// day (mergeRetold's sceneDay; p1869, p1870, p1252, p226, p845). A later
// report with no day of its own still folds into the sitting.
func TestEarlierEncounterNotRetold(t *testing.T) {
	lead := "Talks open\n\nTARNOW, May 6 (Agency) -- The conference of the foreign ministers of Dornland, Velmark and Ostria opened here this afternoon after a long delay.\n\n" +
		"Mr. Anton Merel, Mrs. Ilse Varga and Mr. Jonas Brell met for most of the afternoon in the castle library.\n\n"
	rec := corefRecord(t, lead+"Mr. Merel had called on Mrs. Varga at her hotel yesterday morning.")
	sitting := meetingOf(rec, "Anton Merel", "Ilse Varga", "Jonas Brell")
	call := meetingOf(rec, "Anton Merel", "Ilse Varga")
	if sitting == nil || sitting.Date != "2025-05-06" || call == nil || call.Date != "2025-05-05" {
		t.Errorf("want the sitting on the story's day and the call on the day before: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Mr. Merel and Mrs. Varga spoke of a useful start.")
	if m := meetingOf(rec, "Anton Merel", "Ilse Varga"); m != nil && m.Date != "2025-05-06" {
		t.Errorf("want no encounter of a day of its own: %s", dump(rec))
	}
}
