package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-third round: a stranger's batch of wire
// copy and agency notes on 2020s ceasefire and hostage talks (p1850-p1855:
// a wire on foreign ministers' truce talks, a wire on an African Union
// mediated truce, a wire on spy chiefs' hostage talks, an agency note on
// a minister receiving two armed sides, an agency note on a president
// receiving two delegations, an agency wire on envoys visiting a rebel
// capital); each rule with sentences of its own.

// "met near X ... to discuss a plan to halt the shelling in Z": a lead that puts its
// meeting on a city's outskirts is set in that city; the "in Z" of the
// topic after it does not move the story there, under a dateline or
// without one (outskirtsCue, meeting places.go; p1852, p1205).
func TestLeadNearCityKeepsStory(t *testing.T) {
	pub := time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Envoys meet\n\nGENEVA (Wire) - Two intelligence chiefs met near Geneva on Tuesday to discuss a plan to halt the shelling in Aleppo, aides said.\n\nIntelligence chief Tomas Verholt met spy chief Ilse Marrack, officials said.",
		"Envoys meet\n\nTwo intelligence chiefs met outside Geneva on Tuesday to discuss a plan to halt the shelling in Aleppo, aides said.\n\nIntelligence chief Tomas Verholt met spy chief Ilse Marrack, officials said.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range rec.Meetings {
			if len(m.Participants) == 2 {
				found = true
				if m.Place != "Geneva" {
					t.Errorf("%q: meeting placed in %q, want Geneva", text, m.Place)
				}
			}
		}
		if !found {
			t.Errorf("%q: no meeting", text)
		}
	}
}
