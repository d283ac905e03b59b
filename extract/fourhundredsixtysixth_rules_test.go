package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-sixty-sixth round: a targeted batch on places
// told by venue or by reference (p2828-p2833: a wire story on foreign
// ministers' talks at a hotel, a Pakistani daily's "in this city", a
// Ugandan paper on talks at a State House, a Brussels weekly on talks at
// the Commission's headquarters, an agency story on talks in a capital's
// suburb, a wire story whose later meetings take its dateline's city);
// each rule with sentences of its own.

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
		if m, ok := heldMeeting(rec, "Jan Kowal", "Ola Nowak"); !ok || m.Place != c.want {
			got := "no held meeting"
			if ok {
				got = m.Place
			}
			t.Errorf("%q: place %q, want %q: %s", c.line, got, c.want, dump(rec))
		}
	}
}
