package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's nineteenth round: who met whom at multilateral events and
// where, from the constructions the nineteenth probe batch (p146-p151)
// showed beside older probe articles, each with sentences of its own.

// nineteenthPub is a Wednesday.
var nineteenthPub = time.Date(2025, 9, 10, 0, 0, 0, 0, time.UTC)

// met19 is the held meeting of a and b in text, if any.
func met19(t *testing.T, text, a, b string) (graph.Meeting, bool) {
	t.Helper()
	return heldWith(heldAt(t, text, nineteenthPub), a, b)
}

// want19 fails unless a held meeting joins a and b, at place and on date
// when they are set.
func want19(t *testing.T, text, a, b, place, date string) {
	t.Helper()
	m, ok := met19(t, text, a, b)
	if !ok {
		t.Errorf("%q: no held meeting of %s and %s", text, a, b)
		return
	}
	if place != "" && m.Place != place {
		t.Errorf("%q: %s and %s met at %q, want %q", text, a, b, m.Place, place)
	}
	if date != "" && m.Date != date {
		t.Errorf("%q: %s and %s met on %q, want %q", text, a, b, m.Date, date)
	}
}

// none19 fails when a held meeting joins a and b.
func none19(t *testing.T, text, a, b string) {
	t.Helper()
	noneHeld(t, nineteenthPub, text, a, b)
}

// Speakers at a gathering are no meeting: "A spoke in the morning
// session, and B in the afternoon session" (p147), "the forum, where A
// and B both gave speeches" (p151; p146's speakers at an opening). A
// conversation told with its partner still is one.
func TestSpeakersAtGatheringAreNoMeeting(t *testing.T) {
	lead := "Ministers gather\nDelegates from twenty states met in Suva on Tuesday for the regional fisheries conference.\n"
	none19(t, lead+"Trade Minister Ilse Varga spoke in the opening session on Tuesday, and Interior Minister Odo Brandt in the closing session.", "Ilse Varga", "Odo Brandt")
	none19(t, lead+"The conference coincided with the Pacific Shipping Forum, where Trade Minister Ilse Varga and the banker Odo Brandt both gave speeches.", "Ilse Varga", "Odo Brandt")
	want19(t, lead+"Trade Minister Ilse Varga spoke with Interior Minister Odo Brandt on Tuesday.", "Ilse Varga", "Odo Brandt", "", "2025-09-09")
}

// A meal had with someone is an encounter: "had breakfast with X" (p147,
// p113's "had breakfast with Malaysian Prime Minister ..."), "had a
// working lunch with Y". A meal had alone is not.
func TestSharedMealIsAMeeting(t *testing.T) {
	want19(t, "Talks\nOn Tuesday, Trade Minister Ilse Varga had breakfast with Interior Minister Odo Brandt in Suva.", "Ilse Varga", "Odo Brandt", "Suva", "2025-09-09")
	want19(t, "Talks\nTrade Minister Ilse Varga had a working lunch with Interior Minister Odo Brandt on Monday.", "Ilse Varga", "Odo Brandt", "", "2025-09-08")
	none19(t, "Talks\nOn Tuesday, Trade Minister Ilse Varga had breakfast at her hotel, and Interior Minister Odo Brandt flew home.", "Ilse Varga", "Odo Brandt")
}

// A readout calls its principal by the bare title: "During the day, the
// Prime Minister met with X" (p148), "Earlier, the Minister and Y had
// breakfast with Z" (p147, whose headline names the Minister). A bare
// title that is no subject ("arrived ahead of the President") stands for
// no one.
func TestBareTitleInReadout(t *testing.T) {
	want19(t, "Prime Minister Varga visits Suva\nPrime Minister Ilse Varga held talks with President Rafe Tollan in Suva on Tuesday.\nDuring the day, the Prime Minister met with the chief executive of a shipping line, Odo Brandt.", "Ilse Varga", "Odo Brandt", "", "")
	want19(t, "Minister Varga attends council meeting\nMinister for Trade Ilse Varga took part in the council meeting in Suva on Tuesday.\nEarlier in the day, the Minister had breakfast with the Korvalan Trade Minister, Odo Brandt.", "Ilse Varga", "Odo Brandt", "", "")
	none19(t, "Summit\nPresident Rafe Tollan arrived in Suva on Monday.\nForeign Secretary Ilse Varga, who arrived a day ahead of the President, met Odo Brandt on Sunday.", "Rafe Tollan", "Odo Brandt")
}

