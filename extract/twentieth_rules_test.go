package extract

import "testing"

// Issue 14's twentieth round: roles on unseen articles — mediators and
// parties that are not states — from the constructions the twentieth
// probe batch (p152-p157) and round 18's misses showed, each with
// sentences of its own.

// A body named head first, its complement after "of" or "for" ("the
// Community of X", "the Centre for Y Dialogue"), is one organization:
// the lay community of p123 and p153, the Geneva centre of p142. Read as
// a title before a name, it was no actor and so no mediator.
func TestHeadFirstBodyName(t *testing.T) {
	lead := "The border talks between Chile and Peru were mediated by the "
	wantRoles(t, lead+"Community of Sanmarco.", []string{"Chile", "Peru"}, []string{"Community of Sanmarco"})
	wantRoles(t, lead+"Centre for Andean Dialogue.", []string{"Chile", "Peru"}, []string{"Centre for Andean Dialogue"})
	// Minimal pair: a lone "Community" names no body.
	wantRoles(t, "The border talks between Chile and Peru were mediated by the Community.", []string{"Chile", "Peru"}, nil)
}

// Such a body is named again by its complement alone ("X's secretary
// general", p153; "X mediation", p123) or its head alone ("the
// Community's envoy", p123; "the Centre hopes", p142): the envoy or the
// officer who brokers the talks brings the body they serve.
func TestHeadFirstBodyShortForms(t *testing.T) {
	lead := "The Community of Sanmarco was founded in 1968. The river dispute between Chile and Peru has dragged on for years. "
	talks := " has acted as a mediator between the two capitals since May."
	wantRoles(t, lead+"Ana Soto, Sanmarco's secretary general,"+talks, []string{"Chile", "Peru"}, []string{"Ana Soto", "Community of Sanmarco"})
	wantRoles(t, lead+"The Community's envoy, Ana Soto,"+talks, []string{"Chile", "Peru"}, []string{"Ana Soto", "Community of Sanmarco"})
	// Minimal pair: an officer of a body named by no head-first name brings
	// no body of that name.
	wantRoles(t, "The river dispute between Chile and Peru has dragged on for years. Ana Soto, a retired judge,"+talks, []string{"Chile", "Peru"}, []string{"Ana Soto"})
}

// A place glued to a participle describes the body after it (the
// eighteenth round's "the Rome-based Community of X", p123), also when
// the place is a city that stands for no state: "the Geneva-based Centre
// for X" (p142) brokers the talks; the city named no actor, and the list
// of agents stopped at it.
func TestCityModifiedMediator(t *testing.T) {
	lead := "Chile and the Andean Liberation Front met on Monday in talks meant to end the war. "
	wantRoles(t, lead+"The talks are facilitated by the Zurich-based Centre for Andean Dialogue.", []string{"Andean Liberation Front", "Chile"}, []string{"Centre for Andean Dialogue"})
	// Minimal pair: the city alone, with no participle, is a venue.
	wantRoles(t, lead+"The talks are held in Zurich.", []string{"Andean Liberation Front", "Chile"}, nil)
}
