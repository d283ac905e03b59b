package extract

import "testing"

// Issue 14's seventy-first round: mediators found but not read as
// mediators, told in the ways the seventy-first probe batch (p458-p463)
// and the probe before it showed, each with sentences of its own.

// "The mediation team is chaired by X", "the panel is chaired by X", "the
// mediation team of former heads of state led by X", "the ... Panel led
// by X": the head of a body that runs the mediation brokers in person
// (p460, p461, p325, p447), even where the state they come from brokers
// already. A side's own team or panel led by someone is no such body.
func TestHeadOfMediationBodyBrokers(t *testing.T) {
	wantRoles(t, "Talks between Chile and the rebel Southern Front opened in Lima on Monday, hosted and facilitated by Peru. The mediation team is chaired by Anna Keller, a retired Peruvian judge.",
		[]string{"Chile", "Southern Front"}, []string{"Anna Keller", "Peru"})
	wantRoles(t, "Chile and the rebel Southern Front opened peace talks in Lima, convened by the Andean Panel of Elders. The panel is chaired by former UN Secretary-General Anna Keller, with two other members.",
		[]string{"Chile", "Southern Front"}, []string{"Anna Keller"})
	wantRoles(t, "Chile and the rebel Southern Front opened peace talks in Lima on Monday, helped by the mediation team of three retired judges led by former Bolivian President Anna Keller.",
		[]string{"Chile", "Southern Front"}, []string{"Anna Keller"})
	// Minimal pairs: a side's own team or panel.
	wantRoles(t, "Chile and the rebel Southern Front opened peace talks in Lima on Monday. The government team is chaired by Anna Keller.",
		[]string{"Chile", "Southern Front"}, nil)
	wantRoles(t, "Chile and the rebel Southern Front opened peace talks in Lima on Monday. The government panel was headed by Anna Keller.",
		[]string{"Chile", "Southern Front"}, nil)
}

// "UN-led peace talks", "AU-led talks": a body that leads talks runs them
// as a third party, as in "talks led by the AU" (p463, p214). A state
// before "-led" may lead its own side, and a coalition is no talks.
func TestHyphenLedTalksBody(t *testing.T) {
	wantRoles(t, "Delegations of Chile and the rebel Southern Front began UN-led peace talks in Geneva on Thursday.",
		[]string{"Chile", "Southern Front"}, []string{"UN"})
	wantRoles(t, "Chile and the rebel Southern Front held AU-led talks in Lima on Monday.",
		[]string{"Chile", "Southern Front"}, []string{"AU"})
	// Minimal pairs: a state before "-led"; "-led" before no negotiation.
	wantRoles(t, "Chile and the rebel Southern Front began Peru-led peace talks in Lima on Thursday.",
		[]string{"Chile", "Southern Front"}, nil)
	wantRoles(t, "Chile and the rebel Southern Front began peace talks in Lima on Thursday, the UN-led mission said.",
		[]string{"Chile", "Southern Front"}, nil)
}
