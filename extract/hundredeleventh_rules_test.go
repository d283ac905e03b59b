package extract

import (
	"testing"
	"time"
)

// Issue 14's hundred-and-eleventh round: the dates of meetings (relative
// days, an event's eve, earlier years, national orders), each shape with
// sentences of its own.

// "On the eve of the conference, A called on B": the eve is the day before
// the conference's own day, the day its sentence tells nearest the word
// "conference", not the last day that sentence tells, which may belong to
// a clause of its own ("the ship seized on June 2"; eveDay, dayNearTold,
// meeting/when.go; p701).
func TestEveOfAnEventFromTheEventsOwnDay(t *testing.T) {
	pub := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "Harbour talks\nThe conference on the harbour opened on Wednesday with a row over the fishing boat impounded by the coast guard on June 2. On the eve of the conference, Ana Soto met Luis Vera at a hotel in Lima.",
		"Ana Soto", "Luis Vera", "2025-06-17")
	// Negative case: the event's only day is the one told, far from its
	// word: still the eve of that day.
	wantHeldOn(t, pub, "Harbour talks\nThe conference on the harbour, which fishermen had demanded for years, finally opened in Lima on Wednesday. On the eve of the conference, Ana Soto met Luis Vera at a hotel in the city.",
		"Ana Soto", "Luis Vera", "2025-06-17")
}

// A held meeting told a day or two after the visit's meeting, with the
// visitor in both and no place of its own, is the next day of the same
// visit: it takes that meeting's city ("On 4 June, A welcomed B in X ...
// On 5 June, B was received by C"; inheritPlace, meeting/when.go; p375
// once its "4th June" reads as a day), when the sentence tells it as one
// more ("also") or the lead tells a visit (TestAlsoMetOnTheSameTrip keeps
// a bare next-day meeting with no visit told where it was). A day further
// off is another event,
// a city of its own wins, and so does the dateline's city when the story's
// days are told there (p656).
func TestNextDayOfAVisitKeepsItsCity(t *testing.T) {
	pub := time.Date(2024, 6, 8, 0, 0, 0, 0, time.UTC)
	head := "Visit ends\nPresident Ana Soto returned home on Friday after a state visit to Peru.\nOn 4 June, President Luis Vera welcomed Soto at the palace in Lima, where the two held talks.\n"
	wantHeldIn(t, pub, head+"On 5 June, Soto was received by Prime Minister Rosa Mendez.", "Ana Soto", "Rosa Mendez", "Lima")
	wantHeldIn(t, pub, head+"On 5 June, Soto flew on to Cusco and was received by Prime Minister Rosa Mendez.", "Ana Soto", "Rosa Mendez", "Cusco")
	late := time.Date(2024, 6, 28, 0, 0, 0, 0, time.UTC)
	wantHeldIn(t, late, head+"On 25 June, Soto was received by Prime Minister Rosa Mendez.", "Ana Soto", "Rosa Mendez", "")
	// The dateline's city where the story's days are told: the visitor
	// "arrived here" after the talks elsewhere, so the next talks are here.
	wantHeldIn(t, time.Date(2024, 6, 11, 0, 0, 0, 0, time.UTC), "Soto in Peru\nLIMA, June 11 - Foreign Minister Ana Soto arrived here Sunday night from Bolivia, the last stop of her tour.\nOn Saturday, in the town of Sucre, Soto spent three hours with President Luis Vera.\nSoto went into talks with Prime Minister Rosa Mendez on Monday morning at the palace.",
		"Ana Soto", "Rosa Mendez", "Lima")
}

// A day of the month written as an ordinal: "4th June", "June 4th", "the
// 14th of July", "31st July, 2023" (dayNumber, frame/dates.go; p375). "the
// 4th floor" is no day.
func TestOrdinalDayOfTheMonth(t *testing.T) {
	pub := time.Date(2023, 8, 2, 0, 0, 0, 0, time.UTC)
	for text, date := range map[string]string{
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on the 14th of July to discuss trade.": "2023-07-14",
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on July 31st to discuss trade.":        "2023-07-31",
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on 31st July, 2023 to discuss trade.":  "2023-07-31",
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on 21st-22nd July to discuss trade.":   "2023-07-21",
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera on the 4th floor of the ministry on Monday.":   "2023-07-31",
	} {
		wantHeldOn(t, pub, text, "Ana Soto", "Luis Vera", date)
	}
}

// A day written in figures: "13.07.2023", "13/07/2023", "2023-07-31",
// "Monday (31/7)"; when both orders make a date, the weekday told before
// it decides ("Thursday (07/06/2023)" is July 6, a Thursday, not June 7;
// numericDate, frame/dates.go; p615, p700). A fraction or a decimal is
// no day, nor figures without a year or a weekday.
func TestDayInFigures(t *testing.T) {
	pub := time.Date(2023, 8, 10, 0, 0, 0, 0, time.UTC)
	for text, date := range map[string]string{
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on 13.07.2023 to discuss trade.":                                     "2023-07-13",
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on 13/07/2023 to discuss trade.":                                     "2023-07-13",
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on 2023-07-31 to discuss trade.":                                     "2023-07-31",
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on Monday (31/7) to discuss trade.":                                  "2023-07-31",
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on Thursday (07/06/2023) to discuss trade.":                          "2023-07-06",
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on Monday and agreed a 3/4 majority rule and growth of 3.5 percent.": "2023-08-07",
		"Talks\nForeign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on Monday under clause 12/7 of the accord.":                          "2023-08-07",
	} {
		wantHeldOn(t, pub, text, "Ana Soto", "Luis Vera", date)
	}
}

// wantHeldIn fails unless a held meeting of text, published pub, joins a
// and b at place ("" for none).
func wantHeldIn(t *testing.T, pub time.Time, text, a, b, place string) {
	t.Helper()
	m, ok := heldWith(heldAt(t, text, pub), a, b)
	if !ok {
		t.Errorf("%q: no held meeting of %s and %s", text, a, b)
		return
	}
	if m.Place != place {
		t.Errorf("%q: %s and %s met in %q, want %q", text, a, b, m.Place, place)
	}
}

// A year that closes a relative clause on a process ("negotiations that
// began in 2015", "a dispute which flared up in 2015") dates the process,
// background to the news: the days and months told after it without a
// year stay in the story's own time ("last met in April" is this April;
// relativeBackground, frame/dates.go; p282). A year told in the story's
// own clause ("first opened talks in 2015") still sets it there.
func TestYearOfABackgroundProcess(t *testing.T) {
	pub := time.Date(2022, 6, 15, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "River accord\nPeru and Bolivia signed a river accord in La Paz on Tuesday. The accord crowns negotiations that began in 2015 between two teams of engineers. Ana Soto and Luis Vera last met in Lima in April, an official said.",
		"Ana Soto", "Luis Vera", "2022-04")
	wantHeldOn(t, pub, "River accord\nPeru and Bolivia signed a river accord in La Paz on Tuesday. The accord crowns a dispute which flared up in 2015 over the dams. On 2 April, Ana Soto met Luis Vera in Lima.",
		"Ana Soto", "Luis Vera", "2022-04-02")
	wantHeldOn(t, pub, "River accord\nPeru and Bolivia signed a river accord in La Paz on Tuesday. The two sides first opened talks in 2015 after a flood. Ana Soto and Luis Vera met in Lima in April to draw up an agenda.",
		"Ana Soto", "Luis Vera", "2015-04")
}
