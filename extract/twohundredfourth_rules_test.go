package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-fourth round: an untargeted batch, six
// articles picked as a stranger would (p1256-p1261: a 1975 wire story on
// two presidents in an Austrian city, a 2008 agency story on a regional
// summit's handshake, a 2017 European daily on a palace visit, a 1953
// broadsheet on an envoy and a president, a 1994 South African paper on
// a game-park summit, a 2023 agency story on an alliance chief's
// meeting); each rule with sentences of its own.

// twohundredfourthPlace is the place of the first held meeting of rec
// whose participants include who, and whether there is one.
func twohundredfourthPlace(t *testing.T, text, who string) (string, bool) {
	t.Helper()
	rec := corefRecord(t, text)
	for _, m := range rec.Meetings {
		if m.Status != "held" {
			continue
		}
		for _, p := range m.Participants {
			if p == who {
				return m.Place, true
			}
		}
	}
	t.Errorf("%q: no held meeting with %s: %s", text, who, dump(rec))
	return "", false
}

// "SEOUL, Korea, June 26 --": an old dateline puts a region after the
// city that the gazetteer need not hold as a country; the month after
// its comma makes it part of the dateline, and the city is where the
// story's "today" meeting is (datedRegion, mention/dateline.go; p1259).
// The negative case: a city opening the story's first clause with names
// after its comma and no month is no dateline.
func TestDatelineWithRegionBeforeDay(t *testing.T) {
	text := "Envoy sees president on border rift\n\nLIMA, Andesia, June 26 -- Special envoy Harold Vance conferred for two hours today with President Tomas Arlen at the presidential residence.\n"
	if place, ok := twohundredfourthPlace(t, text, "Harold Vance"); ok && place != "Lima" {
		t.Errorf("%q: want the meeting in Lima, got %q", text, place)
	}
	neg := "Envoy sees president on border rift\n\nLima, Arland, Borvia and Cetia were named as possible venues, and special envoy Harold Vance conferred for two hours on Thursday with President Tomas Arlen at the presidential residence.\n"
	if place, ok := twohundredfourthPlace(t, neg, "Harold Vance"); ok && place == "Lima" {
		t.Errorf("%q: want no dateline place, got %q", neg, place)
	}
}

// A credit line between the headlines and the dateline ("By Special
// Correspondent" under a two-deck headline) no longer pushes the dateline
// out of the lead the dateline reader looks at (leadOf, text/lead.go;
// p1259, p1260). The negative case: a dateline after three body
// sentences stays no dateline.
func TestDatelineAfterCreditLine(t *testing.T) {
	text := "Envoy Sees President on Border Rift\n\nTalks Go On Tomorrow -- Aides Attend Session\n\nBy Special Correspondent\n\nLIMA, June 26 - Special envoy Harold Vance conferred for two hours today with President Tomas Arlen at the presidential residence.\n"
	if place, ok := twohundredfourthPlace(t, text, "Harold Vance"); ok && place != "Lima" {
		t.Errorf("%q: want the meeting in Lima, got %q", text, place)
	}
	neg := "Envoy Sees President on Border Rift\n\nTalks Go On Tomorrow -- Aides Attend Session\n\nThe envoy flew in at night. He was tired.\n\nLIMA, June 26 - Special envoy Harold Vance conferred for two hours today with President Tomas Arlen at the presidential residence.\n"
	if place, ok := twohundredfourthPlace(t, neg, "Harold Vance"); ok && place == "Lima" {
		t.Errorf("%q: want no dateline place past the lead, got %q", neg, place)
	}
}

// "in a baroque palace in this city of Mozart": "this" before the
// settlement noun makes the town the dateline's own, told by what it is
// known for; the capitalized word after "of" is no town's name, and the
// meeting stays in the dateline's city (DemonstrativeTown,
// mention/classify.go, read in meeting/when.go; p1256). The negative
// case: "the town of X" without "this" still names the town.
func TestThisCityOfIsTheDatelineTown(t *testing.T) {
	text := "Presidents confer on border\n\nLIMA, June 1 (AP) - President Harold Vance and President Tomas Arlen met for two hours today in an old palace in this city of Velazco, opening a search for a border deal.\n"
	if place, ok := twohundredfourthPlace(t, text, "Harold Vance"); ok && place != "Lima" {
		t.Errorf("%q: want the meeting in Lima, got %q", text, place)
	}
	neg := "Presidents confer on border\n\nLIMA, June 1 (AP) - President Harold Vance and President Tomas Arlen met for two hours today in the mountain town of Velazco, opening a search for a border deal.\n"
	if place, ok := twohundredfourthPlace(t, neg, "Harold Vance"); ok && place != "Velazco" {
		t.Errorf("%q: want the meeting in Velazco, got %q", neg, place)
	}
}
