package extract

import (
	"testing"
)

// Issue 14's three-hundred-and-fourth round: roles, sides told as "the
// government" and "the rebels" with the state and the movement named
// elsewhere (p1856-p1861); the rule with sentences of its own.

// "a truce between the government and the rebels in three months of
// fighting": a span of time after "in" places neither side
// (timeSpanAfterIn, roles genericsides.go; p1856, p1319's shape), and
// "the government" is the state whose official the story put at the
// table ("B's First Vice President N"), not the host its dateline and
// venue name (officialStates, roles officialstate.go; p1856).
func TestGovernmentIsStateOfItsOfficial(t *testing.T) {
	rec := recordAt(t, "Talks resume in Lakeport\n"+
		"LAKEPORT, Kenya, May 5 (Reuters) - Chad's First Vice President Amos Verdal and rebel leader Tomas Brill held talks on Thursday in a lodge near this Kenyan town.\n"+
		"These were the first direct talks in a year, and a truce between the government and the rebels in three months of fighting is hoped for. Brill, chairman of the Southern Liberation Movement (SLM), flew in from the south.\n"+
		"Kenyan mediator Paul Odera, a retired general, chaired the opening session on behalf of the regional bloc.\n", corefPub)

	if !hasPartyNamed(rec, "Chad") || !hasPartyNamed(rec, "Southern Liberation Movement") {
		t.Errorf("want Chad and the movement as parties: %s", dump(rec))
	}
	if hasPartyNamed(rec, "Kenya") {
		t.Errorf("want the host Kenya no party: %s", dump(rec))
	}
}
