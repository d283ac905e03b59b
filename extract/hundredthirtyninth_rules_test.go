package extract

import "testing"

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
