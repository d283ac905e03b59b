package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-ninth round: places again (p1286-p1291: an
// old broadsheet's "TOWN, Thursday Night." dateline over a spa-town
// summit, a regional paper's "TOWN, Province, <date>" dateline, envoys who
// "had flown to X, the capital of Y, where they met Z"); each rule with
// sentences of its own.

// "TOWN, Region, August 8, 1989. -": a town named with its province
// before the day is the dateline's city (regionThenDate, mention
// dateline.go; p1289). The negative case: a first line whose words after
// the comma are no region and date is no dateline.
func TestDatelineTownRegionDate(t *testing.T) {
	text := "Presidents sign accord\nOSORNO, Los Lagos, March 3, 1990. - President Pel Dorran and President Ivo Kesk held talks on Friday and signed an accord."
	if p := placeOfPair(t, text, "Pel Dorran", "Ivo Kesk"); p != "Osorno" {
		t.Errorf("place %q, want the dateline's Osorno", p)
	}
	text = "Presidents sign accord\nOSORNO, Los Lagos and Valdivia voted against the plan. President Pel Dorran and President Ivo Kesk held talks on Friday."
	if p := placeOfPair(t, text, "Pel Dorran", "Ivo Kesk"); p == "Osorno" {
		t.Errorf("place %q: a list of towns is no dateline", p)
	}
}

// "KORVALA, Thursday Night.": an old broadsheet's dateline, a town in
// capitals the gazetteer lacks and the weekday on a line of their own
// (weekdayLine, mention dateline.go; p1286). The negative case: capitals,
// a comma and weekdays that run on into a sentence.
func TestDatelineWeekdayLine(t *testing.T) {
	text := "PREMIER SEES CHANCELLOR\nFrom Our Own Correspondent\nKORVALA, Thursday Night.\nThe Prime Minister, Mr. Pel Dorran, flew here this morning and talked with Chancellor Ivo Kesk for three hours."
	if p := placeOfPair(t, text, "Pel Dorran", "Ivo Kesk"); p != "Korvala" {
		t.Errorf("place %q, want the dateline's Korvala", p)
	}
	text = "PREMIER SEES CHANCELLOR\nKORVALA, Thursday and Friday were days of talks for Prime Minister Pel Dorran and Chancellor Ivo Kesk, who met on Friday."
	if p := placeOfPair(t, text, "Pel Dorran", "Ivo Kesk"); p == "Korvala" {
		t.Errorf("place %q: weekdays running on into a sentence are no dateline", p)
	}
}

// "flew to X, the capital of the west, where he met Y": the relative
// adverb stands for the city an apposition describes, not for the
// dateline's (appositionedWherePlace, meeting when.go; p1290). The
// negative case: a city set off by a comma and a time phrase, then a trip
// on to another city, "where" is the second.
func TestWhereAfterPlaceApposition(t *testing.T) {
	text := "Envoy travels\nNAIROBI, May 6 - Envoy Pel Dorran flew to Kisumu, the main port on the lake, where he met Governor Ivo Kesk on Monday."
	if p := placeOfPair(t, text, "Pel Dorran", "Ivo Kesk"); p != "Kisumu" {
		t.Errorf("place %q, want Kisumu", p)
	}
	text = "Envoy travels\nNAIROBI, May 6 - Envoy Pel Dorran flew to Kisumu, a lake port in the west of the country, where he met Governor Ivo Kesk on Monday."
	if p := placeOfPair(t, text, "Pel Dorran", "Ivo Kesk"); p != "Kisumu" {
		t.Errorf("place %q, want Kisumu (apposition naming a region)", p)
	}
	text = "Envoy travels\nNAIROBI, May 6 - Envoy Pel Dorran flew to Kisumu, on Sunday, and went on to Eldoret, where he met Governor Ivo Kesk on Monday."
	if p := placeOfPair(t, text, "Pel Dorran", "Ivo Kesk"); p != "Eldoret" {
		t.Errorf("place %q, want Eldoret, the trip's last city", p)
	}
}

// "A and B had flown to X, where they met C": "they" of the "where"
// clause is the trip's named subject (whereTheySubjects, meeting
// meetings.go; p1290), also after a fronted phrase. The negative case: a
// trip whose subject is not the persons named before it.
func TestWhereTheyAfterJointTrip(t *testing.T) {
	text := "Envoys travel\nNAIROBI, May 6 - Envoy Pel Dorran and his counterpart Ivo Kesk flew to Kisumu, where they met Governor Lena Orvik on Monday."
	if !metPair(heldRecord(t, text), "Pel Dorran", "Lena Orvik") || !metPair(heldRecord(t, text), "Ivo Kesk", "Lena Orvik") {
		t.Errorf("want both envoys met Lena Orvik: %s", dump(heldRecord(t, text)))
	}
	if p := placeOfPair(t, text, "Ivo Kesk", "Lena Orvik"); p != "Kisumu" {
		t.Errorf("place %q, want Kisumu", p)
	}
	text = "Envoys travel\nNAIROBI, May 6 - Before coming to the capital, Pel Dorran and Ivo Kesk had flown to Kisumu, where they met Governor Lena Orvik on Monday."
	if !metPair(heldRecord(t, text), "Pel Dorran", "Lena Orvik") {
		t.Errorf("want the envoys met Lena Orvik after a fronted phrase: %s", dump(heldRecord(t, text)))
	}
	text = "Envoys travel\nNAIROBI, May 6 - Pel Dorran spoke to Ivo Kesk, and reporters flew to Kisumu, where they met Governor Lena Orvik on Monday."
	if metPair(heldRecord(t, text), "Pel Dorran", "Lena Orvik") {
		t.Errorf("the reporters' trip is not Pel Dorran's: %s", dump(heldRecord(t, text)))
	}
}

// heldRecord extracts text published on corefPub.
func heldRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	return corefRecord(t, text)
}
