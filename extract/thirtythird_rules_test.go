package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's thirty-third round: when and where meetings were, told in the
// ways the thirty-third probe batch (p230-p235) showed, each with
// sentences of its own.

// A year told alone ("In 1979, ...", "came to a head in 1993") sets a
// story told years after it in that year: the days it tells next without
// a year are that year's, in the same sentence and after it, not the days
// nearest the publication (p230's "In 1984, ... met at the Vatican on
// January 23", p235's "began in 1993. On April 7, ..." and "in 1997 ...
// on October 10").
func TestYearAloneSetsTheStory(t *testing.T) {
	pub := time.Date(2015, 3, 10, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "A border treaty at forty\nIn 1979, President Ana Soto of Chile and President Luis Vera of Peru met in Lima on November 3 and signed a protocol.",
		"Ana Soto", "Luis Vera", "1979-11-03")
	wantHeldOn(t, pub, "A border treaty at forty\nThe quarrel went to the court in 1993. On April 7, President Ana Soto of Chile and President Luis Vera of Peru met in Geneva.",
		"Ana Soto", "Luis Vera", "1993-04-07")
	// Minimal pair: a year that names an event ("the truce of 1993") does
	// not move the story; the day is still the one nearest the
	// publication.
	wantHeldOn(t, pub, "A border treaty\nUnder the truce of 1993, President Ana Soto of Chile and President Luis Vera of Peru met in Geneva on March 4.",
		"Ana Soto", "Luis Vera", "2015-03-04")
	// Nor does a list of years, several events (p102's "had brought the
	// two countries to war in 1941, 1981 and 1995").
	wantHeldOn(t, pub, "A border treaty\nTwenty years ago today, the two countries, at war in 1941, 1981 and 1995, made peace. President Ana Soto and President Luis Vera had met in Geneva on January 4 to settle the last points.",
		"Ana Soto", "Luis Vera", "1995-01-04")
}

// A range of days with its year after the last day ("February 27-28,
// 1998", "on 9-10 May 2018" already worked) is the first day in that year
// (p233's "February 9-10, 2018", p235's "February 27-28, 1998").
func TestDayRangeWithYear(t *testing.T) {
	pub := time.Date(2021, 12, 21, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "Old accord\nPresident Ana Soto visited Quito on February 9-10, 2018, and met President Luis Vera there.",
		"Ana Soto", "Luis Vera", "2018-02-09")
	wantHeldOn(t, pub, "Old accord\nPresident Ana Soto met President Luis Vera in Quito on March 3 to 5, 2019.",
		"Ana Soto", "Luis Vera", "2019-03-03")
}

