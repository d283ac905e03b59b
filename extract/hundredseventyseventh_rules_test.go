package extract

import (
	"testing"
)

// Issue 14's hundred-and-seventy-seventh round: places of meetings
// (p1094-p1099: a capital whose plain spelling is an English word, an old
// spelling in a wire dateline, a palace named before its city, a Gulf
// state told by description, a colonial-era capital name, and a capital
// that is also a given name under a government release's issuer line);
// each rule with sentences of its own.

// hundredseventyseventhMeeting is the held meeting of a and b in text, nil
// when there is none.
func hundredseventyseventhMeeting(t *testing.T, text, a, b string) (place, date string, found bool) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, a, b); m != nil {
		return m.Place, m.Date, true
	}
	return "", "", false
}

// A capital the gazetteer spells only with its diacritics ("Malé") is
// read in its plain spelling too ("in Male"), and where that spelling is
// an English word only where the text puts a place (foldDiacritics,
// gazetteer/gazetteer.go; p1094). The negative case: the word opening a
// sentence ("Male and female delegates ...") names no place and brings
// in no state.
func TestCapitalPlainSpellingOfDiacritics(t *testing.T) {
	text := "Island talks\nForeign Minister Ola Brandt held talks with President Ivo Marek in Male on Monday."
	if got, _, _ := hundredseventyseventhMeeting(t, text, "Ola Brandt", "Ivo Marek"); got != "Male" {
		t.Errorf("want the Brandt-Marek meeting in Male, got %q", got)
	}
	text = "Island talks\nForeign Minister Ola Brandt held talks with President Ivo Marek in Sao Tome on Monday."
	if got, _, _ := hundredseventyseventhMeeting(t, text, "Ola Brandt", "Ivo Marek"); got != "Sao Tome" {
		t.Errorf("want the Brandt-Marek meeting in Sao Tome, got %q", got)
	}
	text = "Island talks\nMale and female delegates waited outside. Foreign Minister Ola Brandt held talks with President Ivo Marek on Monday."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Name == "Maldives" {
			t.Errorf("a sentence-opening common word read as the Maldives")
		}
	}
	if m := meetingWith(rec, "Ola Brandt", "Ivo Marek"); m == nil || m.Place == "Male" {
		t.Errorf("want the meeting with no place from the common word, got %+v", m)
	}
}

// A line set off before the lead that names the body issuing a release
// ("Government of X", "Ministry of Y of X") is no lead: the sentence
// after it is, and the arrival it tells sets the place and day of the
// talks told next (issuerLine, leadSentence and leadCity,
// meeting/when.go and meeting/places.go; p1099). The negative case: a
// meeting told with a place and day of its own keeps them.
func TestIssuerLineBeforeLead(t *testing.T) {
	text := "Minister visits islands\nMinistry of Foreign Affairs of Ruritania\nForeign Minister Ola Brandt arrived in Victoria on Monday on a two-day visit.\nThe minister was received by President Ivo Marek, with whom she held talks on trade."
	place, date, ok := hundredseventyseventhMeeting(t, text, "Ola Brandt", "Ivo Marek")
	if !ok || place != "Victoria" || date != "2025-05-05" {
		t.Errorf("want the Brandt-Marek meeting in Victoria on 2025-05-05, got %q %q (found %v)", place, date, ok)
	}
	text = "Minister visits islands\nMinistry of Foreign Affairs of Ruritania\nForeign Minister Ola Brandt arrived in Victoria on Monday on a tour of the region.\nOn Friday she held talks with President Ivo Marek in Port Louis."
	place, date, ok = hundredseventyseventhMeeting(t, text, "Ola Brandt", "Ivo Marek")
	if !ok || place != "Port Louis" || date != "2025-05-02" {
		t.Errorf("want the Brandt-Marek meeting in Port Louis on 2025-05-02, got %q %q (found %v)", place, date, ok)
	}
}

// "in the Gulf kingdom", "in the Himalayan nation": a state told by a
// capitalized description and a noun for a country is the state the
// text named last before it (describedState, meeting/when.go; the shape
// of p1097). The negative case: the bare noun with no description ("in
// the country") places nothing.
func TestMeetingInDescribedState(t *testing.T) {
	text := "Ministers meet\nBahrain has offered to help end the dispute, officials said.\nForeign Minister Ola Brandt held talks with Foreign Minister Ivo Marek in the Gulf kingdom on Monday."
	if got, _, _ := hundredseventyseventhMeeting(t, text, "Ola Brandt", "Ivo Marek"); got != "Bahrain" {
		t.Errorf("want the Brandt-Marek meeting in Bahrain, got %q", got)
	}
	text = "Ministers meet\nBahrain has offered to help end the dispute, officials said.\nForeign Minister Ola Brandt held talks with Foreign Minister Ivo Marek in the country on Monday."
	if got, _, _ := hundredseventyseventhMeeting(t, text, "Ola Brandt", "Ivo Marek"); got != "" {
		t.Errorf("a bare noun read as the state named before: %q", got)
	}
}
