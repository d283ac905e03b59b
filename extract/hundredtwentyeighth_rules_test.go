package extract

import (
	"strings"
	"testing"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/lexicon"
)

// Issue 14's hundred-and-twenty-eighth round: places (the seat of a
// government inside a larger city, a building known by name in a city,
// the dateline's city given to talks told elsewhere), with sentences of
// its own.

// A capital with a row of its own in the gazetteer, whose name a larger
// city of the same country holds as an alternate ("New Delhi" for Delhi),
// is the place of a meeting told in either: "in Delhi" and "in New Delhi"
// both give New Delhi, the seat of government, spelled by its own name
// (gazetteer.seatOfCity, citySpelling in record.go; p624, p803). The
// negative cases: another city of the same country ("in Mumbai") keeps
// its name, and a capital told by another spelling of one place ("in
// Sanaa", held by no larger city) keeps the text's spelling.
func TestSeatInsideLargerCity(t *testing.T) {
	wantHeldIn(t, corefPub, "Border talks\nForeign Minister Ravi Menon met his Nepali counterpart Hari Sharma in Delhi on Monday to settle the river boundary.",
		"Ravi Menon", "Hari Sharma", "New Delhi")
	wantHeldIn(t, corefPub, "Border talks in Delhi\nKATHMANDU, May 6 - Foreign Minister Ravi Menon met his Nepali counterpart Hari Sharma in New Delhi on Monday to settle the river boundary.",
		"Ravi Menon", "Hari Sharma", "New Delhi")
	wantHeldIn(t, corefPub, "Border talks\nDELHI, May 6 - Foreign Minister Ravi Menon met his Nepali counterpart Hari Sharma here on Monday to settle the river boundary.",
		"Ravi Menon", "Hari Sharma", "New Delhi")
	// Negative: another city of the country, a capital's other spelling.
	wantHeldIn(t, corefPub, "Border talks\nForeign Minister Ravi Menon met his Nepali counterpart Hari Sharma in Mumbai on Monday to settle the river boundary.",
		"Ravi Menon", "Hari Sharma", "Mumbai")
	wantHeldIn(t, corefPub, "Port talks\nForeign Minister Ali Nasser met the Omani envoy Salim Harthi in Sanaa on Monday to discuss the port.",
		"Ali Nasser", "Salim Harthi", "Sanaa")
}

// A building known by a name of its own in one city (lexicon section
// landmarks: "Lancaster House", "the Hofburg", "the Great Hall of the
// People"), told after "at" or "in", places a meeting in that city though
// the story never names it: in the meeting's own clause (PlaceOf), in a
// lead under another city's dateline for a later meeting with no place
// (leadKindPlace), and in the first sentence of a story with no dateline
// (leadCity; meeting.landmarkAt, places.go; p800, p69). The negative
// cases: the name run on into a street's ("at Blair House Road"), and the
// name of an accord rather than of where anyone met ("to discuss the
// Lancaster House accord"), leave the place to the dateline.
func TestMeetingAtLandmark(t *testing.T) {
	wantHeldIn(t, corefPub, "Talks\nOSLO, May 6 - Karl Holm met Rui Sardinha at Lancaster House on Monday to discuss the fishing dispute.",
		"Karl Holm", "Rui Sardinha", "London")
	wantHeldIn(t, corefPub, "Talks\nOSLO, May 6 - Crowds gathered around radios here on Tuesday for news of the peace conference that opened at the Hofburg on Monday.\nKarl Holm held talks with Rui Sardinha on Monday, officials said.",
		"Karl Holm", "Rui Sardinha", "Vienna")
	wantHeldIn(t, corefPub, "Talks\nIn a panelled room in the Great Hall of the People, Karl Holm and Rui Sardinha signed a fisheries accord on Monday.",
		"Karl Holm", "Rui Sardinha", "Beijing")
	// Negative: a street named after the building, an accord's name.
	wantHeldIn(t, corefPub, "Talks\nOSLO, May 6 - Karl Holm met Rui Sardinha at Blair House Road on Monday to discuss the fishing dispute.",
		"Karl Holm", "Rui Sardinha", "Oslo")
	wantHeldIn(t, corefPub, "Talks\nOSLO, May 6 - Karl Holm met Rui Sardinha here on Monday to discuss the Lancaster House accord.",
		"Karl Holm", "Rui Sardinha", "Oslo")
}

