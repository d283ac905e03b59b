package extract

import "testing"

// Issue 14's hundred-and-fortieth round: the places of meetings (p872-
// p877: a dateline's "here", a headline that names the state and a lead
// that names its city, a resort, a place in the sentence after the
// meeting, a country only, another event's city in the same sentence),
// each shape with sentences of its own.

// A headline that sets its story "in" a state ("X in Freedonia for
// talks") gives way to the city of that state where the lead sets its
// news ("X landed in Y on Tuesday"), for the meetings that take the
// story's place (headlinePlace, meeting/places.go; p873). The negative
// case: a lead city of another state leaves the headline's state.
func TestHeadlineStateGivesWayToLeadCity(t *testing.T) {
	text := "Varma in Zambia for copper talks\nIndian Prime Minister Anil Varma landed in Lusaka on Tuesday for a two-day visit, the first by an Indian leader in a decade.\nVarma, who had flown overnight from New Delhi after a cabinet meeting there, was welcomed at the airport by President Kamal Silva."
	if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p != "Lusaka" {
		t.Errorf("place %q, want Lusaka, the lead's city of the headline's state", p)
	}
	// Negative: the lead's city is in another state.
	text = "Varma in Zambia for copper talks\nIndian Prime Minister Anil Varma left Nairobi on Tuesday for a two-day visit, the first by an Indian leader in a decade.\nVarma, who had flown overnight from New Delhi after a cabinet meeting there, was welcomed at the airport by President Kamal Silva."
	if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p != "Zambia" {
		t.Errorf("place %q, want the headline's Zambia", p)
	}
}

// "in central X", "at a hotel in downtown Y": a part of the city named
// before it is in the city (cityQuarter, meeting/when.go; p876). The
// negative case: "south of central X" is outside the city.
func TestCityQuarterIsTheCity(t *testing.T) {
	for _, q := range []string{"central", "downtown"} {
		text := "Leaders agree to talks\nPresident Kamal Silva and opposition leader Ravi Perera met face to face on Monday for the first time in two years at a hotel in " + q + " Lusaka."
		if p := placeOfPair(t, text, "Kamal Silva", "Ravi Perera"); p != "Lusaka" {
			t.Errorf("%s: place %q, want Lusaka", q, p)
		}
	}
	text := "Leaders agree to talks\nPresident Kamal Silva and opposition leader Ravi Perera met face to face on Monday for the first time in two years at a farm south of central Lusaka."
	if p := placeOfPair(t, text, "Kamal Silva", "Ravi Perera"); p == "Lusaka" {
		t.Errorf("place %q, want none: the farm is outside the city", p)
	}
}

// "A and B met on Monday. C, who arrived from X that morning, brought the
// two men together at a lodge in Y": the place after "together", where
// the object refers back to people already told, is where the meeting
// just told was; the relative clause's city is another event's
// (gatheredAnaphor, meeting/places.go; p876). The negative case: names
// between the verb and "together" tell a gathering of other people, and
// its place is not lent to the meeting before.
func TestGatheredAnaphorPlacesMeeting(t *testing.T) {
	for _, text := range []string{
		"Leaders agree to talks\nPresident Kamal Silva and opposition leader Ravi Perera met face to face on Monday for the first time in two years.\nKenyan President Tom Haldane, who arrived from Nairobi on Monday morning, brought the two men together at a lodge in central Lusaka.",
		"Leaders agree to talks\nPresident Kamal Silva and opposition leader Ravi Perera met face to face on Monday for the first time in two years.\nKenyan President Tom Haldane later brought the two delegations together in Lusaka.",
	} {
		if p := placeOfPair(t, text, "Kamal Silva", "Ravi Perera"); p != "Lusaka" {
			t.Errorf("place %q, want Lusaka:\n%s", p, text)
		}
	}
	text := "Leaders agree to talks\nPresident Kamal Silva and opposition leader Ravi Perera met face to face on Monday for the first time in two years.\nKenyan President Tom Haldane later brought Anil Varma and Mary Otieno together in Lusaka."
	if p := placeOfPair(t, text, "Kamal Silva", "Ravi Perera"); p == "Lusaka" {
		t.Errorf("place %q, want none: the gathering was of other people", p)
	}
}

// "met in the capital, X", "in the capital X": the city set after "the
// capital" is where the meeting was (capitalApposed, meeting/when.go). The
// negative case: "who flew from the capital, X" is another event's city.
func TestCapitalApposedCity(t *testing.T) {
	for _, text := range []string{
		"Talks held\nForeign Minister Anil Varma met President Kamal Silva on Monday in the capital, Lusaka.",
		"Talks held\nForeign Minister Anil Varma met President Kamal Silva on Monday in the capital Lusaka.",
	} {
		if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p != "Lusaka" {
			t.Errorf("place %q, want Lusaka:\n%s", p, text)
		}
	}
	text := "Talks held\nForeign Minister Anil Varma, who flew from the capital, Lusaka, met President Kamal Silva in Ndola on Monday."
	if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p != "Ndola" {
		t.Errorf("place %q, want Ndola, not the city flown from", p)
	}
}

