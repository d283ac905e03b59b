package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-first round: the place of a meeting told in
// varied ways (p1238-p1243: rivals brought together at a palace, a
// memorandum signed "here" under a news agency's dateline, a summit's
// sideline talks in a town named with its country, a minister who hosted
// a leader at his residence, an old broadsheet's talks in a city under
// its old name, and a news agency's talks placed only by the headline,
// with an earlier dialogue in a town named with its state); each rule
// with sentences of its own.

// A headline that puts a meeting in a city, under a dateline of another
// city whose lead names no place, places the meeting in the headline's
// city (headlineMeetingCity, meeting/places.go; p1243). The negative
// cases: a lead that says "here" keeps the dateline's city, and so does a
// headline whose city follows no meeting word.
func TestHeadlineMeetingCityOverDateline(t *testing.T) {
	body := "\n\nBERLIN, May 6 -- Foreign Minister Karl Ostrow of Arland held talks with Borvian Foreign Minister Tomas Vell on Monday, and both sides agreed to widen trade.\n\nVell is on a two-day visit to Arland."
	for _, c := range []struct{ title, place string }{
		{"Ostrow, Vell hold talks in Lyon, agree to widen trade", "Lyon"},
		{"Ostrow meets Vell in Lyon as ties warm", "Lyon"},
		{"Floods in Lyon; Ostrow, Vell agree to widen trade", "Berlin"},
	} {
		rec := corefRecord(t, c.title+body)
		m := meetingWith(rec, "Karl Ostrow", "Tomas Vell")
		if m == nil || m.Place != c.place {
			t.Errorf("%q: want the meeting in %s: %s", c.title, c.place, dump(rec))
		}
	}
	here := "Ostrow, Vell hold talks in Lyon, agree to widen trade\n\nBERLIN, May 6 -- Foreign Minister Karl Ostrow of Arland held talks here with Borvian Foreign Minister Tomas Vell on Monday."
	rec := corefRecord(t, here)
	if m := meetingWith(rec, "Karl Ostrow", "Tomas Vell"); m == nil || m.Place != "Berlin" {
		t.Errorf("%q: want the meeting in Berlin: %s", here, dump(rec))
	}
}
