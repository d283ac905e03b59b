package extract

import (
	"strings"
	"testing"
)

// Issue 14's two-hundred-and-eighty-third round: meeting places told
// indirectly (p1730-p1735: a broadsheet's "here" under a college town's
// dateline, a wire from a ski resort, an agency's "here" on a summit's
// sidelines, a wire on talks "at the summit in" a country, an agency on a
// visit to "the Eritrean capital", a wire on talks at a frontier town);
// each rule with sentences of its own.

// "A, who arrived here on Thursday, later met B" and "A, who arrived in
// the Freedonian capital on Thursday, also met B that evening": the
// relative clause tells the trip that brought A to the meeting, its city
// told as "here" (the dateline's, even after a paragraph set in another
// town) or as a country's capital (relativeTripPlace, meeting when.go;
// p162, p405, p1733, p1550).
func TestRelativeTripHereOrCapital(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Ministers keep talking over the river\n\nLOME - Benin and Togo kept up their talks on the river border this week. Their foreign ministers met in Cotonou on July 3 and in Kara on July 9.\n\nIn Kara, opposition leader Paul Dossou accused the government of giving the river away.\n\nMinister Ana Lind, who arrived here on Thursday, later met Prime Minister Kofi Mensah.", "Lome"},
		{"Leaders meet at the summit\n\nBy a staff writer\n\nThe summit opened on Saturday. President Ana Lind of Togo, who arrived in the Ghanaian capital on Thursday after a stop in Lome, also met President Kofi Mensah of Ghana, the summit's host, that evening.", "Accra"},
	} {
		held := heldAt(t, c.text, corefPub)
		found := false
		for _, m := range held {
			if strings.Contains(strings.Join(m.Participants, "|"), "Mensah") && strings.Contains(strings.Join(m.Participants, "|"), "Lind") {
				found = true
				if m.Place != c.want {
					t.Errorf("%q: place %q, want %q", c.text, m.Place, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: held %+v, want Lind and Mensah's meeting", c.text, held)
		}
	}
}
