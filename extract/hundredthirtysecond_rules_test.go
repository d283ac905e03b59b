package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-second round: parties missed because no
// negotiation is read (bilateral talks between two states, or a state and
// a movement, whose sentence names no dispute), with sentences of its own.

// "A met B in X. The two ministers signed a deal on the river": the
// sentence after a meeting that goes on about its people ("The two
// <noun>", "Both <noun>", "They", "During the talks") may tell what the
// talks settled, which makes the meeting's two sides parties
// (roles.talksSequel, MeetingSides). The negative cases: a sequel that
// tells no dispute and no pact, a sentence that opens on other people,
// and a sequel whose dispute is between others.
func TestTalksSequelTellsParties(t *testing.T) {
	parties := func(text string) []string { return partiesOf(t, "Talks\n"+text) }
	lead := "Ghanaian Foreign Minister Ana Lind met her Togolese counterpart Kofi Mensah in Accra on Monday. "
	for _, s := range []string{
		"The two ministers signed an agreement on the use of the lagoon.",
		"During the talks, they discussed the border crossings at length.",
		"Both ministers agreed a deal on the lagoon.",
	} {
		if got := parties(lead + s); !slices.Equal(got, []string{"Ghana", "Togo"}) {
			t.Errorf("%q: parties %v, want Ghana and Togo", s, got)
		}
	}
	for _, s := range []string{
		"The two ministers opened a cultural centre and praised the ties between the peoples.",
		"Farmers in the east signed an agreement with the lagoon authority.",
	} {
		if got := parties(lead + s); len(got) != 0 {
			t.Errorf("%q: parties %v, want none", s, got)
		}
	}
	s := "The two ministers discussed the border dispute between Mali and Niger."
	if got := parties(lead + s); slices.Contains(got, "Ghana") {
		t.Errorf("%q: parties %v, want no Ghana", s, got)
	}
}
