package extract

import "testing"

// Issue 14's four-hundred-and-thirty-second round: meeting dates told
// relative to another event or to the article's date (p2624-p2629: a
// wire's Geneva courtesy calls of 1985, a wire's Ohio air-base talks of
// 1995, a French agency's Singapore summit of 2018, a Japanese agency's
// normalization talks of 2002, an East African weekly's power-sharing
// signing of 2008, a broadsheet's Crimea conference of 1945); each rule
// with sentences of its own.

// "A had met B the day before the talks opened": a day off a gathering
// the story told before with its day, here only in the lead
// (meeting.dayBesideMeetingNoun; p2625). The negative case: a day told
// far from the noun, in another clause, is not the gathering's.
func TestDayBeforeTheTalksOpened(t *testing.T) {
	const lead = "Talks open\n\nOSLO, March 4 (Reuters) - The leaders of Nordland and Sudmark opened border talks at a castle here on Wednesday.\n"
	rec := run(t, lead+"Envoy Peter Varga had met Nordland President Anton Berg at the castle the day before the talks opened.\n", "1998-03-04")
	if m := meetingOf(rec, "Peter Varga", "Anton Berg"); m == nil || m.Date != "1998-03-03" {
		t.Errorf("want the envoy's meeting the day before the talks: %s", dump(rec))
	}
	rec = run(t, "Talks go on\n\nOSLO (Reuters) - The leaders of Nordland and Sudmark went on with their border talks at a castle here.\n"+
		"The talks were called by the regional council after a truce between the two armies took effect on Saturday.\n"+
		"Envoy Peter Varga had met Nordland President Anton Berg at the castle the day before the talks opened.\n", "1998-03-06")
	if m := meetingOf(rec, "Peter Varga", "Anton Berg"); m == nil || m.Date == "1998-02-27" {
		t.Errorf("a day in another clause is not the talks' own: %s", dump(rec))
	}
}

// "Two days earlier A had dined with B": a counted shift opening the
// sentence with the subject right after it, no comma, counts from the
// meeting told before (frame.countOpener; p2625, p1652).
func TestCountedShiftBeforeTheSubject(t *testing.T) {
	rec := run(t, "Envoy in the north\n\nOSLO, March 4 (Reuters) - Envoy Peter Varga met Nordland President Anton Berg in Oslo on Tuesday.\n"+
		"Two days earlier Varga had held talks in Bergen with Sudmark Foreign Minister Jonas Lind.\n", "1998-03-04")
	if m := meetingOf(rec, "Peter Varga", "Jonas Lind"); m == nil || m.Date != "1998-03-01" {
		t.Errorf("want the earlier meeting two days before Tuesday: %s", dump(rec))
	}
}

// "C called on A at the palace the following day": "following" breaks a
// clause as a preposition, but after "the" it is a day's adjective, and
// the shift is the predicate's (meeting.shiftedDay; p2626).
func TestFollowingDayAfterTheObject(t *testing.T) {
	rec := run(t, "Summit week\n\nVALLETTA, June 12 (AFP) - Prime Minister Arto Vell received Nordland leader Dova Renn at the palace on Sunday evening, hours after Renn landed.\n"+
		"Vell thanked Renn for choosing the island.\n"+
		"Sudmark President Jonas Lind called on Vell at the palace the following day.\n", "2018-06-12")
	if m := meetingOf(rec, "Jonas Lind", "Arto Vell"); m == nil || m.Date != "2018-06-11" {
		t.Errorf("want the call on the day after Sunday: %s", dump(rec))
	}
}
