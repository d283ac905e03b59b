package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-sixteenth round: roles — the parties of a
// negotiation told through their leaders only (p1928-p1933: a president
// and a rebel leader sign, and the state or movement each stands for is
// told by the post in front of the name). Each rule with sentences of
// its own.

// "Nigerian head of state X": the lower-case post "head of state" before a
// name is a post of the state its demonym names, as "Nigerian President
// X" is (headOfStateTitle, actors/headofstate.go; p1498, p1781), so the
// leader who signs stands for that state.
func TestHeadOfStateBeforeNameIsStatePost(t *testing.T) {
	rec := corefRecord(t, "Leaders sign treaty\nNigerian head of state Tomas Adebe and Chadian President Paul Renko signed a border treaty in Geneva on Tuesday.")
	for _, s := range []string{"Nigeria", "Chad"} {
		if !partyNamed(rec, s) {
			t.Errorf("want %s a party: %s", s, dump(rec))
		}
	}
}

// "Zorab rebel leader X": one unknown capitalized word right before a
// lower-case "rebel" or "guerrilla" is an armed group's label, the group
// the leader stands for (rebelLabelGroups, mention/rebellabel.go; p1929,
// p1859, p251, p929). The negative cases: a faith ("Muslim rebels") names
// no group, and a name before plural bodies ("two Zorab rebel movements")
// is a region's.
func TestLabelBeforeRebelIsGroup(t *testing.T) {
	rec := corefRecord(t, "Rebels sign treaty\nChadian President Paul Renko and Zorab rebel leader Ibra Moussa signed a peace agreement in Geneva on Tuesday.")
	if !partyNamed(rec, "Zorab") || !partyNamed(rec, "Chad") {
		t.Errorf("want Chad and Zorab the parties: %s", dump(rec))
	}
	rec = corefRecord(t, "Rebels sign treaty\nChadian President Paul Renko and Muslim rebel leader Ibra Moussa signed a peace agreement in Geneva on Tuesday.")
	if a := actorNamed(rec, "Muslim"); a != nil && a.Kind == graph.Group {
		t.Errorf("a faith: want no group Muslim: %s", dump(rec))
	}
	rec = corefRecord(t, "Rebels sign treaty\nChad signed a peace agreement with two Zorab rebel movements in Geneva on Tuesday.")
	if a := actorNamed(rec, "Zorab"); a != nil && a.Kind == graph.Group {
		t.Errorf("a region's movements: want no group Zorab: %s", dump(rec))
	}
}
