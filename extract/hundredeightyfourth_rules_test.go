package extract

import (
	"testing"
)

// Issue 14's hundred-and-eighty-fourth round: an untargeted batch
// (p1136-p1141: a 1970s secret negotiation near Paris, a wire on a
// regional body's chief between two neighbours, a foreign ministry's
// readout from Beijing, a news agency on two deputies' exploratory
// talks, a local paper on a trilateral ministerial forum, a 1990s
// council of factions at a seaside resort); each rule with sentences
// of its own.

// A host's reception verb right before "the" and a bare title makes the
// title the guest, as "met the Prince" does (titleObjectLeads,
// meetingObjectLead; p1141): "Y received the Prince" pairs Y with the
// one person the story gave that title. The negative cases: "received
// the Prince's envoy" and "welcomed the King of X" name someone else, so
// no meeting joins Y and the titled person.
func TestReceptionVerbLeadsBareTitle(t *testing.T) {
	for _, verb := range []string{"received", "welcomed", "hosted"} {
		text := "Royal visitor in town\nKing Harald Arnesen arrived in Valdora on Saturday for a three-day private stay.\nPrime Minister Tomas Vidal " + verb + " the King at his official residence on Sunday, officials said."
		rec := corefRecord(t, text)
		if meetingWith(rec, "Tomas Vidal", "Harald Arnesen") == nil {
			t.Errorf("%s: want Vidal and the King paired, got %+v", verb, rec.Meetings)
		}
	}
	text := "Royal visitor in town\nKing Harald Arnesen arrived in Valdora on Saturday for a three-day private stay.\nPrime Minister Tomas Vidal received the King's envoy at his official residence on Sunday, officials said."
	rec := corefRecord(t, text)
	if meetingWith(rec, "Tomas Vidal", "Harald Arnesen") != nil {
		t.Errorf("the King's envoy read as the King: %+v", rec.Meetings)
	}
	text = "Royal visitor in town\nKing Harald Arnesen arrived in Valdora on Saturday for a three-day private stay.\nPrime Minister Tomas Vidal welcomed the King of Morocco at his official residence on Sunday, officials said."
	rec = corefRecord(t, text)
	if meetingWith(rec, "Tomas Vidal", "Harald Arnesen") != nil {
		t.Errorf("the King of another state read as the King named before: %+v", rec.Meetings)
	}
}

// "X came with Y" lists a companion in the active, as "X was
// accompanied by Y" does in the passive (companionWithVerbs, rosters;
// p1136): Y joins the meeting the story has just told X at. The
// negative case: "X came with a new proposal" names no one, so the
// meeting keeps its two people.
func TestCameWithJoinsCompanion(t *testing.T) {
	text := "Envoys resume talks\nMarta Kovac and Idris Haddad resumed their talks on Monday at a lakeside hotel in Lucerne.\nMs. Kovac, a former trade negotiator, came with Pieter Aalders, her deputy. Mr. Haddad came with Samir Toufic."
	rec := corefRecord(t, text)
	if meetingWith(rec, "Pieter Aalders", "Idris Haddad") == nil {
		t.Errorf("want Aalders at the Lucerne talks, got %+v", rec.Meetings)
	}
	if meetingWith(rec, "Samir Toufic", "Marta Kovac") == nil {
		t.Errorf("want Toufic at the Lucerne talks, got %+v", rec.Meetings)
	}
	text = "Envoys resume talks\nMarta Kovac and Idris Haddad resumed their talks on Monday at a lakeside hotel in Lucerne.\nMs. Kovac came with a new proposal on the transit fees."
	rec = corefRecord(t, text)
	if m := meetingWith(rec, "Marta Kovac", "Idris Haddad"); m == nil || len(m.Participants) != 2 {
		t.Errorf("want the talks of two people only, got %+v", rec.Meetings)
	}
}
