package extract

import "testing"

// Issue 14's sixty-fifth round: the mediators the fifty-second round
// left, each shape with sentences of its own.

// "X, the Organization of American States (OAS) mediator": the body's
// acronym in brackets between its name and the noun still tells whose
// post it is; the person apposed holds it and the body brokers with them
// (p190, p426).
func TestAcronymBetweenBodyAndMediator(t *testing.T) {
	lead := "Chile and Peru signed a river border accord in Quito on Monday in the presence of "
	wantRoles(t, lead+"Ana Lind, the Organization of American States (OAS) mediator.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind", "Organization of American States"})
	wantRoles(t, "Ana Lind, the Organization of American States (OAS) facilitator for the border, met Chile and Peru's negotiators in Quito on Monday to settle their river border dispute.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind", "Organization of American States"})
}

// "B, whose leaders had brokered earlier agreements between the sides":
// a past perfect told of earlier accords in a relative clause names who
// brokered before, not who brokers the talks of the story (p344, p426).
func TestEarlierBrokersAreNoMediators(t *testing.T) {
	lead := "Chile and Peru signed a river border accord in Quito on Monday, in a deal brokered by Ana Lind. "
	wantRoles(t, lead+"Brazil, whose leaders had brokered earlier, short-lived agreements between the two capitals, sent an observer.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
	// Minimal pair: the relative clause tells the brokering of these talks.
	wantRoles(t, lead+"Brazil, whose leaders brokered the talks with her, sent an observer.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind", "Brazil"})
}

// "the co-chairs A, B and C": people a plural "co-chairs" names right
// after it chair the talks and, not being their sides, broker them
// (p424's "Minsk Group co-chairs A, B and C", p367's "the co-chairs A
// of the United States, B of France and C of Russia").
func TestCoChairsNamedAfterTheNoun(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito on Monday. "
	wantRoles(t, lead+"The co-chairs Ana Lind, Marta Ruiz and Pablo Soto took part in the meeting.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind", "Marta Ruiz", "Pablo Soto"})
	wantRoles(t, lead+"It was attended by the co-chairs Ana Lind of Sweden and Pablo Soto of Spain.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind", "Pablo Soto"})
	// Minimal pair: co-chairs with no names after the noun name no one.
	wantRoles(t, lead+"The co-chairs took part in the meeting.",
		[]string{"Chile", "Peru"}, nil)
}

// "X went back and forth between the two delegations": a plain verb of
// going, with both "back and forth" and "between" after it, is a
// go-between's move (p344, p422), also after a verb of spending ("X spent
// four days going back and forth between ..."). The sides' own "went back
// and forth over the text" brokers nothing.
func TestWentBackAndForthBetween(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito on Monday. "
	wantRoles(t, lead+"Ana Lind went back and forth between the two delegations.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
	wantRoles(t, lead+"Ana Lind spent four days going back and forth between the two delegations' hotel suites.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
	// Minimal pair: the sides haggling, with no "between".
	wantRoles(t, lead+"The two delegations went back and forth over the text until midnight.",
		[]string{"Chile", "Peru"}, nil)
}

// "A Swiss diplomat, X, spent months carrying messages between ...", "The
// chief mediator, former Bolivian president X, spent weeks carrying drafts
// between ...": when the post before the apposition is not read as the
// person, the person apposed to the subject carries the proposals (p242,
// p372, p422). A fronted place set off by commas is no apposition.
func TestApposedPersonCarriesProposals(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito on Monday. "
	wantRoles(t, lead+"A Swiss diplomat, Ana Lind, spent months carrying messages between the two delegations.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
	wantRoles(t, lead+"The chief mediator, former Bolivian president Ana Lind, spent weeks carrying drafts between the two delegations.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
	wantRoles(t, lead+"Late on Sunday, in Lima, two aides carried messages between the two delegations.",
		[]string{"Chile", "Peru"}, nil)
}
