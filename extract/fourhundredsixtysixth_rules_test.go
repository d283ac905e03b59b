package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-sixty-sixth round: a targeted batch on places
// told by venue or by reference (p2828-p2833: a wire story on foreign
// ministers' talks at a hotel, a Pakistani daily's "in this city", a
// Ugandan paper on talks at a State House, a Brussels weekly on talks at
// the Commission's headquarters, an agency story on talks in a capital's
// suburb, a wire story whose later meetings take its dateline's city);
// each rule with sentences of its own.

// fourhundredsixtysixthPlaceOf: the place of the held meeting with every
// one of names, "-" when there is none.
func fourhundredsixtysixthPlaceOf(rec graph.Record, names ...string) string {
	for _, m := range rec.Meetings {
		if m.Status != graph.Held {
			continue
		}
		all := true
		for _, n := range names {
			found := false
			for _, p := range m.Participants {
				found = found || p == n
			}
			all = all && found
		}
		if all {
			return m.Place
		}
	}
	return "-"
}

// "held talks at the Commission's headquarters", "at NATO's
// headquarters": the body's seat is the meeting's city when the story
// names none (bodyHeadquarters; p2831, p2762). The negative case: "at the
// UN's headquarters in Geneva" keeps the city told there.
func TestBodyHeadquartersPlacesTheMeeting(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Prime Minister Jan Kowal held talks with Commissioner Ola Nowak at the Commission's headquarters on Tuesday.", "Brussels"},
		{"Prime Minister Jan Kowal met Ola Nowak, the alliance's deputy chief, at NATO's headquarters on Tuesday.", "Brussels"},
		{"Prime Minister Jan Kowal met Ola Nowak, a senior envoy, at the UN's headquarters in Geneva on Tuesday.", "Geneva"},
	} {
		rec := corefRecord(t, "Talks on reforms\n"+c.line)
		if got := fourhundredsixtysixthPlaceOf(rec, "Jan Kowal", "Ola Nowak"); got != c.want {
			t.Errorf("%q: place %q, want %q: %s", c.line, got, c.want, dump(rec))
		}
	}
}
