package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-seventy-eighth round: parties missed where no
// negotiation is read (p1100-p1105: bilateral talks between two states
// with no mediator, a negotiation named only by its subject, a
// delegation-led round); each rule with sentences of its own.

// A meeting of two sides' people told as a numbered round of talks ("a
// fourth round of talks", "a second round of talks") or as talks taken up
// again ("resumed talks", "resumed negotiations") continues a negotiation
// between the sides, as one held over a dispute does (roundTold,
// roles/roundtold.go; p1088, p1092). The negative cases: the same
// officials holding plain talks, a resumption of something else, and a
// round of something other than talks make no negotiation.
func TestRoundOfTalksMakesParties(t *testing.T) {
	for _, text := range []string{
		"Ferry fares\nEstonian and Finnish officials held a fourth round of talks on ferry fares in Tallinn on Monday.",
		"Fishing quotas\nChilean and Peruvian diplomats resumed talks on fishing quotas in Lima on Monday.",
		"Fishing quotas\nOfficials of Chile and Peru resumed negotiations over fishing quotas in Lima on Monday.",
		"Ferry fares\nForeign Minister Aino Tamm of Estonia met Foreign Minister Liisa Koski of Finland in Tallinn on Monday for a second round of talks on ferry fares.",
	} {
		ps := partiesOf(t, text)
		if len(ps) != 2 || !(slices.Contains(ps, "Estonia") && slices.Contains(ps, "Finland") || slices.Contains(ps, "Chile") && slices.Contains(ps, "Peru")) {
			t.Errorf("%q: want the two states as parties, got %v", text, ps)
		}
	}
	for _, text := range []string{
		"Ferry fares\nEstonian and Finnish officials held talks in Tallinn on Monday.",
		"Ferry fares\nEstonian and Finnish officials met in Tallinn on Monday, a day after ferry services resumed.",
		"Ferry fares\nForeign Minister Aino Tamm of Estonia met Foreign Minister Liisa Koski of Finland in Tallinn on Monday before the second round of the cup.",
	} {
		if ps := partiesOf(t, text); len(ps) > 0 {
			t.Errorf("%q: want no negotiation, got parties %v", text, ps)
		}
	}
}

// A meeting of two sides' people for talks named by their subject ("for
// the fisheries talks", "held nuclear talks") is a negotiation between
// the sides (subjectTalksTold, roles/roundtold.go). The negative case:
// talks named by their manner ("for informal talks") make none.
func TestSubjectNamedTalksMakeParties(t *testing.T) {
	for _, text := range []string{
		"Fisheries\nForeign Minister Aino Tamm of Estonia met Foreign Minister Liisa Koski of Finland in Tallinn on Monday for the fisheries talks.",
		"Reactors\nEstonian Foreign Minister Aino Tamm met her Finnish counterpart Liisa Koski in Tallinn on Monday for nuclear talks.",
		"Reactors\nEstonian and Finnish officials held nuclear talks in Tallinn on Monday.",
	} {
		ps := partiesOf(t, text)
		if len(ps) != 2 || !slices.Contains(ps, "Estonia") || !slices.Contains(ps, "Finland") {
			t.Errorf("%q: want Estonia and Finland as parties, got %v", text, ps)
		}
	}
	text := "Visit\nEstonian Foreign Minister Aino Tamm met her Finnish counterpart Liisa Koski in Tallinn on Monday for informal talks."
	if ps := partiesOf(t, text); len(ps) > 0 {
		t.Errorf("%q: want no negotiation, got parties %v", text, ps)
	}
}
