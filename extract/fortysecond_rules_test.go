package extract

import "testing"

// Issue 14's forty-second round: mediators found but not read as such,
// the shapes the forty-second probe batch (p284-p289) and the probe
// showed, each with sentences of its own.

// "facilitated by the Union's special envoy, X, and U.S. envoy Y": a second agent
// joined by "and" after the first agent's title, comma and name is a
// broker too (p287; p129's "the Head of the Mission, Ambassador X, and
// her deputy ..., Y"). The second conjunct must be a title phrase that
// closes on its person: a new clause after ", and" adds nobody (p265).
func TestCoordinatedTitledAgent(t *testing.T) {
	lead := "The river dispute between Chile and Peru has dragged on for years. "
	wantRoles(t, lead+"The talks were facilitated by the head of the OSCE Mission, Ambassador Ana Kovac, and her deputy for minority affairs, Lars Holm.",
		[]string{"Chile", "Peru"}, []string{"Ana Kovac", "Lars Holm"})
	wantRoles(t, lead+"The talks were facilitated by the African Union's special envoy, former Malian president Ibrahim Keita, and U.S. envoy James Pardew, who drafted the text.",
		[]string{"Chile", "Peru"}, []string{"Ibrahim Keita", "James Pardew", "United States"})
	// Minimal pair: after ", and" a new clause with its own verb names a
	// side's head of delegation, no second chair.
	wantRoles(t, lead+"The talks were facilitated by the head of the OSCE Mission, Ambassador Ana Kovac, and the Peruvian delegation was led by the deputy minister, Lars Holm.",
		[]string{"Chile", "Peru"}, []string{"Ana Kovac"})
}

// "X then carried proposals between the two delegations", "X of B, who
// since 1982 has carried proposals between ...": an adverb of time
// between the go-between and the shuttle verb leaves X its subject
// (p273, p289). A state after "of" with no title before the name says
// where X comes from, not whom X serves: it brokers nothing.
func TestCarrierAcrossTimeAdverb(t *testing.T) {
	lead := "Chile and Peru signed a border accord on Monday after talks in Geneva. "
	wantRoles(t, lead+"Kwame Boateng then carried proposals between the two delegations' hotels for a week.",
		[]string{"Chile", "Peru"}, []string{"Kwame Boateng"})
	wantRoles(t, lead+"Pedro Alvarez of Ecuador, who since 1990 has carried proposals between the Chilean and Peruvian delegations, said he was pleased.",
		[]string{"Chile", "Peru"}, []string{"Pedro Alvarez"})
	// Minimal pair: the same adverb before a verb that carries nothing
	// between the sides.
	wantRoles(t, lead+"Kwame Boateng then carried his bags to the airport.",
		[]string{"Chile", "Peru"}, nil)
}

// "A and B, which had offered to mediate earlier, welcomed the accord":
// an offer in the past perfect was overtaken by the talks the story
// tells, and its makers broker nothing (p303, p217, p192). An offer in
// the present perfect is a standing policy and still gives the role
// (p50).
func TestPastOfferNoBroker(t *testing.T) {
	lead := "Chile and Peru signed a border treaty in Quito on Monday, ending their dispute. "
	wantRoles(t, lead+"Brazil and Argentina, which had offered to mediate in the early months of the dispute, sent their ministers to the ceremony.",
		[]string{"Chile", "Peru"}, nil)
	// Minimal pair: the standing offer.
	wantRoles(t, lead+"Brazil, which has offered to mediate between the two, sent its minister to the ceremony.",
		[]string{"Chile", "Peru"}, []string{"Brazil"})
}

// "X, the former British foreign secretary, chaired the talks": a post
// told after the name as one its holder left serves no state, as a
// "former" title before the name already did (p241, p285). A post held
// now still brings its state.
func TestFormerPostAfterName(t *testing.T) {
	lead := "The river dispute between Chile and Peru has dragged on for years. "
	wantRoles(t, lead+"Alan Whitby, the former British foreign secretary, chaired the talks in Quito on Monday.",
		[]string{"Chile", "Peru"}, []string{"Alan Whitby"})
	wantRoles(t, lead+"Alan Whitby, Britain's former foreign secretary, chaired the talks in Quito on Monday.",
		[]string{"Chile", "Peru"}, []string{"Alan Whitby"})
	// Minimal pair: the post held now.
	wantRoles(t, lead+"Alan Whitby, Britain's foreign secretary, chaired the talks in Quito on Monday.",
		[]string{"Chile", "Peru"}, []string{"Alan Whitby", "United Kingdom"})
}

// "the good offices of X", "Gambian good offices": the diplomats' word
// for mediation names its broker as "mediation" does (p213; p289's "the
// good offices of the Secretary-General's personal representative, X").
// "Good" must stand before "offices": a body's offices are a place.
func TestGoodOffices(t *testing.T) {
	lead := "The river dispute between Chile and Peru has dragged on for years. "
	wantRoles(t, lead+"The accord owes much to the good offices of Norway, which hosted both delegations.",
		[]string{"Chile", "Peru"}, []string{"Norway"})
	wantRoles(t, lead+"The accord was reached after months of Norway's good offices.",
		[]string{"Chile", "Peru"}, []string{"Norway"})
	// Minimal pair: offices as a place.
	wantRoles(t, lead+"The delegations met in the offices of Norway's embassy in Lima.",
		[]string{"Chile", "Peru"}, nil)
}
