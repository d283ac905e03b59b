package extract

import "testing"

// Issue 14's sixtieth round: the parties and mediators of mediated talks,
// told in the ways the sixtieth probe batch (p392-p397) and the probe
// before it showed, each with sentences of its own.

// "with Qatari mediators carrying proposals", "with Omani mediators
// taking part": a plural mediator noun after a state's demonym names no
// person, so the state brokers; its sides stay the sides, and a pair read
// elsewhere with that state as a side gives way (p394, p54).
func TestDemonymMediatorsMakeTheirStateABroker(t *testing.T) {
	wantRoles(t, "Chile and the rebel Southern Front began indirect talks in Lima on Monday, with Swiss mediators carrying proposals between the two delegations.",
		[]string{"Chile", "Southern Front"}, []string{"Switzerland"})
	wantRoles(t, "Chile and the rebel Southern Front held talks in Lima on Monday on the ceasefire, with Swiss and Norwegian mediators taking part.",
		[]string{"Chile", "Southern Front"}, []string{"Norway", "Switzerland"})
	// Minimal pair: a singular noun is one person's post, whose state is
	// credited only through that person.
	wantRoles(t, "Chile and the rebel Southern Front held talks in Lima on Monday on the ceasefire, with the Swiss mediator, Anna Keller, taking part.",
		[]string{"Chile", "Southern Front"}, []string{"Anna Keller"})
	// A demonym before another plural noun brokers nothing.
	wantRoles(t, "Chile and the rebel Southern Front held talks in Lima on Monday on the ceasefire, with Swiss diplomats taking part.",
		[]string{"Chile", "Southern Front"}, nil)
}
