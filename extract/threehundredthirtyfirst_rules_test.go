package extract

import "testing"

// Issue 14's three-hundred-and-thirty-first round: conferences and opening
// sessions attended by a list of leaders (p2018-p2023: a 1960s wire on an
// allied summit, a 1970s agency on an Islamic summit, a 1990s wire on a
// West African peace accord, a wire on an Andean drug summit, a German
// agency on UN talks of four factions, a 1960s agency on an Arab
// summit); each rule with sentences of its own.

// A gathering told with no one named ("The forum opened here this
// morning") and then its attendance list by a past passive ("The opening
// session was attended by A, B and C"): with no meeting near to join,
// the listed people met at the gathering, on its day and at the
// dateline's town (listedAttendance, merge.go; p2019, p1255, p287, p605).
// The negative case: a list told as expected ("will be attended by")
// names no meeting held.
func TestListedAttendanceGathering(t *testing.T) {
	rec := corefRecord(t, "Forum opens\n\nVALMORE (Agency) - The regional forum on river trade opened here this morning in the old assembly hall.\n\n"+
		"The opening session was attended by President Tomas Varga of Orlenia, King Ivo Lenk of Sestria and Mr. Edwin Holt, chairman of the Coastal Front.\n\n"+
		"The forum is expected to close on Friday.")
	m := meetingWith(rec, "Tomas Varga", "Ivo Lenk", "Edwin Holt")
	if m == nil || m.Status != "held" {
		t.Fatalf("want the listed leaders met: %s", dump(rec))
	}
	if m.Place != "Valmore" || m.Date != corefPub.Format("2006-01-02") {
		t.Errorf("want the gathering's day and town, got %q %q: %s", m.Place, m.Date, dump(rec))
	}
	rec = corefRecord(t, "Forum to open\n\nVALMORE (Agency) - The regional forum on river trade opens here next week.\n\n"+
		"The opening session will be attended by President Tomas Varga of Orlenia, King Ivo Lenk of Sestria and Mr. Edwin Holt.")
	if metPair(rec, "Tomas Varga", "Ivo Lenk") {
		t.Errorf("want no held meeting from an expected list: %s", dump(rec))
	}
}

// The gathering as the sentence's subject with a dated parenthesis before
// its attendance list ("The river summit, which opened on Sunday in the
// assembly, was attended by A, B and C"): the sitting of that day, not the
// meeting of other people the story told first on another day
// (datedSubjectAttendance, merge.go; p2023, p395).
func TestDatedSubjectAttendance(t *testing.T) {
	rec := corefRecord(t, "Accord at the summit\n\nVALMORE (Agency) - President Tomas Varga and King Ivo Lenk reached an accord on the dam last night at the residence of Prime Minister Edwin Holt.\n\n"+
		"The river summit, which opened on Sunday in the assembly building, was attended by President Tomas Varga, King Ivo Lenk, President Mara Voss and Emir Karl Mott.\n\n"+
		"The summit is expected to close tomorrow.")
	m := meetingWith(rec, "Mara Voss", "Karl Mott")
	if m == nil || !metPair(rec, "Mara Voss", "Tomas Varga") {
		t.Fatalf("want the summit's people met: %s", dump(rec))
	}
	if m.Date != "2025-05-04" {
		t.Errorf("want the summit on Sunday, got %q: %s", m.Date, dump(rec))
	}
	if metPair(rec, "Mara Voss", "Edwin Holt") {
		t.Errorf("want the summit's list not joined to the night's meeting: %s", dump(rec))
	}
}
