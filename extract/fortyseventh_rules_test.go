package extract

import (
	"slices"
	"testing"
)

// Issue 14's forty-seventh round: parties of talks with no mediator that
// were found but given no role, the shapes the probe's role errors of
// that kind showed, each with sentences of its own.

// "The foreign ministers of A and B, X and Y": a plural title over two
// states with the two holders in apposition gives each the post in the
// state named in the same place (p229 twice, p25, p94).
func TestRespectivePostsInApposition(t *testing.T) {
	ps := personsOf(t, "The trade ministers of Peru and Chile, Ana Rossi and Piet Grout, met in Arica on Tuesday.")
	if !slices.Equal(ps["Ana Rossi"], []string{"trade minister @ Peru"}) || !slices.Equal(ps["Piet Grout"], []string{"trade minister @ Chile"}) {
		t.Errorf("respective posts not read: %v", ps)
	}
	// A single title over one state gives no one a post in a second one.
	ps = personsOf(t, "The minister of Peru, Ana Rossi, met Piet Grout in Arica on Tuesday.")
	if slices.Contains(ps["Piet Grout"], "minister @ Peru") {
		t.Errorf("a post given past the apposition: %v", ps)
	}
}

// "The two sides disagreed until the last day": when the story's
// meetings bring more than two sides together (a host who received the
// leaders, a third state at another meeting), the two sides are those of
// the meeting told just before (p229; p61 and p97 read alike).
func TestTwoSidesOfTheNearestMeeting(t *testing.T) {
	host := "On Monday the French foreign minister, Jean Morel, received Ana Rossi of Peru and Piet Grout of Chile in Paris. "
	wantRoles(t, host+"The foreign ministers of Peru and Chile, Ana Rossi and Piet Grout, met four times in Lima since May. The two sides disagreed until the last day on the fishing line.",
		[]string{"Chile", "Peru"}, nil)
	// The meeting told last has three sides: no pair is read; nor of "the
	// two leaders", who may be any two of the people met (the
	// thirty-first round's minimal pair).
	wantRoles(t, "Ana Rossi of Peru and Piet Grout of Chile met in Lima on Monday. On Tuesday the French foreign minister, Jean Morel, received Ana Rossi and Piet Grout together in Paris. The two sides disagreed until the last day on the fishing line.",
		nil, nil)
	wantRoles(t, host+"The foreign ministers of Peru and Chile, Ana Rossi and Piet Grout, met four times in Lima since May. The two leaders disagreed until the last day on the fishing line.",
		nil, nil)
}

// "X, who has mediated between the neighbours since 2002": brokering
// between the sides' own noun, with or without "two", tells their
// negotiation, the sides being those the story's meetings bring together
// (p279; p70, p158, p244 read alike).
func TestBrokeredBetweenTheNeighbours(t *testing.T) {
	lead := "President Ana Lind of Chile received President Juan Sol of Peru in Santiago on Friday. "
	wantRoles(t, lead+"The two presidents met again on Saturday with the United Nations envoy Rosa Quint, who has mediated between the neighbours since 2002.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint", "United Nations"})
	// Minimal pair: brokering between two others, in a sentence on "the
	// two leaders", is another negotiation (p93).
	wantRoles(t, lead+"The two leaders welcomed the efforts of Norway to mediate between the army and the Northern Front.",
		nil, []string{"Norway"})
}

// "ended a two-year quarrel over tuna licences": a quarrel is a dispute,
// so "A and B" around it are its sides (p256; p305's and p266's quarrels
// are told of the same pairs).
func TestQuarrelIsADispute(t *testing.T) {
	wantRoles(t, "The prime ministers of Peru and Chile ended a long quarrel over fishing licences on Thursday.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Peru and Chile ended their quarrel over the river in Arica.", []string{"Chile", "Peru"}, nil)
	// Minimal pair: cooperation with no quarrel makes no sides.
	wantRoles(t, "Peru and Chile agreed joint fishery patrols after talks in Arica.", nil, nil)
}

// "her Cape Verdean counterpart, X": the common spelling of the demonym
// (the country data has "Cape Verdian") gives X the side (p170, p301,
// p302).
func TestCapeVerdeanDemonym(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Title\nSenegal's foreign minister, Awa Ndiaye, held talks with her Cape Verdean counterpart, Luis Semedo, in Praia on Tuesday.", Published: rulesPub})
	if err != nil {
		t.Fatal(err)
	}
	side := ""
	for _, a := range rec.Actors {
		if a.Name == "Luis Semedo" {
			side = a.Affiliation
		}
	}
	if side != "Cape Verde" {
		t.Errorf("Luis Semedo's side %q, want Cape Verde", side)
	}
}
