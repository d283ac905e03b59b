package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-forty-third round: places carried across
// sentences (p1490-p1495: a prime minister's first visit to an island
// neighbour, a prime minister's stop in a capital after another on a
// European tour, a president's state visit begun in one city and ended in
// the capital, a king's state visit to a former colony, a 1960s
// broadsheet on a general's talks in the Kremlin, a chancellor's readout
// of a three-country trip); each rule with sentences of its own.

// dateOfPair is the date of the held meeting of a and b, "-" when none.
func dateOfPair(t *testing.T, text, a, b string) string {
	t.Helper()
	for _, m := range heldAt(t, text, corefPub) {
		if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m.Date
		}
	}
	return "-"
}

// "The tour began on Sunday in X. At the presidential palace, A held
// talks with B": the sentence before, in the same paragraph, tells the
// leg of the trip (a trip verb, "in" or "to" and one city, one day), and
// the meeting told with a building of its kind and no city or day of its
// own was held there on that day (tripLegBefore, meeting/tripleg.go;
// lexicon "tripLegVerbs"; p1495). The negative cases: the leg told in
// another paragraph, a leg told in the pluperfect ("had begun"), and a
// meeting with a day of its own keep the leg's city and day away.
func TestTripLegCarriesPlaceAndDay(t *testing.T) {
	lead := "Minister ends southern tour\nForeign Minister Tomas Verhoek's first tour of southern Africa took him to three countries this week.\n"
	for _, c := range []struct{ text, a, b, place, date string }{
		{lead + "The tour began on Sunday in Lusaka. At the presidential palace, Verhoek held talks with President Joseph Banda on mining and debt.", "Tomas Verhoek", "Joseph Banda", "Lusaka", "2025-05-04"},
		{lead + "On Monday evening the minister landed in Harare. At the State House, Verhoek held talks with President Peter Moyo over dinner.", "Tomas Verhoek", "Peter Moyo", "Harare", "2025-05-05"},
	} {
		if p := placeOfPair(t, c.text, c.a, c.b); p != c.place {
			t.Errorf("%q: place %q, want %s", c.text, p, c.place)
		}
		if d := dateOfPair(t, c.text, c.a, c.b); d != c.date {
			t.Errorf("%q: date %q, want %s", c.text, d, c.date)
		}
	}
	for _, text := range []string{
		lead + "The tour began on Sunday in Lusaka.\nAt the presidential palace, Verhoek held talks with President Joseph Banda on mining and debt.",
		lead + "The tour had begun on Sunday in Lusaka. At the presidential palace, Verhoek held talks with President Joseph Banda on mining and debt.",
	} {
		if p := placeOfPair(t, text, "Tomas Verhoek", "Joseph Banda"); p == "Lusaka" {
			t.Errorf("%q: place Lusaka, want none from the leg", text)
		}
	}
	text := lead + "The tour began on Sunday in Lusaka. On Tuesday, at the presidential palace, Verhoek held talks with President Joseph Banda on mining and debt."
	if d := dateOfPair(t, text, "Tomas Verhoek", "Joseph Banda"); d != "2025-05-06" {
		t.Errorf("%q: date %q, want the sentence's own 2025-05-06", text, d)
	}
}

// A headline's "in X" that closes a topic ("talk about peace in X") or
// locates a thing ("the war in Y": situatedPlace) says where the topic
// is, not where the meeting was (headlinePlace, topicAbout,
// meeting/places.go; p1492). The negative cases: "meet in X" and "talks
// about trade opened in X" keep the headline's place.
func TestHeadlineTopicPlaceIsNoVenue(t *testing.T) {
	body := "\nPresident Joseph Banda and President Peter Moyo held talks on Monday and agreed to send envoys to both sides."
	for _, head := range []string{
		"Banda and Moyo sign trade pacts and talk about peace in Sudan",
		"Banda and Moyo discuss the war in Sudan",
	} {
		if p := placeOfPair(t, head+body, "Joseph Banda", "Peter Moyo"); p == "Sudan" {
			t.Errorf("%q: place Sudan, want no place from the headline's topic", head)
		}
	}
	for _, head := range []string{
		"Banda and Moyo meet in Lusaka",
		"Talks about trade opened in Lusaka",
	} {
		if p := placeOfPair(t, head+body, "Joseph Banda", "Peter Moyo"); p != "Lusaka" {
			t.Errorf("%q: place %q, want the headline's Lusaka", head, p)
		}
	}
}

