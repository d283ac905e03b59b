package extract

import (
	"slices"
	"testing"
)

// Issue 14's ninety-first round: the sides of mediated talks, each shape
// with sentences of its own.

// talksRoles is every party and every mediator the record names.
func talksRoles(t *testing.T, text string) (parties, mediators []string) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range rec.Negotiations {
		parties = append(parties, n.Parties...)
		mediators = append(mediators, n.Mediators...)
	}
	return parties, mediators
}

// "X carried messages between A and B", "the envoy shuttled between A's
// capital and B's": the shuttle makes X a broker, and the two it goes
// between are the sides (shuttledSides, p372, p358).
func TestShuttledSides(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"Talks\nGENEVA - For most of the winter a Swiss lawyer kept carrying written proposals between the Belgian government and the FLN, aides recalled.", "Belgium", "FLN"},
		{"Talks\nBRUSSELS - The European envoy shuttled between Belgrade and Pristina on Monday in search of a compromise on the licence plates.", "Serbia", "Kosovo"},
		{"Talks\nNAIROBI - Over three days Ms Anna Holt went back and forth between Ethiopia and Eritrea with a draft on the border commission.", "Ethiopia", "Eritrea"},
	} {
		parties, _ := talksRoles(t, c.text)
		if !slices.Contains(parties, c.a) || !slices.Contains(parties, c.b) {
			t.Errorf("%q: parties %v, want %s and %s", c.text, parties, c.a, c.b)
		}
	}
	// Negative: a go-between shuttling between its own state's capital
	// and one side's brings no side at all (the guard of shuttledSides:
	// without it both pairs were read).
	for _, text := range []string{
		"Talks\nDOHA - The Qatari envoy shuttled between Doha and Kabul on Monday with a new offer.",
		"Talks\nOSLO - A Norwegian diplomat spent the week carrying messages between Oslo and Colombo, officials said.",
	} {
		parties, _ := talksRoles(t, text)
		if len(parties) > 0 {
			t.Errorf("%q: parties %v, want none", text, parties)
		}
	}
	// Negative: the two ends of a trip are no second dispute when one is
	// already a side of another pair (dropShuttledEnds): Portugal, the
	// place the envoy also went, is no party.
	parties, _ := talksRoles(t, "Talks\nROME - Talks between Mozambique and Renamo ended on Friday with a ceasefire, under Norwegian mediation. The Norwegian envoy, Anna Holt, had travelled between Maputo and Lisbon several times since May carrying drafts between the two sides.")
	if slices.Contains(parties, "Portugal") || !slices.Contains(parties, "Renamo") {
		t.Errorf("parties %v, want Mozambique and Renamo only", parties)
	}
}
