package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-nineteenth round: parties missed because no
// negotiation is read, with sentences of its own.

// "disputed" before what is contested ("talks on the disputed frontier",
// "over the disputed islands") tells a dispute at the table as "dispute"
// does (roles.contestedTold, homeside.go; contestedNouns in
// lexicon/words.txt; p748): talks of two states' people over it make the
// two states the sides, and a story filed from the home capital lets the
// home state stand for its titled participant of no state. The negative
// cases: the same talks on trade and tourism, talks on trade after "a
// disputed election", or on a survey "in the disputed zone" (p457, where
// the zone is only a place), make no negotiation.
func TestDisputedThingIsDispute(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"Talks\nGhanaian Foreign Minister Ana Lind met her Togolese counterpart Kofi Mensah in Accra on Monday for talks on the disputed islands.", "Ghana", "Togo"},
		{"Talks end\nOSLO, May 2 (AP) - Prime Minister Erik Vang and President Tomas Rudd of Ireland ended two days of talks on the disputed fishing grounds today. Norwegian officials said the talks would resume in June.", "Ireland", "Norway"},
	} {
		if got := partiesOf(t, c.text); !slices.Equal(got, []string{c.a, c.b}) {
			t.Errorf("%q: parties %v, want %s and %s", c.text, got, c.a, c.b)
		}
	}
	for _, text := range []string{
		"Talks\nGhanaian Foreign Minister Ana Lind met her Togolese counterpart Kofi Mensah in Accra on Monday for talks on trade and tourism.",
		"Talks end\nOSLO, May 2 (AP) - Prime Minister Erik Vang and President Tomas Rudd of Ireland ended two days of talks on trade and tourism today. Norwegian officials said the talks would resume in June.",
		"Talks\nGhanaian Foreign Minister Ana Lind met her Togolese counterpart Kofi Mensah in Accra on Monday for talks on trade, a week after the disputed election in Togo.",
		"Talks\nGhanaian Foreign Minister Ana Lind met her Togolese counterpart Kofi Mensah in Accra on Monday for talks on a joint survey of wells in the disputed zone.",
	} {
		if got := partiesOf(t, text); len(got) > 0 {
			t.Errorf("%q: parties %v, want none", text, got)
		}
	}
}