// A lead with no dateline that names a landmark before a city ("was
// received by Y on Monday at the Great Hall of the People, at the end of a
// visit that began in X") is set where the landmark stands: a meeting told
// later with no place of its own is there, not in the city where the
// visit began (leadCity, meeting/places.go; p1492). The negative case: a
// lead that names the city first keeps it.
func TestLeadLandmarkBeforeCity(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"Visit ends\nPresident Joseph Banda was received by President Li Wenhao on Monday at the Great Hall of the People, at the end of a state visit that began in Shanghai.\nThe visitor toured a car factory and a port on Saturday.\nThe two sides signed nine agreements on trade and farming.\nIn the morning of Monday, Banda had meetings with Premier Zhou Ming.", "Beijing"},
		{"Visit ends\nPresident Joseph Banda held talks in Shanghai on Monday with the city's party chief, before a dinner at the Great Hall of the People on Tuesday.\nThe visitor toured a car factory and a port on Saturday.\nThe two sides signed nine agreements on trade and farming.\nIn the morning of Monday, Banda had meetings with Premier Zhou Ming.", "Shanghai"},
	} {
		if p := placeOfPair(t, c.text, "Joseph Banda", "Zhou Ming"); p != c.place {
			t.Errorf("%q: place %q, want %s", c.text, p, c.place)
		}
	}
}

// "In X he met Y": a place of one to three capitalized words fronted with
// no comma before a subject pronoun opens the clause as a fronted day
// does (frame.AfterFrontedAdjunct; coref PronounAntecedent), so the
// pronoun stands for the traveller of the sentence before; and a leg to a
// state told in that sentence ("On Monday the minister travelled on to
// Z") gives its day to a meeting in a city of that state (tripLegBefore,
// meeting/tripleg.go; p1495). The negative case: a meeting in a city of
// another state than the leg's keeps the leg's day away.
func TestFrontedPlacePronounAndStateLeg(t *testing.T) {
	lead := "Minister ends southern tour\nForeign Minister Tomas Verhoek's first tour of southern Africa took him to three countries this week.\n"
	text := lead + "On Monday Verhoek travelled on to Zimbabwe. In Harare he met President Peter Moyo for a working lunch."
	if p := placeOfPair(t, text, "Tomas Verhoek", "Peter Moyo"); p != "Harare" {
		t.Errorf("%q: place %q, want Harare", text, p)
	}
	if d := dateOfPair(t, text, "Tomas Verhoek", "Peter Moyo"); d != "2025-05-05" {
		t.Errorf("%q: date %q, want the leg's 2025-05-05", text, d)
	}
	text = lead + "On Monday Verhoek travelled on to Zambia. In Harare he met President Peter Moyo for a working lunch."
	if d := dateOfPair(t, text, "Tomas Verhoek", "Peter Moyo"); d == "2025-05-05" {
		t.Errorf("%q: date %q, want no day from a leg to another state", text, d)
	}
}

// "A and B arrived in X on Monday night. On Tuesday morning they were
// welcomed by C": "they" after a fronted day, the subject of a passive
// reception, stands for the two people the sentence before joins by "and"
// (TheyNamedPair, frontedDayEnd, coref/coref.go; p1493), who are C's
// guests. The negative case: a sentence before that names its two people
// apart ("A said B would ...") gives "they" no referents.
func TestFrontedDayTheyWelcomedBy(t *testing.T) {
	text := "State visit\nPresident Tomas Verhoek and Foreign Minister Anna Holm arrived in Lusaka on Monday night for a state visit. On Tuesday morning they were welcomed by President Joseph Banda at State House."
	for _, who := range []string{"Tomas Verhoek", "Anna Holm"} {
		if d := dateOfPair(t, text, who, "Joseph Banda"); d != "2025-05-06" {
			t.Errorf("%s and Joseph Banda: date %q, want 2025-05-06", who, d)
		}
	}
	text = "State visit\nPresident Tomas Verhoek said Foreign Minister Anna Holm would go to Lusaka for talks. On Tuesday morning they were welcomed by President Joseph Banda at State House."
	if d := dateOfPair(t, text, "Anna Holm", "Joseph Banda"); d != "-" {
		t.Errorf("Anna Holm and Joseph Banda: date %q, want no meeting", d)
	}
}

// "A called on B at Y, the premier's official residence", in a story set
// in a city ("A arrived in X on Monday"): an official residence with no
// word that sets it out of town stands in that city, the place the schema
// asks for (townResidence, meeting/when.go; lexicon "awayResidenceWords";
// p1490). The negative case: "her official country residence" keeps its
// own name as the place, as Camp David does.
func TestTownResidenceTakesStoryCity(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"Premier in Lusaka\nPrime Minister Tomas Verhoek arrived in Lusaka on Monday for a two-day visit.\nIn the evening the Prime Minister called on President Joseph Banda at Kabwe Gardens, the president's official residence.", "Lusaka"},
		{"Premier in Lusaka\nPrime Minister Tomas Verhoek arrived in Lusaka on Monday for a two-day visit.\nIn the evening the Prime Minister called on President Joseph Banda at Kabwe Gardens, the president's official country residence.", "Kabwe Gardens"},
	} {
		if p := placeOfPair(t, c.text, "Tomas Verhoek", "Joseph Banda"); p != c.place {
			t.Errorf("%q: place %q, want %s", c.text, p, c.place)
		}
	}
}
