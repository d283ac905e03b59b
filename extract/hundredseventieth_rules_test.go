package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-seventieth round: mediators whose role is not
// read and parties missed where no negotiation is read (p1052-p1057: an
// envoy acting as go-between at oil talks, a civil war's talks brokered
// by a secretary-general and hosted by a neighbour, a peace framework
// reached through an observer group's good offices, three-party talks
// whose host is the go-between, a royal delegation carrying messages
// between rebels and a kingdom, and a conference chaired by a neutral
// broker); each rule with sentences of its own.

// A delegation "from" a collective that opens the sentence, carrying
// messages between two others in a participle after a comma, makes the
// collective the go-between (bodyShuttler, roles/loosebetween.go; p1056).
// The negative case: a delegation from one of the two sides carries its
// own side's word, and brokers nothing.
func TestDelegationFromBodyCarriesMessages(t *testing.T) {
	parties, meds := rolesIn(t, "A delegation from Norway was in the rebel-held town of Arauca on Tuesday, carrying messages between the rebels and Colombia as pressure grew for a truce.")
	if !slices.Equal(meds, []string{"Norway"}) {
		t.Errorf("want the mediator Norway, got %v (parties %v)", meds, parties)
	}
	_, meds = rolesIn(t, "A delegation from Colombia was in the rebel-held town of Arauca on Tuesday, carrying messages between Colombia and the rebels as pressure grew for a truce.")
	if slices.Contains(meds, "Colombia") {
		t.Errorf("a side's own delegation read as the go-between: %v", meds)
	}
}