// "in the capital of Freedonia": the state's capital, as "in Freedonia's
// capital" (capitalNamed, meeting/places.go). The negative case: "the
// capital of X" in the talks' topic, after no place preposition, is no
// place.
func TestCapitalOfState(t *testing.T) {
	text := "Talks held\nForeign Minister Anil Varma met President Kamal Silva on Monday in the capital of Zambia."
	if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p != "Lusaka" {
		t.Errorf("place %q, want Lusaka", p)
	}
	text = "Talks held\nForeign Minister Anil Varma held talks with President Kamal Silva on Monday on plans to move the capital of Zambia."
	if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p == "Lusaka" {
		t.Errorf("place %q, want none: the capital is the talks' topic", p)
	}
}

// "Their meeting took place in X", "Their talks were held at Y in Z": a
// possessive opens a sequel as "The" does (sequelOpeners, Sequels,
// meeting/places.go). The negative case: "His talks with C were held in
// X" names someone else, a meeting of its own, and lends no place.
func TestPossessiveSequelPlacesMeeting(t *testing.T) {
	for _, text := range []string{
		"Talks held\nForeign Minister Anil Varma met President Kamal Silva on Monday. Their meeting took place in Ndola.",
		"Talks held\nForeign Minister Anil Varma met President Kamal Silva on Monday. Their talks were held at State House in Ndola.",
	} {
		if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p != "Ndola" {
			t.Errorf("place %q, want Ndola:\n%s", p, text)
		}
	}
	text := "Talks held\nForeign Minister Anil Varma met President Kamal Silva on Monday. His talks with Ravi Perera were held at State House in Ndola."
	if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p == "Ndola" {
		t.Errorf("place %q, want none: the talks with another were elsewhere", p)
	}
}

// "in the capital" with no capital to read it by: under a dateline of
// another city of the country ("NDOLA, Zambia - ... in the capital"), the
// country's capital; with no story city, the capital of the state someone
// was just said to have gone to ("arrived in Zambia on Monday. He held
// talks ... in the capital") (bareCapital in PlaceOf, visitedCapital,
// meeting/when.go). The negative case: a state someone came "from" lends
// no capital.
func TestBareCapitalOfStoryCountry(t *testing.T) {
	for _, text := range []string{
		"Talks held\nNDOLA, Zambia, March 13 - Foreign Minister Anil Varma held talks with President Kamal Silva in the capital on Tuesday.",
		"Talks held\nForeign Minister Anil Varma arrived in Zambia on Monday. He held talks with President Kamal Silva in the capital on Tuesday.",
		"Talks held\nForeign Minister Anil Varma began a visit to Zambia on Monday. Varma held talks with President Kamal Silva in the capital on Tuesday.",
	} {
		if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p != "Lusaka" {
			t.Errorf("place %q, want Lusaka:\n%s", p, text)
		}
	}
	text := "Talks held\nForeign Minister Anil Varma returned from Zambia on Monday. He held talks with President Kamal Silva in the capital on Tuesday."
	if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p == "Lusaka" {
		t.Errorf("place %q, want none: Zambia is where he came from", p)
	}
}

// "A, fresh from a summit in X, met B", "Back from talks in X, A met B":
// a place in a phrase set off by a comma that tells where someone came
// "from" is the trip's origin, not where the meeting was; its meeting
// noun is no trigger of the sentence (fromAside,
// meeting/when.go; Frames, meeting/meetings.go; leadCity,
// meeting/places.go). The negative case: "A, in X for a summit, met B"
// still places the meeting in X.
func TestFromAsideIsNoPlace(t *testing.T) {
	for _, text := range []string{
		"Talks held\nForeign Minister Anil Varma, fresh from a summit in Nairobi, held talks with President Kamal Silva on Tuesday.",
		"Talks held\nBack from talks in Nairobi, Foreign Minister Anil Varma held talks with President Kamal Silva on Tuesday.",
	} {
		if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p == "Nairobi" {
			t.Errorf("place %q, want none:\n%s", p, text)
		}
	}
	text := "Talks held\nForeign Minister Anil Varma, fresh from a summit in Nairobi, held talks with President Kamal Silva in Lusaka on Tuesday."
	if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p != "Lusaka" {
		t.Errorf("place %q, want Lusaka", p)
	}
	text = "Talks held\nForeign Minister Anil Varma, in Lusaka for a summit, held talks with President Kamal Silva on Tuesday."
	if p := placeOfPair(t, text, "Anil Varma", "Kamal Silva"); p != "Lusaka" {
		t.Errorf("place %q, want Lusaka", p)
	}
}
