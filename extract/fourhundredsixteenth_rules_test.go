package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-sixteenth round: negotiations told without
// a talks noun, by their sides meeting (p2528-p2533); each rule with
// sentences of its own.

// "Delegations from A and B met in P": the two whose delegations are the
// subject of a meeting verb are the sides (delegationsMetSides,
// roles/delegationsmet.go; p388, p2528, p2532), not the weak mediators
// that "negotiators from C" sent to another pair's talks stay.
func TestDelegationsFromTwoThatMetAreSides(t *testing.T) {
	for _, s := range []string{
		"Delegations from Kenya and Uganda met in Arusha on Monday.",
		"Military delegations from Ghana and Peru secretly met near Lima today.",
		"Negotiators from Chile and Bolivia have met in Lima on Friday.",
	} {
		parties, mediators := rolesIn(t, s)
		if !slices.Equal(parties, []string{"Kenya", "Uganda"}) && !slices.Equal(parties, []string{"Ghana", "Peru"}) && !slices.Equal(parties, []string{"Bolivia", "Chile"}) {
			t.Errorf("want the two as parties, got parties %v mediators %v (%s)", parties, mediators, s)
		}
		if len(mediators) != 0 {
			t.Errorf("want no mediators, got %v (%s)", mediators, s)
		}
	}
	// Negative: negotiators from third parties sent to talks between two
	// others, with no meeting verb of their own, stay brokers.
	parties, mediators := rolesIn(t, "The border talks between Ghana and Togo in Lome next week are to include negotiators from Benin, Niger and Mali.")
	if !slices.Equal(parties, []string{"Ghana", "Togo"}) || !slices.Equal(mediators, []string{"Benin", "Mali", "Niger"}) {
		t.Errorf("want parties Ghana, Togo and mediators Benin, Mali, Niger, got %v %v", parties, mediators)
	}
}
