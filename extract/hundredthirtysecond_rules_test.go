package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-second round: parties missed because no
// negotiation is read (bilateral talks between two states, or a state and
// a movement, whose sentence names no dispute), with sentences of its own.

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
