package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-eighty-eighth round: places (p1160-p1165: a
// visit received at a presidential compound with its city named only in
// the visitor's arrival, a summit's sidelines in a city named once, a
// dispatch filed from the visitor's home capital, a shuttle between
// three cities, a trip abroad told from home with the talks at "the
// Presidential Palace", a 1950s dispatch from the host city); each rule
// with sentences of its own.

// hundredeightyeighthPlace is the place of the meeting of a and b, "-"
// when there is none.
func hundredeightyeighthPlace(rec graph.Record, a, b string) string {
	m := meetingWith(rec, a, b)
	if m == nil {
		return "-"
	}
	return m.Place
}

// A meeting told "at the Presidential Palace" with no city in its
// sentence stands in the city the story's traveller flew to or arrived
// in, not in the dateline's city the copy was filed from (arrivalCity,
// meeting/places.go; p1164). The negative cases: an arrival dated after
// the meeting, and arrivals in two cities, leave the dateline's city.
func TestVenueInArrivalCity(t *testing.T) {
	text := "Leaders agree on border commission\nTASHKENT, May 5 - Prime Minister Arno Vask held talks with President Tomas Rell at the Presidential Palace on Monday and the two sides agreed to set up a border commission. The prime minister, who flew to Dushanbe in the morning, was accompanied by his foreign minister."
	rec := corefRecord(t, text)
	if got := hundredeightyeighthPlace(rec, "Arno Vask", "Tomas Rell"); got != "Dushanbe" {
		t.Errorf("want the talks in the city flown to, got %q", got)
	}
	text = "Leaders agree on border commission\nTASHKENT, May 5 - Prime Minister Arno Vask held talks with President Tomas Rell at the Presidential Palace on Monday and the two sides agreed to set up a border commission. The prime minister flew to Dushanbe on Tuesday for a meeting of the regional council."
	rec = corefRecord(t, text)
	if got := hundredeightyeighthPlace(rec, "Arno Vask", "Tomas Rell"); got != "Tashkent" {
		t.Errorf("an arrival after the talks moved them: got %q", got)
	}
	text = "Leaders agree on border commission\nTASHKENT, May 5 - Prime Minister Arno Vask held talks with President Tomas Rell at the Presidential Palace on Monday and the two sides agreed to set up a border commission. The prime minister, who flew to Dushanbe in the morning, had arrived in Bishkek the day before."
	rec = corefRecord(t, text)
	if got := hundredeightyeighthPlace(rec, "Arno Vask", "Tomas Rell"); got != "Tashkent" {
		t.Errorf("two arrival cities chose one: got %q", got)
	}
}

// With no dateline and no city in the lead, talks "at the Presidential
// Complex" are in the city the visitor "arrived in" (arrivalCity,
// seatCompoundNouns; p1160). The negative case: a lower-case "complex"
// ("at the complex talks") names no building.
func TestCompoundInArrivalCity(t *testing.T) {
	text := "President receives prime minister\nPresident Arno Vask welcomed Prime Minister Tomas Rell with an official ceremony at the Presidential Complex on Monday, before the two held talks. Rell arrived in Ankara on Sunday evening for his first official visit."
	rec := corefRecord(t, text)
	if got := hundredeightyeighthPlace(rec, "Arno Vask", "Tomas Rell"); got != "Ankara" {
		t.Errorf("want the talks in the city arrived in, got %q", got)
	}
	text = "President receives prime minister\nPresident Arno Vask met Prime Minister Tomas Rell on Monday, and officials hinted at progress at the complex talks. Rell arrived in Ankara on Sunday evening for his first official visit."
	rec = corefRecord(t, text)
	if got := hundredeightyeighthPlace(rec, "Arno Vask", "Tomas Rell"); got == "Ankara" {
		t.Errorf("a lower-case complex read as a building: got %q", got)
	}
}
