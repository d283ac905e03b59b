package extract

import (
	"testing"
)

// Issue 14's five-hundred-and-fifteenth round: an untargeted batch
// (p3122-p3127: Indian, Pakistani, Bangladeshi and Nepali dailies and
// agencies on South Asian summits and talks, 1963-2011 — a Kashmir round
// in Calcutta, foreign secretaries' talks in Islamabad, two prime
// ministers at a SAARC summit in Male, a Bangladeshi leader's Ganges talks
// in New Delhi, a Koshi embankment meeting in Kathmandu, and two prime
// ministers at a SAARC summit in Addu City); each rule with sentences of
// its own.

// "A and his Ruritanian counterpart B agreed on Tuesday to ..., as they
// met in X": "they" of a clause of time opened by "as" is the main
// clause's named pair, and "his ... counterpart" between the two names
// keeps them one pair (subordinateTheyAndSubjects, counterpartOf; p3127).
// The negative case: an "as" clause with no meeting in it meets no one.
func TestTheyClauseAfterCounterpartPair(t *testing.T) {
	for _, line := range []string{
		"Foreign Minister Tom Arlen and his Ruritanian counterpart Karl Vost agreed on Tuesday to keep up the momentum in ties, as they met in Tokyo.",
		"Foreign Minister Tom Arlen and his Ruritanian counterpart Karl Vost agreed on Tuesday to keep up the momentum in ties when they met in Tokyo.",
		"Foreign Minister Tom Arlen and Karl Vost agreed on Tuesday to keep up the momentum in ties as they met in Tokyo.",
	} {
		rec := corefRecord(t, "Ministers agree\n"+line)
		if !heldAll(rec, "Tom Arlen", "Karl Vost") {
			t.Errorf("%q: want Arlen and Vost met: %s", line, dump(rec))
		}
	}
	line := "Foreign Minister Tom Arlen and his Ruritanian counterpart Karl Vost agreed on Tuesday to keep up the momentum in ties, as they had been urged to."
	rec := corefRecord(t, "Ministers agree\n"+line)
	if heldAll(rec, "Tom Arlen", "Karl Vost") {
		t.Errorf("%q: an agreement made a meeting: %s", line, dump(rec))
	}
}

// "PORTO ALTO (Ruritania), Nov 10: ...": a dateline whose town, unknown to
// the gazetteer, carries its country in parentheses before the day's
// comma is cut from the lead and gives the town (text datelineDashRE,
// mention capitalsDateline; p3127, p2394, p1054). The negative case:
// lower-case words in the parentheses are no region.
func TestBracketedRegionDateline(t *testing.T) {
	rec := corefRecord(t, "Leaders confer\nPORTO ALTO (Ruritania), May 5: President Tomas Berg and his Ruritanian counterpart Jan Kowal agreed on Monday to open a new chapter, as they met at the Ruritanian summit.")
	m, ok := heldMeeting(rec, "Tomas Berg", "Jan Kowal")
	if !ok || m.Place != "Porto Alto" {
		t.Errorf("want Berg and Kowal met in Porto Alto: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders confer\nPORTO ALTO (near the border), May 5: President Tomas Berg held talks with Prime Minister Jan Kowal on Monday.")
	if m, ok := heldMeeting(rec, "Tomas Berg", "Jan Kowal"); ok && m.Place == "Porto Alto" {
		t.Errorf("a bracket of plain words read as a region: %s", dump(rec))
	}
}

// "A and his Ruritanian counterpart B held five sessions at the
// ministry": counted sessions (or sittings) held by a named pair are
// their talks, as "held a session" is (heldSession, heldSessionPlurals;
// p3123). The negative cases: sessions "of" a body, and sessions one
// person held.
func TestCountedSessionsOfAPair(t *testing.T) {
	rec := corefRecord(t, "Talks end\nForeign Secretary Tom Arlen and his Ruritanian counterpart Karl Vost held five sessions at the ministry, officials said.")
	if !heldAll(rec, "Tom Arlen", "Karl Vost") {
		t.Errorf("want Arlen and Vost met: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks end\nForeign Secretary Tom Arlen and Karl Vost held three sittings at the palace.")
	if !heldAll(rec, "Tom Arlen", "Karl Vost") {
		t.Errorf("want Arlen and Vost at the sittings: %s", dump(rec))
	}
	for _, line := range []string{
		"Speaker Tom Arlen and Deputy Speaker Karl Vost held three sessions of parliament this week.",
		"Foreign Secretary Tom Arlen held five sessions at the ministry, officials said.",
	} {
		rec := corefRecord(t, "Talks end\n"+line)
		if len(rec.Meetings) > 0 {
			t.Errorf("%q: made a meeting: %s", line, dump(rec))
		}
	}
}

// "met B last evening": "last evening" is the day before the filing day,
// as "last night" is (frame dates; p3124, p600, p1006). The negative
// case: "the last evening session" of a forum is no day.
func TestLastEveningIsYesterday(t *testing.T) {
	rec := corefRecord(t, "Leaders meet\nLIMA, May 6 - President Tomas Berg also met the Ruritanian President, Mr. Jan Kowal, last evening.")
	if m, ok := heldMeeting(rec, "Tomas Berg", "Jan Kowal"); !ok || m.Date != "2025-05-05" {
		t.Errorf("want the meeting on May 5: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders meet\nLIMA, May 6 - President Tomas Berg met Prime Minister Jan Kowal on Friday at the last evening session of the forum.")
	if m, ok := heldMeeting(rec, "Tomas Berg", "Jan Kowal"); ok && m.Date == "2025-05-05" {
		t.Errorf("the last evening session read as yesterday: %s", dump(rec))
	}
}