// A place the gazetteer lacks is a place, not a person, by its own words
// ("Kelso Bay", "Port Arlen", "Alice Springs"-like names: p146, p151) or by
// the apposition that calls it a town ("in Dolo Ado, a small town in ...":
// p150).
func TestPlaceByItsOwnWords(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"Army chiefs meet\nGeneral Ilse Varga and General Odo Brandt met in Kelso Bay on Tuesday.", "Kelso Bay"},
		{"Army chiefs meet\nGeneral Ilse Varga and General Odo Brandt met in Port Arlen on Tuesday.", "Port Arlen"},
		{"Army chiefs meet\nGeneral Ilse Varga and General Odo Brandt met in Marra Vel, a small town near the border, on Tuesday.", "Marra Vel"},
	} {
		m, ok := met19(t, c.text, "Ilse Varga", "Odo Brandt")
		if !ok {
			t.Errorf("%q: no meeting", c.text)
			continue
		}
		if m.Place != c.place || slices.Contains(m.Participants, c.place) {
			t.Errorf("%q: place %q, participants %v; want place %q", c.text, m.Place, m.Participants, c.place)
		}
	}
}

// A national capital that the cities table lacks for a spelling (the
// table of countries writes "Reykjavik", the towns "Reykjavík") is a city
// wherever named, not a minor town read only after "in"; and "an air
// route between A and B" names a route, not two sides that met (p147).
func TestCapitalSpellingAndRouteBetween(t *testing.T) {
	g := gazetteer.Load()
	k, _ := gazetteer.PhraseKey("Reykjavik")
	if e := g.Phrases[k]; e.Kind != gazetteer.City || e.Minor || !e.Capital {
		t.Errorf("Reykjavik: %+v, want a capital city", e)
	}
	text := "Talks\nTrade Minister Ilse Varga met Interior Minister Odo Brandt on Tuesday, and they discussed a new ferry route between Estonia and Finland."
	none19(t, text, "Estonia", "Finland")
	want19(t, text, "Ilse Varga", "Odo Brandt", "", "2025-09-09")
}

// Wire copy's "here" in the lead sets the story in the dateline's city,
// so that a sideline meeting of the dispatch's days further down is there
// too, even when the lead names another place ("the crisis in X"; p146,
// p148).
func TestHereInLeadSetsStory(t *testing.T) {
	text := "Leaders open conference\nSUVA, Fiji, Sept 10 (Wire) - Pacific leaders opened their annual conference here on Tuesday, and the crisis in Tonga took up most of the day.\n" +
		"The host, Prime Minister Rafe Tollan, gave the opening address.\n" +
		"Observers from Japan and Chile also attended.\n" +
		"Delegates said a statement on fisheries was likely.\n" +
		"Trade Minister Ilse Varga met Interior Minister Odo Brandt on Tuesday evening."
	want19(t, text, "Ilse Varga", "Odo Brandt", "Suva", "2025-09-09")
}

// A meeting "on the margins (sidelines) of the <gathering>" with no date
// of its own took place on the gathering's day, told before it (p147;
// p90's "On the margins of the summit").
func TestSidelineTakesGatheringDay(t *testing.T) {
	text := "Council meets\nMinister for Trade Ilse Varga took part on Tuesday in the ministerial meeting of the council in Suva.\n" +
		"On the margins of the meeting, Varga held a bilateral meeting with Interior Minister Odo Brandt."
	want19(t, text, "Ilse Varga", "Odo Brandt", "", "2025-09-09")
}

