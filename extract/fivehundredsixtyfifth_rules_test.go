package extract

import (
	"slices"
	"testing"
)

// Issue 14's five-hundred-and-sixty-fifth round: a batch targeted at
// roles (p3422-p3427: wires, agencies and broadsheets, 1927-1991, on
// conferences and talks that ended with or without agreement — a
// mediated border accord in Mogadishu, a reparations conference at The
// Hague, independence talks in Geneva, ties restored in Jerusalem, a
// charter of two presidents in Baghdad, a naval conference that broke
// down); each rule with sentences of its own.

// "The conference between A and B" names the two sides of a negotiation
// as "the talks between A and B" does (conferenceBetweenNouns; p1444,
// p2331, p2348): the older papers' word for a negotiating sitting, with
// a modifier before it ("the constitutional conference") or none. The
// negative case: "a news conference between sessions" of a fair is a
// sitting with reporters and joins no sides.
func TestConferenceBetweenSidesNegotiates(t *testing.T) {
	parties := func(text string) []string { return partiesOf(t, "Frontier talks\n"+text) }
	text := "VALMONT, June 3. The conference between Chile and Peru continued today with a long sitting on the frontier question."
	if got := parties(text); !slices.Equal(got, []string{"Chile", "Peru"}) {
		t.Errorf("want Chile and Peru as parties, got %v", got)
	}
	text = "VALMONT, June 3. The constitutional conference between the Chilean Government and the Peruvian delegation was adjourned this evening."
	if got := parties(text); !slices.Contains(got, "Chile") {
		t.Errorf("want Chile a party of the constitutional conference, got %v", got)
	}
	text = "VALMONT, June 3. Minister Karel Vost held a news conference between sessions of the Chile and Peru trade fair."
	if got := parties(text); len(got) != 0 {
		t.Errorf("a news conference read as a negotiation, got %v", got)
	}
}
