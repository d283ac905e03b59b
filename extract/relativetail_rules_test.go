package extract

import (
	"fmt"
	"testing"
)

// A time after a relative clause on a person, set off by commas, is the
// meeting's: "A met B, who leads a faction, at a hotel on Monday". Every
// relative pronoun of a person, with and without a place before the time,
// for a weekday and a calendar day. The relative clause's own time is
// never the meeting's, and an unclosed relative clause lends none.
func TestTimeAfterPersonRelative(t *testing.T) {
	times := []struct{ phrase, want string }{
		{"on Monday", "2025-05-05"},
		{"on Monday afternoon", "2025-05-05"},
		{"on 3 May", "2025-05-03"},
	}
	relatives := []string{
		"who leads a small faction of the party",
		"whom the council named as its envoy",
		"who heads the smaller of the two delegations",
	}
	for _, tm := range times {
		for _, rel := range relatives {
			for _, place := range []string{"", "at a hotel in Accra "} {
				text := fmt.Sprintf("Talks\nOla Hansen met Kofi Mensah, %s, %s%s.", rel, place, tm.phrase)
				ms := heldAt(t, text, corefPub)
				if len(ms) != 1 || ms[0].Date != tm.want {
					t.Errorf("%q: meetings %+v, want one on %s", text, ms, tm.want)
				}
			}
		}
	}
	for _, text := range []string{
		// The relative clause's own time: not the meeting's.
		"Talks\nOla Hansen met Kofi Mensah, who had arrived on 3 May, at a hotel in Accra.",
		// Never closed: what follows is the relative clause's.
		"Talks\nOla Hansen met Kofi Mensah, who had flown in from Accra on 3 May.",
	} {
		for _, m := range heldAt(t, text, corefPub) {
			if m.Date == "2025-05-03" {
				t.Errorf("%q: meeting dated %s, the relative clause's day", text, m.Date)
			}
		}
	}
}
