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
// its own. Two rules of the round were taken out at the merge, each backed
// by one article only (the house rule asks two): "as they met" after "A
// and his counterpart B", and counted sessions ("held five sessions").

// "PORTO ALTO (Ruritania), Nov 10: ...": a dateline whose town, unknown to
// the gazetteer, carries its country in parentheses before the day's
// comma is cut from the lead and gives the town (text datelineDashRE,
// mention capitalsDateline; p3127, p2394, p1054). The negative case:
// lower-case words in the parentheses are no region.
func TestBracketedRegionDateline(t *testing.T) {
	rec := corefRecord(t, "Leaders confer\nPORTO ALTO (Ruritania), May 5: President Tomas Berg held talks with his Ruritanian counterpart Jan Kowal on Monday at the summit.")
	m, ok := heldMeeting(rec, "Tomas Berg", "Jan Kowal")
	if !ok || m.Place != "Porto Alto" {
		t.Errorf("want Berg and Kowal met in Porto Alto: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders confer\nPORTO ALTO (near the border), May 5: President Tomas Berg held talks with Prime Minister Jan Kowal on Monday.")
	if m, ok := heldMeeting(rec, "Tomas Berg", "Jan Kowal"); ok && m.Place == "Porto Alto" {
		t.Errorf("a bracket of plain words read as a region: %s", dump(rec))
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
