package extract

import "testing"

// signing none, stay partners (demonymsOfPosts), as with a treaty.
func TestPactIsANegotiationNoun(t *testing.T) {
	wantRoles(t, "Chile and Peru signed a non-aggression pact on Friday.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chile and Peru on Friday sealed a pact over the river.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "The Chilean and Peruvian foreign ministers welcomed the pact.", nil, nil)
}
