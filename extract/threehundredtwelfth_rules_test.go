package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-twelfth round: places and dates told
// indirectly (p1904-p1909: a 2009 agency on two prime ministers' talks at
// a summit, a 1990 wire on a chancellor's talks in two places on two
// days, a 2014 agency on a minister's meeting at a named conference, a
// 1961 broadsheet on a two-day summit, a 2010 agency on two presidents'
// summit at a historic estate, a 2013 agency on two ministers' talks
// joined by an envoy); each rule with sentences of its own.

// A former state's capital told as "the <state> capital" is the city it
// was in that state's time: "arrived in the Soviet capital" is Moscow,
// "in the Yugoslav capital" Belgrade (stateCapital, meeting/places.go;
// p1905; the phrase also in p760, p1098). The negative case: a present state's capital is
// still its own.
func TestFormerStateCapital(t *testing.T) {
	pub := time.Date(1988, 3, 8, 0, 0, 0, 0, time.UTC)
	story := func(demonym string) string {
		return "Talks go on\n\nVARNA, March 7 (Agency) - Chancellor Arno Weisz arrived in the " + demonym +
			" capital on Monday and went straight into a meeting with President Dusan Marek at a government guest house.\n"
	}
	for _, c := range []struct{ demonym, city string }{{"Yugoslav", "Belgrade"}, {"Soviet", "Moscow"}, {"Czechoslovak", "Prague"}, {"Austrian", "Vienna"}} {
		rec := recordAt(t, story(c.demonym), pub)
		m := meetingWith(rec, "Arno Weisz", "Dusan Marek")
		if m == nil || m.Place != c.city {
			t.Errorf("the %s capital: want the meeting in %s: %s", c.demonym, c.city, dump(rec))
		}
	}
}

// A meeting told with one named person and a counterpart left unnamed,
// whose people the next sentence lists ("X met with leaders of the
// opposition on Sunday on the margins of the Halifax forum. Taking part
// in the meeting were A, B and C"), is X's with
// them, at the gathering's city and on that day, not a meeting of the
// listed alone (unnamedCounterpartMeeting, gathering.go; p1906). The
// negative case: a counterpart named in the sentence keeps the list to
// that meeting and adds no second one.
func TestUnnamedCounterpartMeeting(t *testing.T) {
	pub := time.Date(2014, 2, 2, 0, 0, 0, 0, time.UTC)
	lead := "Talks go on\n\nVARNA, Feb 2 (Agency) - Freedonian Foreign Minister Anna Karsk met with representatives of the Sylvanian opposition on Sunday on the margins of the Halifax International Security Forum, aides said.\n\n"
	for _, list := range []string{"Taking part in the meeting were", "Present at the meeting were"} {
		rec := recordAt(t, lead+list+" Piotr Malow, Ivan Dobrev and Jan Vos.\n", pub)
		m := meetingWith(rec, "Anna Karsk", "Piotr Malow", "Jan Vos")
		if m == nil || m.Place != "Halifax" || m.Date != "2014-02-02" {
			t.Errorf("%q: want Karsk with the listed in Halifax on 2014-02-02: %s", list, dump(rec))
		}
	}
	rec := recordAt(t, "Talks go on\n\nVARNA, Feb 2 (Agency) - Freedonian Foreign Minister Anna Karsk met Sylvanian Prime Minister Olek Barda on Sunday in Halifax.\n\nTaking part in the meeting were Piotr Malow and Jan Vos.\n", pub)
	if len(rec.Meetings) != 1 || meetingWith(rec, "Anna Karsk", "Olek Barda", "Piotr Malow") == nil {
		t.Errorf("want one meeting, the named pair's with the list: %s", dump(rec))
	}
}
