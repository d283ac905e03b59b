package extract

import "testing"

// signing none, stay partners (demonymsOfPosts), as with a treaty.
func TestPactIsANegotiationNoun(t *testing.T) {
	wantRoles(t, "Chile and Peru signed a non-aggression pact on Friday.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chile and Peru on Friday sealed a pact over the river.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "The Chilean and Peruvian foreign ministers welcomed the pact.", nil, nil)
}

// stay a meeting of partners, hyphens or not.
func TestHyphenatedModifierBeforePactNoun(t *testing.T) {
	wantRoles(t, "The presidents of Chile and Peru signed a non-aggression treaty on Monday.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "The presidents of Chile and Peru on Monday reached a long-awaited deal.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "The presidents of Chile and Peru signed a long-term cultural programme.", nil, nil)
	wantRoles(t, "The presidents of Chile and Peru held a two-hour meeting on Monday.", nil, nil)
}