// Every landmark's city is a city the gazetteer knows, so that the list
// never places a meeting in a name no record would spell.
func TestLandmarkCitiesKnown(t *testing.T) {
	g := gazetteer.Load()
	for _, e := range lexicon.List("landmarks") {
		_, city, ok := strings.Cut(e, ":")
		k, _ := gazetteer.PhraseKey(strings.ReplaceAll(city, "+", " "))
		if !ok || g.Phrases[k].Kind != gazetteer.City {
			t.Errorf("landmark %q: no city the gazetteer knows", e)
		}
	}
}

// A lead that brings its traveller back from a trip, a return word
// (returnWords) then "from Y" or "after" a trip or talks noun "to"/"in" Y
// ("returned home on Tuesday after a two-day visit to Portugal during
// which he held talks with X"), sets the trip's meetings in Y, not in the
// dateline's city: a city named there, or for a state the first city of it
// the story names, else the state (meeting.returnTrip, places.go; p801,
// p699). The negative cases: a homecoming scene told after the lead ("on
// arrival at the airport, he met Z") stays at home, and a lead that sends
// its traveller away ("left for Portugal") is no return.
func TestMeetingsOfATripReturnedFrom(t *testing.T) {
	wantHeldIn(t, corefPub, "Minister back from Portugal\nOSLO, May 6 - Foreign Minister Karl Holm returned home on Monday after a two-day visit to Portugal during which he held talks with Prime Minister Rui Sardinha.\nThe visit was his first to Lisbon since 2019.",
		"Karl Holm", "Rui Sardinha", "Lisbon")
	wantHeldIn(t, corefPub, "Minister back from Portugal\nOSLO, May 6 - Foreign Minister Karl Holm returned home on Monday after a two-day visit to Portugal during which he held talks with Prime Minister Rui Sardinha.",
		"Karl Holm", "Rui Sardinha", "Portugal")
	wantHeldIn(t, corefPub, "Minister back\nOSLO, May 6 - Foreign Minister Karl Holm arrived back here on Monday after three days of talks in Lisbon on the fishing dispute.\nHolm held talks with Prime Minister Rui Sardinha on Sunday, officials said.",
		"Karl Holm", "Rui Sardinha", "Lisbon")
	// Negative: a homecoming scene, a departure.
	wantHeldIn(t, corefPub, "Minister back\nOSLO, May 6 - Foreign Minister Karl Holm arrived back here on Monday after three days of talks in Lisbon on the fishing dispute.\nOn arrival at the airport, Holm held talks with Prime Minister Erna Dahl, officials said.",
		"Karl Holm", "Erna Dahl", "Oslo")
	wantHeldIn(t, corefPub, "Minister leaves\nOSLO, May 6 - Foreign Minister Karl Holm left for Portugal on Monday after a meeting here with Prime Minister Erna Dahl on the fishing dispute.",
		"Karl Holm", "Erna Dahl", "Oslo")
}

// With no dateline, a lead that brings its traveller back from a trip
// ("arrived back in X on Monday after a week of talks in Y") still sets
// the trip's meetings in Y: a held meeting told after it, dated in the
// two weeks before the news, too early for the story's own days, and
// given no place, was on the trip
// (meetings.go, after the dateline fallback; returnTripCity; p752). The
// negative cases: a homecoming scene ("on arrival") stays where the
// traveller came back to, a meeting dated a month before the news stays
// without a place, and so does one after a visit to a state ("a
// week-long visit to Portugal"), which may have had stops in several of
// its cities.
func TestTripMeetingsWithoutDateline(t *testing.T) {
	wantHeldIn(t, corefPub, "Minister back\nForeign Minister Karl Holm arrived back in Oslo on Monday after a week of talks in Lisbon on the fishing dispute.\nHolm held talks with Prime Minister Rui Sardinha on April 30, officials said.",
		"Karl Holm", "Rui Sardinha", "Lisbon")
	// Negative: a homecoming scene, a meeting of the month before.
	wantHeldIn(t, corefPub, "Minister back\nForeign Minister Karl Holm arrived back in Oslo on Monday after four days of talks in Lisbon on the fishing dispute.\nOn arrival, Holm held talks with Prime Minister Erna Dahl on Monday, officials said.",
		"Karl Holm", "Erna Dahl", "Oslo")
	wantHeldIn(t, corefPub, "Minister back\nForeign Minister Karl Holm arrived back in Oslo on Monday after four days of talks in Lisbon on the fishing dispute.\nHolm had held talks with Prime Minister Rui Sardinha on March 2, officials said.",
		"Karl Holm", "Rui Sardinha", "")
	wantHeldIn(t, corefPub, "Minister back\nForeign Minister Karl Holm returned home on Monday after a week-long visit to Portugal, his first to Lisbon.\nHolm held talks with Prime Minister Rui Sardinha on April 30, officials said.",
		"Karl Holm", "Rui Sardinha", "")
}