// "last June", "next March": a month counted from the publication, in the
// year that puts it before (after) the publication's month (p209's "a
// trilateral summit in Baghdad last June", p235's "met in Győr last June",
// p233's "a return visit to Dakar next March").
func TestLastAndNextMonth(t *testing.T) {
	text := "Border talks\nPresident Ana Soto and President Luis Vera met in Quito last June."
	wantHeldOn(t, time.Date(2017, 9, 25, 0, 0, 0, 0, time.UTC), text, "Ana Soto", "Luis Vera", "2017-06")
	wantHeldOn(t, time.Date(2017, 5, 25, 0, 0, 0, 0, time.UTC), text, "Ana Soto", "Luis Vera", "2016-06")
	rec, err := Extract(Article{ID: "t", Text: "Border talks\nPresident Ana Soto will visit President Luis Vera in Quito next March.", Published: time.Date(2021, 12, 21, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Meetings) != 1 || rec.Meetings[0].Date != "2022-03" {
		t.Errorf("next March in December: want one meeting on 2022-03, got %v", rec.Meetings)
	}
}

// "The two prime ministers, A and B, met ...": a plural description that
// names its people in apposition stands for them, not for the people of
// the meeting told before (p235's "the two prime ministers, Gyula Horn and
// Vladimír Mečiar, met" after the foreign ministers' meeting, p234's "The
// three presidents, ..., had met separately", p111's "the two defence
// ministers, A of Ghana and B of Togo", p31's "the three environment
// ministers, ...").
func TestPluralNamedInApposition(t *testing.T) {
	text := "Border talks\nForeign Minister Ana Soto of Chile met Foreign Minister Luis Vera of Peru in Lima on May 2. The two presidents, Marta Ruiz and Pedro Gil, met in Arica on May 5."
	ms := heldAt(t, text, corefPub)
	m, ok := heldWith(ms, "Marta Ruiz", "Pedro Gil")
	if !ok || len(m.Participants) != 2 {
		t.Errorf("%q: want Ruiz and Gil alone at Arica, got %v", text, ms)
	}
	// Minimal pair: without the names, the two presidents are the people
	// of the meeting just told.
	text = "Border talks\nPresident Ana Soto of Chile met President Luis Vera of Peru in Lima on May 2. The two presidents met Marta Ruiz in Arica on May 5."
	ms = heldAt(t, text, corefPub)
	if m, ok := heldWith(ms, "Ana Soto", "Marta Ruiz"); !ok || !slices.Contains(m.Participants, "Luis Vera") {
		t.Errorf("%q: want Soto and Vera with Ruiz, got %v", text, ms)
	}
}

// A meeting dated "earlier this week" in a story set in its dateline's
// city is one of the story's own days: it took place there, though its
// date can say only the month (p234's presidents who "had met separately
// earlier this week at the presidential palace" in a Vilnius dispatch;
// p208's "held three sessions this week ... at the San Martin Palace").
func TestThisWeekInTheDatelineCity(t *testing.T) {
	pub := time.Date(2023, 7, 12, 0, 0, 0, 0, time.UTC)
	text := "Leaders gather in Lima\nLIMA (Andina) — President Ana Soto received President Luis Vera in Lima on Monday. The talks covered trade and water. Both leaders spoke to reporters. Foreign Minister Marta Ruiz and Foreign Minister Pedro Gil had met earlier this week at the foreign ministry."
	ms := heldAt(t, text, pub)
	if m, ok := heldWith(ms, "Marta Ruiz", "Pedro Gil"); !ok || m.Place != "Lima" || m.Date != "2023-07" {
		t.Errorf("%q: want Ruiz and Gil in Lima in 2023-07, got %v", text, ms)
	}
	// Minimal pair: a month told by name is not news of the day.
	text = "Leaders gather in Lima\nLIMA (Andina) — President Ana Soto received President Luis Vera in Lima on Monday. The talks covered trade and water. Both leaders spoke to reporters. Foreign Minister Marta Ruiz and Foreign Minister Pedro Gil had met in early July at the foreign ministry."
	ms = heldAt(t, text, pub)
	if m, ok := heldWith(ms, "Marta Ruiz", "Pedro Gil"); ok && m.Place == "Lima" {
		t.Errorf("%q: a meeting of early July is no news of the day: %v", text, ms)
	}
}

// "A and B were last together in X": where two people were together is
// where they met (p231's "were last together in person in Bogor", p232's
// "in Cobija", p234's "in Riga"). Without a city after it "together" says
// nothing of a meeting.
func TestTogetherInACity(t *testing.T) {
	text := "Border talks\nPresident Ana Soto and President Luis Vera were last together in Quito, at a fisheries forum."
	ms := heldAt(t, text, corefPub)
	if m, ok := heldWith(ms, "Ana Soto", "Luis Vera"); !ok || m.Place != "Quito" {
		t.Errorf("%q: want Soto and Vera met in Quito, got %v", text, ms)
	}
	noneHeld(t, corefPub, "Border talks\nPresident Ana Soto and President Luis Vera were together on the issue of fishing rights.", "Ana Soto", "Luis Vera")
	noneHeld(t, corefPub, "Border talks\nPresident Ana Soto and President Luis Vera were together in government for ten years.", "Ana Soto", "Luis Vera")
}

// "Twenty years ago today", "fifty years ago this week": an anniversary
// story dates its event back from the publication, as precisely as the
// words after "ago" allow, and sets the story in that time (p96's "Twenty
// years ago today, at the Government Banquet Hall in Helsinki, ...
// signed", p69's "Forty years ago today", p149's "Fifty years ago this
// week", p230's and p235's leads).
func TestYearsAgoToday(t *testing.T) {
	pub := time.Date(2025, 8, 15, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "Accord at twenty\nTwenty years ago today, President Ana Soto and President Luis Vera met in Quito and signed the accord.",
		"Ana Soto", "Luis Vera", "2005-08-15")
	wantHeldOn(t, pub, "Accord at twenty-five\nTwenty-five years ago this week, President Ana Soto and President Luis Vera met in Quito.",
		"Ana Soto", "Luis Vera", "2000-08")
	wantHeldOn(t, pub, "Accord at thirty\nThirty years ago, President Ana Soto and President Luis Vera met in Quito.",
		"Ana Soto", "Luis Vera", "1995")
	// The story goes on in that time: a day told next without its year.
	wantHeldOn(t, pub, "Accord at twenty\nTwenty years ago today, the war in the valley ended. President Ana Soto and President Luis Vera had met in Quito on July 30 to settle the last points.",
		"Ana Soto", "Luis Vera", "2005-07-30")
	// A year told alone after the sentence's own day dates something else
	// (the papers' release): the day stays in the story's year.
	wantHeldOn(t, pub, "Accord at twenty\nTwenty years ago today, the war in the valley ended. President Ana Soto met President Luis Vera in Quito on July 30, according to papers published in 2019.",
		"Ana Soto", "Luis Vera", "2005-07-30")
}

// "The previous day, A had met B", "The next day he flew to X, where he
// spent the afternoon with Y", "two days later": a day counted from the
// meeting told before (p112's "The previous day, Haque had met", p171's
// "The next day he flew to Asmara, where", p207's "The next day the two
// leaders signed", p230's "four days later").
func TestDayCountedFromTheMeetingBefore(t *testing.T) {
	pub := time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "Border talks\nPresident Ana Soto met President Luis Vera in Quito on Wednesday. The previous day, Soto had met Marta Ruiz, the mayor, in Guayaquil.",
		"Ana Soto", "Marta Ruiz", "2025-09-09")
	wantHeldOn(t, pub, "Border talks\nPresident Ana Soto met President Luis Vera in Quito on September 2. Two days later, Soto met Marta Ruiz, the mayor, in Guayaquil.",
		"Ana Soto", "Marta Ruiz", "2025-09-04")
	// Minimal pair: "the day before the vote" counts from the vote.
	ms := heldAt(t, "Border talks\nPresident Ana Soto met President Luis Vera in Quito on September 2. Soto met Marta Ruiz, the mayor, in Guayaquil the day before the vote.", pub)
	if m, ok := heldWith(ms, "Ana Soto", "Marta Ruiz"); ok && m.Date == "2025-09-01" {
		t.Errorf("the day before the vote read as the day before the meeting: %v", ms)
	}
}

// A meeting told with its own day and a range of days in the same clause
// ("held talks on Tuesday, during the official visit from September 16 to
// 19"; "on 19 November, during the visit from 18 to 20 November"): the
// range is the visit's span, the day inside it the meeting's (p117, p126).
func TestDayWithinAVisitsRange(t *testing.T) {
	pub := time.Date(2024, 9, 18, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "Assembly talks\nPresident Ana Soto held talks with Chairman Luis Vera in Quito on Tuesday, during the chairman's official visit to Ecuador from September 16 to 19.",
		"Ana Soto", "Luis Vera", "2024-09-17")
	wantHeldOn(t, pub, "Assembly talks\nPresident Ana Soto held talks with Chairman Luis Vera in Quito on 17 September, during the chairman's official visit from 16 to 19 September.",
		"Ana Soto", "Luis Vera", "2024-09-17")
	// Minimal pair: a day outside the range is another time; the range
	// stands.
	wantHeldOn(t, pub, "Assembly talks\nPresident Ana Soto held talks with Chairman Luis Vera in Quito from September 10 to 12, after a call on September 2.",
		"Ana Soto", "Luis Vera", "2024-09-10")
}

// "Patriarch X of Moscow", "Mayor X of Praia": a city after "of" that
// completes a person's title is no place of the meeting (p156's
// "Patriarch Kirill of Moscow met ... at Havana's ... Airport", p170's
// mayors "of Praia" and "of Mindelo", p195's "Bishop Samuel Ruiz of San
// Cristobal").
func TestCityInATitleIsNoPlace(t *testing.T) {
	ms := heldAt(t, "Church talks\nMayor Ana Soto of Quito met President Luis Vera in Lima on Monday.", corefPub)
	if m, ok := heldWith(ms, "Ana Soto", "Luis Vera"); !ok || m.Place != "Lima" {
		t.Errorf("want Soto and Vera in Lima, got %v", ms)
	}
	// Minimal pair: "the city of X" names the place.
	ms = heldAt(t, "Church talks\nMayor Ana Soto met President Luis Vera in the city of Quito on Monday.", corefPub)
	if m, ok := heldWith(ms, "Ana Soto", "Luis Vera"); !ok || m.Place != "Quito" {
		t.Errorf("want Soto and Vera in Quito, got %v", ms)
	}
}
