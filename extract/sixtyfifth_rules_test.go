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
