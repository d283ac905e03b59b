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
