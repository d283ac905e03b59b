package extract

import (
	"testing"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-twenty-ninth round: a stranger's batch
// (p1406-p1411: a wire on two presidents meeting under mediators in
// Geneva, an African daily on a government and a movement signing in
// Khartoum, a 1990s broadsheet on a failed trade summit, a 1950s
// broadsheet on a state visit, a regional paper on a premier's visit to a
// neighbour, a 1980s daily on a one-day visit to Delhi); each rule with
// sentences of its own.

// A landmark's name borne by a building in another city than the usual
// one is that building, when the story is filed from a city of its own and
// names neither the landmark's state nor its city (landmarkAbroad,
// meeting/places.go; p1410): talks "at the Peace Palace" under an Accra
// dateline are in Accra, not The Hague. The negative cases: with no
// dateline the landmark keeps its city, and a story that names the
// landmark's state keeps it too.
func TestLandmarkAbroadYieldsToDateline(t *testing.T) {
	for _, text := range []string{
		"Leaders meet\nACCRA, May 6 - President Kofi Addo and his Togolese counterpart Yao Agbeko held talks at the Peace Palace on Monday.",
		"Leaders meet\nACCRA, May 6 - President Kofi Addo met Togolese President Yao Agbeko at the Peace Palace on Monday after a welcome ceremony.",
	} {
		if p := placeOfPair(t, text, "Kofi Addo", "Yao Agbeko"); p != "Accra" {
			t.Errorf("%q: place %q, want Accra", text, p)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"Leaders meet\nPresident Kofi Addo and his Togolese counterpart Yao Agbeko held talks at the Peace Palace on Monday.", "The Hague"},
		{"Leaders meet\nACCRA, May 6 - President Kofi Addo and his Togolese counterpart Yao Agbeko held talks at the Peace Palace on Monday, the Dutch foreign ministry said.", "The Hague"},
	} {
		if p := placeOfPair(t, c.text, "Kofi Addo", "Yao Agbeko"); p != c.want {
			t.Errorf("%q: place %q, want %s", c.text, p, c.want)
		}
	}
}

// The old broadsheets' credit line "Special to" and a paper's name,
// alone between the headlines and the dateline, is a credit line
// (specialToRE, text/lead.go; p1409): it no longer pushes the dateline out
// of the first lines, so a meeting told "here" is in the dateline's city.
// The negative cases: a sentence that opens "Special to" and goes on is
// no credit line.
func TestSpecialToCreditKeepsDateline(t *testing.T) {
	story := "LEADERS CONFER ON BORDER\n\nTwo Presidents Meet for First Time\n\nSpecial to the Evening Herald.\n\nACCRA, May 16 - President Kofi Addo of Ghana conferred with President Yao Agbeko of Togo here this afternoon.\n\nThe talks lasted an hour."
	if p := placeOfPair(t, story, "Kofi Addo", "Yao Agbeko"); p != "Accra" {
		t.Errorf("place %q, want Accra", p)
	}
	for _, s := range []string{"Special to The New York Times.", "Special to the Evening Herald", "Special to the Daily Mail."} {
		if !text.IsByline(s) {
			t.Errorf("%q: want a credit line", s)
		}
	}
	for _, s := range []string{"Special to the talks was the question of water.", "Special to Ghana is its cocoa trade, the minister said."} {
		if text.IsByline(s) {
			t.Errorf("%q: want no credit line", s)
		}
	}
}
