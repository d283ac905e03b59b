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
	wantRoles(t, lead+"Community of San Marco.", []string{"Chile", "Peru"}, []string{"Community of San Marco"})
	wantRoles(t, lead+"Centre for Andean Dialogue.", []string{"Chile", "Peru"}, []string{"Centre for Andean Dialogue"})
	// Minimal pair: a lone "Community" names no body.
	wantRoles(t, "The border talks between Chile and Peru were mediated by the Community.", []string{"Chile", "Peru"}, nil)
}
