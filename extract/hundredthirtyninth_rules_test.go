package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-ninth round: an untargeted batch (p866-
// p871: a talks round in an Indian broadsheet, a wire report of a call, a
// state visit in a 1959 broadsheet, a translated wire report of a summit,
// a local paper's report of an accord signing, a news agency's report of
// a visit received at a palace), with sentences of its own.

// "at (the) CITY Palace", "at CITY Castle": a palace or castle called
// after a city of a state the story names stands in that city, and a
// meeting there took place in it (seatCityAt, meeting/places.go; p871).
// The negative cases: a palace called after a city of a state the story
// does not name (a Brazilian city's name on a Lisbon palace) gives no
// place; a hotel called after a city is no seat.
func TestPalaceCalledAfterItsCity(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Leaders meet\nIndonesian President Ari Wibowo received Prime Minister Tom Hale at the Bogor Presidential Palace on Monday.", "Bogor"},
		{"Leaders meet\nIndonesian President Ari Wibowo received Prime Minister Tom Hale at Bogor Palace on Monday.", "Bogor"},
		{"Leaders meet\nLatvian President Janis Ozols received President Peeter Tamm at Riga Castle on Monday.", "Riga"},
	} {
		if p := lastHeldPlace(t, tc.text); p != tc.want {
			t.Errorf("%q: place %q, want %q", tc.text, p, tc.want)
		}
	}
	// Negative: the city's state is not named in the story.
	if p := lastHeldPlace(t, "Leaders meet\nPortuguese President Rui Costa received President Jean Morel at the Belem Palace on Monday."); p == "Belem" {
		t.Errorf("palace named after a city abroad: place %q", p)
	}
	// Negative: a hotel is no seat.
	if p := lastHeldPlace(t, "Ministers meet\nBritish Foreign Secretary Tom Hale met Minister Jean Morel at the Bristol Hotel on Monday."); p == "Bristol" {
		t.Errorf("hotel: place %q", p)
	}
}

// "in the ... hall of the palace", like "at the palace": a sentence below
// the lead that puts a meeting of the dispatch's own days in a building
// named by kind, with no town, after "in the", sets it in the dateline's
// city (atBuilding, meeting/places.go; p868). The negative case: a
// meeting of last month told so keeps no place.
func TestInTheHallUnderDateline(t *testing.T) {
	const lead = "Leaders Confer for Two Hours\nLIMA, May 4 - President Ana Soto and Prime Minister Karl Holm talked for nearly two hours today at the President's residence, ranging over trade and fishing rights.\nNo communique was issued.\nThe visitor arrived last night from Quito, where he had conferred with President Luis Vera.\n"
	found := false
	for _, m := range heldAt(t, lead+"Tonight Vice President Rui Sardinha gave a state banquet for Mr. Holm in the great hall of the palace.", rulesPub) {
		if slices.Contains(m.Participants, "Rui Sardinha") {
			found = true
			if m.Place != "Lima" {
				t.Errorf("banquet in the hall: place %q, want Lima", m.Place)
			}
		}
	}
	if !found {
		t.Errorf("banquet in the hall: no held meeting of Rui Sardinha")
	}
	// Negative: last month's meeting may have been anywhere.
	for _, m := range heldAt(t, lead+"Last month Vice President Rui Sardinha met Mr. Holm in the great hall of the palace.", rulesPub) {
		if slices.Contains(m.Participants, "Rui Sardinha") && m.Place == "Lima" {
			t.Errorf("last month's meeting: place %q", m.Place)
		}
	}
}
