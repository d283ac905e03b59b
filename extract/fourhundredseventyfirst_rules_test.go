package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-seventy-first round: a targeted batch on
// East Asian names (p2858-p2863: a Vietnamese agency on a Chinese top
// legislator's talks in Hanoi, a Seoul agency on the first inter-Korean
// ministerial talks, a Chinese agency on a premier's talks in Hanoi, a
// Vietnamese agency on a Chinese vice president's visit, a wire on
// trade talks in London, a Chinese agency on a top legislator's talks
// in Pyongyang); each rule with sentences of its own.

// "the accords reached by A and B during the latter's state visit to
// Freedonia last December", "A and B held talks during a visit to P":
// the meeting was held where the visit went — the city, or the country
// when no city is told and no other rule placed the meeting (p2858,
// p1642; the city's case p2071). The negative case: a visit to the
// country whose capital the dateline names leaves the dateline's city.
func TestDuringVisitToPlacesTheMeeting(t *testing.T) {
	lead := "Ministers confer\nPresident Jan Kowal of Peru met Foreign Minister Piotr Zielinski of Chile in Lima on Monday.\n"
	for _, c := range []struct{ line, want string }{
		{"Kowal said the two sides would carry out the accords reached by Prime Minister Tomas Berg and President Ola Nowak during the latter's state visit to Chile last December.", "Chile"},
		{"Prime Minister Tomas Berg and President Ola Nowak held talks during a visit to Quito last month.", "Quito"},
	} {
		rec := corefRecord(t, lead+c.line)
		if m, ok := heldMeeting(rec, "Tomas Berg", "Ola Nowak"); !ok || m.Place != c.want {
			t.Errorf("%q: want the Berg-Nowak meeting in %s, got %q (found %v): %s", c.line, c.want, m.Place, ok, dump(rec))
		}
	}
	rec := corefRecord(t, "Ministers confer\nLIMA, March 4 (Reuters) - President Ola Nowak of Chile held talks with President Tomas Berg on Monday during his state visit to Peru.")
	if m, _ := heldMeeting(rec, "Tomas Berg", "Ola Nowak"); m.Place != "Lima" {
		t.Errorf("a visit to the dateline's country: want Lima, got %q: %s", m.Place, dump(rec))
	}
}
