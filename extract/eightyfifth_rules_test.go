package extract

import (
	"slices"
	"testing"
)

// Issue 14's eighty-fifth round: the parties of bilateral talks when no
// negotiation is read or its parties are missed, each shape with sentences
// of its own.

// "talks between A's national government and the Autonomous Y
// Government", "consultations between the central government and the
// Autonomous Y Government ..., A's minister said": a state told as its
// own government ("national", "central", "federal") facing a body named
// as a government of its own are the two parties (p161, p377). The
// national government is the state only when the sentence names one;
// with two states named it stays unread, and a body that is no
// government ("the World Fisheries Council") is no side by this rule.
func TestNationalGovernmentFacesRegionalGovernment(t *testing.T) {
	want := []string{"Autonomous Madeira Government", "Portugal"}
	for _, text := range []string{
		"Island talks resume\nA fresh round of talks between Portugal's national government and the Autonomous Madeira Government began in Lisbon on Monday, officials said.",
		"Island talks resume\nThe second round of consultations between the central government and the Autonomous Madeira Government on fishing rights will be held in Funchal in May, Portugal's Minister for Island Affairs said on Monday.",
	} {
		if got := partiesOf(t, text); !slices.Equal(got, want) {
			t.Errorf("%q: parties %v, want %v", text, got, want)
		}
	}
	for _, text := range []string{
		"Island talks resume\nThe talks between the federal government and the Autonomous Madeira Government on fishing rights were held in Lisbon on Monday, Portugal and Spain said.",
		"Island talks resume\nTalks between Portugal's national government and the World Fisheries Council began in Lisbon on Monday, officials said.",
	} {
		if got := partiesOf(t, text); len(got) != 0 {
			t.Errorf("%q: parties %v, want none", text, got)
		}
	}
}
