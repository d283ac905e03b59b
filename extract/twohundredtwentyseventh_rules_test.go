package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-twenty-seventh round: a stranger's batch
// (p1394-p1399, places of meetings, second pass: a Korean wire's G7
// sidelines talks of 2023, an American wire's meeting at the border truce
// village of 2019, a Chinese daily's summit at a desert estate of 2013, a
// wire's leaders arriving by night train in 2022, an American paper's
// talks in Vienna of 2023 told with capitals for governments, a wire
// roundup of an envoy's tour of 2023 with a later paragraph's own
// dateline); each rule with sentences of its own.

// "NORTHTOWN, May 26 -- A received B on Friday": a roundup's later
// paragraph filed with a dateline of its own tells a meeting where that
// dateline puts it, not where the story's first dateline or a city named
// before does (meeting.paragraphDateline); the dash form stays in the
// sentence, the agency form is cut into Filed. The negative cases: a
// word in capitals before a dash with no date is no dateline, and a
// paragraph without one keeps the story's city.
func TestParagraphDatelinePlace(t *testing.T) {
	for _, dl := range []string{"MOSCOW, May 26 --", "MOSCOW, May 26 (Agency) -", "MOSCOW, 26 May —"} {
		text := "Envoy ends tour\n\nBEIJING, May 27 (Wire) -- Freedonia's envoy Tomas Varga has ended a tour of three capitals.\n" +
			"Varga held talks with Foreign Minister Ilan Brede on May 17.\n" +
			dl + " Foreign Minister Aldo Brem received Varga at the ministry on Friday, the ministry said.\n"
		rec := run(t, text, "2023-05-27")
		m := meetingWith(rec, "Aldo Brem", "Tomas Varga")
		if m == nil || m.Place != "Moscow" {
			t.Errorf("%s: want Brem and Varga met in Moscow: %s", dl, dump(rec))
		}
	}
	neg := "Envoy ends tour\n\nBEIJING, May 27 (Wire) -- Freedonia's envoy Tomas Varga has ended a tour of three capitals.\n" +
		"MOSCOW - Foreign Minister Aldo Brem received Varga at the ministry on Friday, the ministry said.\n"
	rec := run(t, neg, "2023-05-27")
	if m := meetingWith(rec, "Aldo Brem", "Tomas Varga"); m != nil && m.Place == "Moscow" {
		t.Errorf("an undated capital word is no dateline: %s", dump(rec))
	}
}

// "joined A and B for a trilateral meeting at a hotel in the city" under
// a dateline: the bare "the city" is the one the copy is filed from, as
// "here" is (meeting.bareCityAt in PlaceOf), though the sentence names
// another city for a later summit and a summit elsewhere was told just
// before; without it the trilateral was read as the earlier summit. The
// negative case: "the city of X" names its own.
func TestBareCityIsDateline(t *testing.T) {
	lead := "Leaders meet\n\nBERGEN, May 21 (Wire) -- President Tomas Varga and Danish Prime Minister Ilan Brede held talks on Sunday on the sidelines of the summit in Bergen, the presidential office said.\n" +
		"Varga told Brede that the gesture would be remembered, according to spokesperson Pia Sorell. Copenhagen said the prime minister hoped cooperation would deepen.\n" +
		"The two sides also agreed to share missile warning data, Sorell said. Madrid had invited Brede to visit earlier this month, and he held a summit with Varga in the Spanish capital on May 7.\n"
	text := lead + "Varga later joined Brede and Italian President Aldo Brem for a trilateral meeting at a hotel in the city, where the three leaders agreed to hold a separate summit in Rome.\n"
	rec := run(t, text, "2023-05-21")
	for _, m := range rec.Meetings {
		if m.Status == "held" && slices.Contains(m.Participants, "Aldo Brem") && m.Place != "Bergen" {
			t.Errorf("want the trilateral in Bergen: %s", dump(rec))
		}
	}
	neg := lead + "Varga later joined Brede and Italian President Aldo Brem for a trilateral meeting in the city of Oslo.\n"
	rec = run(t, neg, "2023-05-21")
	for _, m := range rec.Meetings {
		if m.Status == "held" && slices.Contains(m.Participants, "Aldo Brem") && m.Place == "Bergen" {
			t.Errorf("the city of Oslo is not the dateline's: %s", dump(rec))
		}
	}
}
