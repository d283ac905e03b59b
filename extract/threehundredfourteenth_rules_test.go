package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-fourteenth round: Balkans and Caucasus
// peace talks of the 1990s and 2000s (p1916-p1921: a 1993 wire on
// mediators' talks aboard a carrier, a 2001 wire on two presidents' talks
// opened by a secretary of state, a 1997 agency on two leaders' first
// talks since a war, a 2006 agency on two delegations' first direct
// talks, a 1995 agency on three foreign ministers' talks, a 1996 agency on
// two leaders' talks in a third republic); each rule with sentences of
// its own.

// A town told as what the sides fight over ("their conflict over the
// mountain town of X", "a quarrel over the islet of Y") is no place of
// the meeting: the dateline's city is (disputedPlace, meeting/when.go;
// p1917, also p1202, p1158). The negative case: talks opened "in the
// town of X" are still in X.
func TestDisputedPlaceNoVenue(t *testing.T) {
	pub := time.Date(2003, 5, 6, 0, 0, 0, 0, time.UTC)
	story := func(phrase string) string {
		return "Talks open\n\nOSLO, May 6 (Agency) - Foreign Minister Arno Weisz opened talks on Tuesday between President Piet Oster and President Jan Dorn, " + phrase +
			". Oster and Dorn then sat down together for three hours with their delegations.\n"
	}
	for _, c := range []struct{ phrase, city string }{
		{"urging them to end their long conflict over the mountain town of Brcko", "Oslo"},
		{"urging them to settle their quarrel over the town of Brcko", "Oslo"},
		{"urging them to end their long conflict, in the mountain town of Brcko", "Brcko"},
	} {
		rec := recordAt(t, story(c.phrase), pub)
		m := meetingWith(rec, "Piet Oster", "Jan Dorn")
		if m == nil || m.Place != c.city {
			t.Errorf("%q: want the meeting in %s: %s", c.phrase, c.city, dump(rec))
		}
	}
}
