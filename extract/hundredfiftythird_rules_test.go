package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-fifty-third round: places (p950-p955: a church
// leader's talks with loyalists outside a cathedral city, island talks at
// a mountain resort near a lake city, a summit told "here" under a
// dateline with the next summit's city in the same sentence, peace talks
// at a lakeside resort on a capital's outskirts with a briefing at a state
// house, a 1950 prime ministers' meeting at Government House under a
// dateline, a readout of talks at a great hall); the rule is the place
// miss it showed, with sentences of its own.

// A town of the gazetteer's smaller places is a place also where the text
// puts one by the edge of it ("on the outskirts of X", "in a suburb of
// X"; outskirtsOf) or right after a building's name that "at" opens ("at
// State House X", "at the Lake Hotel, X"; VenueTown, mention/mentions.go),
// and a city or town after such a building's name is where the meeting
// was (PlaceOf, meeting/when.go), not a capital standing for its state
// (capitalAsActor, actors/resolve.go; p953). The negative cases: a town
// told by a compass bearing from it ("a farm north of X") is not the
// place, and a building's name after "near" rather than "at" does not
// place the town.
func TestPlaceByEdgeOrBuilding(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Talks\nMinister Rosa Quint met President Kofi Mensah on the outskirts of Jinja on Sunday.", "Jinja"},
		{"Talks\nMinister Rosa Quint met President Kofi Mensah in a suburb of Jinja on Sunday.", "Jinja"},
		{"Talks\nMinister Rosa Quint briefed President Kofi Mensah at State House Jinja on Sunday.", "Jinja"},
		{"Talks\nMinister Rosa Quint briefed President Kofi Mensah at the Source Hotel, Jinja, on Sunday.", "Jinja"},
		{"Talks\nMinister Rosa Quint held talks with President Kofi Mensah at the Lake Victoria Hotel Kampala on Sunday.", "Kampala"},
		{"Talks\nMinister Rosa Quint held talks with President Kofi Mensah at State House, Kampala, on Sunday.", "Kampala"},
	} {
		if got := placeOfPair(t, c.text, "Kofi Mensah", "Rosa Quint"); got != c.want {
			t.Errorf("%q: place %q, want %q", c.text, got, c.want)
		}
	}
	// Negative: a compass bearing from the town locates the place
	// outside it.
	if got := placeOfPair(t, "Talks\nMinister Rosa Quint met President Kofi Mensah at a farm north of Jinja on Sunday.", "Kofi Mensah", "Rosa Quint"); got == "Jinja" {
		t.Errorf("compass bearing read as the place: %q", got)
	}
	// Negative: a building near the town is not in it.
	if got := placeOfPair(t, "Talks\nMinister Rosa Quint met President Kofi Mensah on Sunday near the Source Hotel Jinja road.", "Kofi Mensah", "Rosa Quint"); got == "Jinja" {
		t.Errorf("building near the town read as the place: %q", got)
	}
}

// "The meeting, which lasted four hours, was attended by X and Y" right
// after a sentence that tells a held meeting with a place: the meeting is
// that one, and was where it was, not in the dateline's city
// (attendedMeeting, priorHeldPlace, meeting/apart.go; buildMeeting,
// meeting/meetings.go; p367). The negative cases: a meeting the sentence
// places itself ("The meeting in X") keeps its place, and a sentence
// between the two leaves the earlier place unread.
func TestAttendedMeetingTakesPlaceBefore(t *testing.T) {
	lead := "Talks\nACCRA, May 6 - Foreign Minister Ada Lind of Chile and Foreign Minister Kofi Mensah of Ghana met on Monday at a conference centre outside Geneva. "
	if got := placeOfPair(t, lead+"The meeting, which lasted four hours, was attended by the envoys Rosa Quint of Norway and Tomas Berg of Austria.", "Rosa Quint", "Tomas Berg"); got != "Geneva" {
		t.Errorf("attended meeting: place %q, want Geneva", got)
	}
	// Negative: the sentence places its meeting itself.
	if got := placeOfPair(t, lead+"The meeting in Vienna was attended by the envoys Rosa Quint of Norway and Tomas Berg of Austria.", "Rosa Quint", "Tomas Berg"); got == "Geneva" {
		t.Errorf("own place overridden: %q", got)
	}
	// Negative: a sentence between the two.
	if got := placeOfPair(t, lead+"Both sides said the gaps had narrowed. The meeting, which lasted four hours, was attended by the envoys Rosa Quint of Norway and Tomas Berg of Austria.", "Rosa Quint", "Tomas Berg"); got == "Geneva" {
		t.Errorf("place read across a sentence: %q", got)
	}
}

// "held talks on Monday and agreed to meet again in X", "held talks on
// Monday ahead of a summit in X next month": X is the later meeting's
// place, not the held talks' (laterMeetingPlace, meeting/when.go, read by
// PlaceOf and by leadElsewhere, meeting/places.go, which took it for the
// city the story was filed away from); the held talks are in the
// dateline's city. The negative cases: talks the clause places themselves
// ("held talks in Y ... agreed to meet again in X") keep Y, and the
// planned meeting keeps X.
func TestLaterMeetingPlaceNotTheTalks(t *testing.T) {
	for _, text := range []string{
		"Talks\nACCRA, May 6 - President Ada Lind of Chile and President Kofi Mensah of Ghana held talks on Monday and agreed to meet again in Lagos in June.",
		"Talks\nACCRA, May 6 - President Ada Lind of Chile held talks with President Kofi Mensah of Ghana on Monday ahead of a summit in Lagos next month.",
	} {
		if got := placeOfPair(t, text, "Ada Lind", "Kofi Mensah"); got != "Accra" {
			t.Errorf("%q: held talks' place %q, want Accra", text, got)
		}
	}
	text := "Talks\nACCRA, May 6 - President Ada Lind of Chile and President Kofi Mensah of Ghana held talks in Lagos on Monday and agreed to meet again in Abuja in June."
	if got := placeOfPair(t, text, "Ada Lind", "Kofi Mensah"); got != "Lagos" {
		t.Errorf("own place: %q, want Lagos", got)
	}
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	planned := false
	for _, m := range rec.Meetings {
		if m.Status == graph.Planned && m.Place == "Abuja" {
			planned = true
		}
	}
	if !planned {
		t.Errorf("want the planned meeting in Abuja: %+v", rec.Meetings)
	}
}
