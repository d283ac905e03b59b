package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-second round: parties missed because no
// negotiation is read (bilateral talks between two states, or a state and
// a movement, whose sentence names no dispute), with sentences of its own.

// "A met B in X. The two ministers discussed the border": the
// sentence after a meeting that goes on about its people ("The two
// <noun>", "Both <noun>", "They", "During the talks") may tell what the
// talks were about: a dispute makes the meeting's two sides parties
// (roles.talksSequel, MeetingSides). The negative cases: a sequel that
// tells no dispute, one that tells only a pact signed (a pact of
// cooperation, p114's shape), a sentence that opens on other people or on
// "the two countries" (p447's shape), and a sequel that names another
// side (p700's shape), or whose dispute is between others.
func TestTalksSequelTellsParties(t *testing.T) {
	parties := func(text string) []string { return partiesOf(t, "Talks\n"+text) }
	lead := "Ghanaian Foreign Minister Ana Lind met her Togolese counterpart Kofi Mensah in Accra on Monday. "
	for _, s := range []string{
		"The two ministers discussed the use of the lagoon and the border crossings.",
		"During the talks, they discussed the border crossings at length.",
		"Both ministers said the dispute over the lagoon could be settled by June.",
	} {
		if got := parties(lead + s); !slices.Equal(got, []string{"Ghana", "Togo"}) {
			t.Errorf("%q: parties %v, want Ghana and Togo", s, got)
		}
	}
	for _, s := range []string{
		"The two ministers opened a cultural centre and praised the ties between the peoples.",
		"The two ministers signed an agreement on the transit of cargo through the port.",
		"The two countries have argued over the border since 1960.",
		"During the talks, Lind conveyed Ghana's concern over the war in Mali.",
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

// "A travelled to X on Thursday to sign a truce with B": the signer of an
// infinitive "to sign" is the traveller named before the trip's verb
// (roles.travellerToSign; p827). The negative cases: a pact of no dispute
// signed on the trip, and a comma between the trip and the signing.
func TestTravellerToSignIsSide(t *testing.T) {
	parties := func(text string) []string { return partiesOf(t, "Deal\n"+text) }
	for _, text := range []string{
		"Ghanaian President Ana Lind travelled to the northern hills on Friday to sign a truce with the rebel Northern Front.",
		"Ghanaian President Ana Lind flew to Lome to sign a border settlement with Togo.",
	} {
		got := parties(text)
		if len(got) != 2 || !slices.Contains(got, "Ghana") {
			t.Errorf("%q: parties %v, want Ghana and the other side", text, got)
		}
	}
	for _, text := range []string{
		"Ghanaian President Ana Lind flew to Lome to sign a trade agreement with Togo.",
	} {
		if got := parties(text); len(got) != 0 {
			t.Errorf("%q: parties %v, want none", text, got)
		}
	}
}
