package extract

import (
	"testing"
)

// Issue 14's hundred-and-eighty-fifth round: met pairs where both people
// are found but no meeting is read (p1142-p1147: an audience granted by a
// pope, a courtesy call and a lunch hosted in a city-state, a bridge
// opened by two heads of state, a working dinner hosted after a summit, a
// king receiving a president, and a dam dedicated by two presidents);
// each rule with sentences of its own.

// An opening told by its predicate is an encounter of the people who open
// it: "A and B inaugurated the hall", "the hall was inaugurated in the
// presence of A and B" (lexicon predicates "inaugurated", "dedicated";
// p1144). Only people meet at it: the states the opened thing links
// ("the bridge between A and B") are not paired with them. The negative
// cases: one person opening a hall meets no one, not the states the
// hall's sentence names; "a dedicated line" is no opening.
func TestOpeningIsEncounter(t *testing.T) {
	text := "Hall opened\nThe new concert hall between Norland and Sudmark was inaugurated on Monday in Lindau in the presence of President Tomas Varga and Queen Elin Morrow."
	rec := corefRecord(t, text)
	m := meetingWith(rec, "Tomas Varga", "Elin Morrow")
	if m == nil {
		t.Fatalf("want the opening read as the Varga-Morrow encounter, got %+v", rec.Meetings)
	}
	for _, p := range m.Participants {
		if p == "Norland" || p == "Sudmark" {
			t.Errorf("a state the opened hall links read as a participant: %q", m.Participants)
		}
	}
	text = "Hall opened\nPresident Tomas Varga and Queen Elin Morrow together dedicated the new concert hall in Lindau on Monday."
	if meetingWith(corefRecord(t, text), "Tomas Varga", "Elin Morrow") == nil {
		t.Errorf("want the joint dedication read as an encounter")
	}
	text = "Hall opened\nPresident Tomas Varga inaugurated the new concert hall between Norland and Sudmark in Lindau on Monday."
	if rec := corefRecord(t, text); len(rec.Meetings) > 0 {
		t.Errorf("one person opening a hall meets no one, got %+v", rec.Meetings)
	}
}

// "attended the ceremony" after an opening joins it, as after a signing
// (openingTold; p1144, p1147). The negative case: a meeting sentence with
// "a dedicated line" tells no opening, and a later "attended the
// ceremony" joins nothing.
func TestCeremonyAttendanceJoinsOpening(t *testing.T) {
	text := "Dam opened\nPresident Tomas Varga and President Elin Morrow met on Monday at the border and together dedicated the new dam. Governor Paul Kessler attended the ceremony."
	rec := corefRecord(t, text)
	if meetingWith(rec, "Tomas Varga", "Paul Kessler") == nil {
		t.Errorf("want the ceremony's attendant at the dedication, got %+v", rec.Meetings)
	}
	text = "Leaders meet\nPresident Tomas Varga and President Elin Morrow met on Monday in Lindau and agreed to set up a dedicated line. Governor Paul Kessler attended the ceremony."
	rec = corefRecord(t, text)
	if meetingWith(rec, "Tomas Varga", "Elin Morrow") == nil {
		t.Errorf("want the Varga-Morrow meeting kept")
	}
	if meetingWith(rec, "Tomas Varga", "Paul Kessler") != nil {
		t.Errorf("a ceremony attendant joined talks that told no ceremony")
	}
}