// A bare plural post of states opening the sentence — "Foreign ministers
// from A, B and C met ...", "Presidents of A and B met ..." (p151; p41,
// p49, p133 open with "Leaders of", "Presidents of") — stands for each
// state's holder of the post, named after.
func TestBarePluralPostsOfStates(t *testing.T) {
	text := "Baltic talks\nForeign ministers from Estonia, Latvia and Lithuania met in Riga on Tuesday.\n" +
		"Estonia's Foreign Minister Ilse Varga, Latvia's Foreign Minister Odo Brandt and Lithuania's Foreign Minister Rafe Tollan agreed on a joint rail plan."
	want19(t, text, "Ilse Varga", "Odo Brandt", "Riga", "2025-09-09")
	want19(t, text, "Odo Brandt", "Rafe Tollan", "Riga", "2025-09-09")
}

// "flew to X to meet Y" told in the past is a meeting held, as the trip
// purpose rule says ("went on to see X"; p151's "went on to Darwin to
// meet"); "is expected to travel to X to meet Y" is not.
func TestTripToMeetHeld(t *testing.T) {
	want19(t, "Trip\nOn Tuesday, Trade Minister Ilse Varga flew to Suva to meet Interior Minister Odo Brandt.", "Ilse Varga", "Odo Brandt", "", "2025-09-09")
	none19(t, "Trip\nTrade Minister Ilse Varga is expected to travel to Suva to meet Interior Minister Odo Brandt on Friday.", "Ilse Varga", "Odo Brandt")
}

// A dateline in capitals whose town the gazetteer lacks, closed by an
// agency credit and a colon ("TOWN, Jan 21 (Agency):"), names the place
// the story is filed from, as "TOWN, Country, <date>" does (p148; p147's
// "ILULISSAT, Greenland, 12 May 2026"); "here" is that town.
func TestCapitalsDatelineOfUnlistedTown(t *testing.T) {
	text := "Ministers meet at forum\nKLOSTERVAL, Sept 10 (Wire): Trade Minister Ilse Varga on Tuesday held a meeting with Interior Minister Odo Brandt on the sidelines of the forum here."
	want19(t, text, "Ilse Varga", "Odo Brandt", "Klosterval", "2025-09-09")
	// Not a dateline: a word in capitals with no day after it.
	none19(t, "Forum\nBREAKING: Trade Minister Ilse Varga said on Tuesday that Interior Minister Odo Brandt would resign.", "Ilse Varga", "Odo Brandt")
}

// The destination of a trip told in the past whose purpose is a meeting
// — "went on to X to meet Y" — is where that meeting was, also for a town
// of the smaller table, which is otherwise a place only after "in" or
// "at" (p151).
func TestTripDestinationIsThePlace(t *testing.T) {
	want19(t, "Trip\nOn Tuesday, Trade Minister Ilse Varga went on to Darwin to meet Interior Minister Odo Brandt.", "Ilse Varga", "Odo Brandt", "Darwin", "2025-09-09")
	want19(t, "Trip\nOn Tuesday, Trade Minister Ilse Varga flew to Suva to meet Interior Minister Odo Brandt.", "Ilse Varga", "Odo Brandt", "Suva", "2025-09-09")
}

// A pronoun subject after a fronted day with no comma — "On July 31 he
// received X", "On Monday she met Y" (p149; p119's "On Monday she met")
// — stands for the person the sentence before names first, as it does
// after a comma.
func TestPronounAfterFrontedDay(t *testing.T) {
	lead := "Talks\nPresident Rafe Tollan arrived in Suva on Sunday.\n"
	want19(t, lead+"On Monday he received Interior Minister Odo Brandt.", "Rafe Tollan", "Odo Brandt", "", "2025-09-08")
	want19(t, lead+"On September 9 he met Interior Minister Odo Brandt.", "Rafe Tollan", "Odo Brandt", "", "2025-09-09")
	// A pronoun that is no subject of the clause: no one met.
	none19(t, lead+"On Monday officials said he would retire.", "Rafe Tollan", "Odo Brandt")
}

