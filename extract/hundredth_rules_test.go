package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundredth round: parties missed where the article tells a
// negotiation without the dispute words the rules know, each shape with
// sentences of its own.

// "talks among A, B and C": an "among" list after a negotiation noun
// names its sides, as "between A and B" does for two (amongSides, p637).
// A summit among them, or talks among them framed as cooperation, join
// no sides.
func TestTalksAmongSides(t *testing.T) {
	for _, text := range []string{
		"River talks\nADDIS ABABA, March 3 - Two days of negotiations among Chile, Peru and Bolivia on the sharing of the lake ended on Friday without a text.",
		"River talks\nADDIS ABABA, March 3 - Officials said the talks among Chile, Peru and Bolivia over the lake would resume in May.",
	} {
		parties, _ := talksRoles(t, text)
		for _, s := range []string{"Chile", "Peru", "Bolivia"} {
			if !slices.Contains(parties, s) {
				t.Errorf("%q: %s is no party: %v", text, s, parties)
			}
		}
	}
	for _, text := range []string{
		"Summit\nADDIS ABABA, March 3 - A summit among Chile, Peru and Bolivia ended on Friday with a group photograph.",
		"Visit\nADDIS ABABA, March 3 - Talks among Chile, Peru and Bolivia on tourism, culture and education ended on Friday.",
	} {
		if parties, _ := talksRoles(t, text); len(parties) > 0 {
			t.Errorf("%q: parties %v", text, parties)
		}
	}
}

// "the A-EU talks", "talks between A and the EU": a union of states that
// negotiates treaties as one side is a side beside the state (bloc,
// pairRole), though as an organization it was no side before (p636).
// Beside a state in a plain "A and the EU" the bloc only urges the sides,
// and a bloc that brokers ("EU-brokered talks between A and B") stays
// the broker.
func TestBlocSide(t *testing.T) {
	for _, text := range []string{
		"Trade talks stall\nCANBERRA, March 3 - Talks between New Zealand and the European Union on a free trade pact stalled on Friday over dairy quotas.",
		"Trade talks stall\nCANBERRA, March 3 - Wellington walked away on Friday. The New Zealand-EU negotiations began in 2018 and had gone through twelve rounds.",
	} {
		parties, _ := talksRoles(t, text)
		if !slices.Contains(parties, "New Zealand") || !slices.Contains(parties, "European Union") && !slices.Contains(parties, "EU") {
			t.Errorf("%q: parties %v", text, parties)
		}
	}
	text := "Talks\nBELGRADE, March 3 - Serbia and Kosovo resumed negotiations on Friday. The United States and the European Union urged both sides to keep talking."
	if parties, _ := talksRoles(t, text); slices.Contains(parties, "European Union") || slices.Contains(parties, "United States") {
		t.Errorf("%q: parties %v", text, parties)
	}
	text = "Talks\nBRUSSELS, March 3 - The EU-brokered talks between Serbia and Kosovo resumed on Friday."
	if parties, meds := talksRoles(t, text); slices.Contains(parties, "EU") || !slices.Contains(meds, "EU") {
		t.Errorf("%q: parties %v, mediators %v", text, parties, meds)
	}
}
