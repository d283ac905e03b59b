package extract

import (
	"slices"
	"testing"
)

// Issue 14's seventieth round: parties of bilateral talks that no
// negotiation noun names, each shape with sentences of its own.

// "The two sides discussed ... the border": two states at the table
// taking up the line they share negotiate it (p227, p399, p443). A war
// elsewhere, joint patrols along the border or a boundary between two
// others leave the two partners.
func TestTwoSidesTakeUpTheirBorder(t *testing.T) {
	for _, second := range []string{
		"The two sides discussed river traffic and the demarcation of the border near the lakes.",
		"Both ministers also reviewed the reopening of two checkpoints on the common border.",
		"During the meeting, the sides agreed to resume the survey of their boundary in June.",
	} {
		text := "Talks\nThe Foreign Minister of Malawi, Ana Phiri, met the Foreign Minister of Zambia, Ben Lungu, in Lilongwe on Monday. " + second
		if got := partiesOf(t, text); !slices.Equal(got, []string{"Malawi", "Zambia"}) {
			t.Errorf("%q: parties %v, want Malawi and Zambia", text, got)
		}
	}
	for _, second := range []string{
		"The two sides discussed tourism and the war in Sudan.",
		"The two ministers agreed to set up joint patrols along the border.",
		"The two sides discussed river traffic and the price of fertiliser.",
		"The two sides discussed the boundary between Chad and Niger.",
	} {
		text := "Talks\nThe Foreign Minister of Malawi, Ana Phiri, met the Foreign Minister of Zambia, Ben Lungu, in Lilongwe on Monday. " + second
		if got := partiesOf(t, text); slices.Contains(got, "Malawi") || slices.Contains(got, "Zambia") {
			t.Errorf("%q: parties %v, want neither Malawi nor Zambia", text, got)
		}
	}
}
