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
// p1905, p760, p1098). The negative case: a present state's capital is
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
