package extract

import (
	"slices"
	"testing"
)

// Issue 14's three-hundred-and-seventy-eighth round: places of meetings
// held at a named venue (p2300-p2305); each rule with sentences of its own.

// placesAtVenue lists the place of each meeting (held or planned) whose
// participants include a and b.
func placesAtVenue(t *testing.T, text, a, b string) []string {
	t.Helper()
	rec := corefRecord(t, text)
	var out []string
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			out = append(out, m.Place)
		}
	}
	return out
}

// "received B at the presidential office ... in the evening saw C at the
// presidential office, and is due to host D on Thursday":
// a meeting told "at the" venue an earlier meeting of the story was held
// at stands where that one was placed, whatever date the sentence lends it
// (meeting/venues.go VenuePlaces; p2302). "at the palace" points back to
// "at the royal palace in X" as well, not to a city of the meetings told
// between. The negative case: a venue the story placed nowhere gives none.
func TestDefiniteVenueKeepsItsPlace(t *testing.T) {
	office := "Brem, Renner agree to reopen border crossings\n\nACCRA, May 6 (GNA) -- President Aldo Brem and Norland's Foreign Minister Ivo Renner agreed on Tuesday to reopen two border crossings by the end of the year, the presidency said.\n\nBrem received Renner at the presidential office shortly after his swearing-in at the parliament. The talks lasted an hour.\n\nRenner arrived late on Monday from Lome, where he had met Prime Minister Pia Sorell.\n\nThe two sides agreed that trade must grow, a spokesman said.\n\nIn the evening Brem saw Lars Odden, the Marovian Prime Minister, in town for the swearing-in, at the presidential office, and he is due to host Vice Premier Otto Kamm on Thursday.\n"
	if ps := placesAtVenue(t, office, "Aldo Brem", "Lars Odden"); len(ps) == 0 || slices.ContainsFunc(ps, func(p string) bool { return p != "Accra" }) {
		t.Errorf("places %q, want the presidential office's Accra", ps)
	}
	palace := "Leaders open talks\n\nPresident Aldo Brem and Prime Minister Ivo Renner sat down on Monday at the royal palace in Rabat for two days of talks on water.\n\nThe two had met in Tunis in March, and their ministers met in Algiers in April.\n\nBrem and Renner are to meet again at the palace on July 20.\n"
	if ps := placesAtVenue(t, palace, "Aldo Brem", "Ivo Renner"); !slices.Equal(ps, []string{"Rabat", "Tunis", "Algiers", "Rabat"}) {
		t.Errorf("places %q, want the July meeting at the palace in Rabat", ps)
	}
	nowhere := "Leaders open talks\n\nPresident Aldo Brem and Prime Minister Ivo Renner had met in Tunis in March.\n\nBrem and Renner are to meet again at the palace on July 20.\n"
	for _, m := range corefRecord(t, nowhere).Meetings {
		if m.Date == "2025-07-20" && m.Place != "" {
			t.Errorf("place %q: a palace the story placed nowhere takes no earlier city", m.Place)
		}
	}
}