// A meeting "on the sidelines of the <gathering>" with no place of its
// own took place where the story put that gathering before: "arrived in
// X on Sunday for the summit" (p113; p90's "On the margins of the
// summit"). A sideline phrase naming no gathering told before gives no
// place.
func TestSidelineTakesGatheringPlace(t *testing.T) {
	lead := "Summit\nPresident Rafe Tollan arrived in Suva on Sunday for the regional summit.\n"
	want19(t, lead+"On the sidelines of the summit on Monday, Tollan met Interior Minister Odo Brandt.", "Rafe Tollan", "Odo Brandt", "Suva", "2025-09-08")
	m, ok := met19(t, "Summit\nPresident Rafe Tollan spoke to reporters on Sunday.\nOn the sidelines of the forum on Monday, Tollan met Interior Minister Odo Brandt.", "Rafe Tollan", "Odo Brandt")
	if !ok || m.Place != "" {
		t.Errorf("a forum told nowhere before: %v %v, want a meeting with no place", m, ok)
	}
}

// "Meanwhile," opening a sentence with no date of its own tells an event
// beside the one told just before, on that day, as "Earlier," does (p148;
// p109's "Earlier,"). A date of its own wins.
func TestMeanwhileKeepsTheDay(t *testing.T) {
	lead := "Forum\nPrime Minister Rafe Tollan met President Ilse Varga on Tuesday.\n"
	want19(t, lead+"Meanwhile, Foreign Minister Odo Brandt met his Korvalan counterpart, Mara Sendt.", "Odo Brandt", "Mara Sendt", "", "2025-09-09")
	want19(t, lead+"Meanwhile, Foreign Minister Odo Brandt met his Korvalan counterpart, Mara Sendt, on Monday.", "Odo Brandt", "Mara Sendt", "", "2025-09-08")
}

// A clause opened by ", while" tells an event beside the one before, at
// its time: "On Wednesday, A flew to X, while B went on to Y to meet C"
// (p151; p150's "..., while State Minister X received Y", p149's "...,
// while Y spent it with Z").
func TestWhileClauseSharesTheTime(t *testing.T) {
	text := "Talks\nOn Tuesday, Trade Minister Ilse Varga flew home, while Foreign Minister Rafe Tollan went on to Darwin to meet Defence Minister Mara Sendt."
	want19(t, text, "Rafe Tollan", "Mara Sendt", "Darwin", "2025-09-09")
	// A time of its own wins.
	want19(t, "Talks\nOn Tuesday, Trade Minister Ilse Varga flew home, while Foreign Minister Rafe Tollan met Defence Minister Mara Sendt on Monday.", "Rafe Tollan", "Mara Sendt", "", "2025-09-08")
}

// A capitalized name ending in a venue's own noun — "the Freedom
// Memorial", "the Coral Coast Resort" — names a building, not a person
// met there (p93's memorial, p151's resort).
func TestVenueHeadsAreNoPersons(t *testing.T) {
	none19(t, "Visit\nOn Tuesday, President Rafe Tollan visited the Harbour Freedom Memorial with Prime Minister Ilse Varga.", "Rafe Tollan", "Harbour Freedom Memorial")
	text := "Visit\nPresident Rafe Tollan met Prime Minister Ilse Varga at the Harbour Freedom Memorial on Tuesday."
	want19(t, text, "Rafe Tollan", "Ilse Varga", "", "2025-09-09")
	none19(t, text, "Ilse Varga", "Harbour Freedom Memorial")
	none19(t, "Retreat\nOn Tuesday, President Rafe Tollan flew to the Coral Coast Resort with Prime Minister Ilse Varga.", "Rafe Tollan", "Coral Coast Resort")
}
