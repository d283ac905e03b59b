package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-seventy-second round: met pairs where both
// people are found but no meeting is read (p1064-p1069: an exchange of
// the instruments of ratification on a leader's visit, a president
// conferring with a newly independent country's premier, a party leader
// sitting down with a prime minister, a leader hosting a guest for
// dinner, two negotiators signing agreements and a courtesy call, and
// two diplomats spending an hour together at a conference); each rule
// with sentences of its own.

// Two named people who exchange the instruments of a ratification
// perform it together (instrumentsExchanged, meeting/addresses.go;
// p1064): before, no meeting was read. A "when" clause with no comma
// before it takes the day of the clause it hangs on. The negative
// cases: states alone exchanging them, one person exchanging them, and
// an exchange of views or of notes on a plan are no meeting read here.
func TestInstrumentsOfRatificationExchanged(t *testing.T) {
	for _, s := range []string{
		"Talks\nLISBON - Foreign Minister Rui Matos and Foreign Minister Lena Varga exchanged the instruments of ratification of the border treaty in Lisbon on Monday.",
		"Talks\nLISBON - The fisheries accord came into force on Monday when Foreign Minister Rui Matos and Foreign Minister Lena Varga exchanged the ratification documents at the palace.",
		"Talks\nLISBON - President Rui Matos and Chancellor Lena Varga on Monday exchanged instruments of ratification of the trade pact.",
	} {
		held := heldAt(t, s, corefPub)
		if len(held) != 1 || !slices.Equal(held[0].Participants, []string{"Lena Varga", "Rui Matos"}) {
			t.Errorf("%q: held %v, want one meeting of Matos and Varga", s, held)
			continue
		}
		if held[0].Date != "2025-05-05" || held[0].Place != "Lisbon" {
			t.Errorf("%q: place %q date %q, want Lisbon on 2025-05-05", s, held[0].Place, held[0].Date)
		}
	}
	for _, s := range []string{
		"Talks\nLISBON - Portugal and Hungary exchanged the instruments of ratification of the border treaty in Lisbon on Monday.",
		"Talks\nLISBON - Foreign Minister Rui Matos exchanged the instruments of ratification of the border treaty in Lisbon on Monday, officials said, praising Foreign Minister Lena Varga.",
		"Talks\nLISBON - Foreign Minister Rui Matos and Foreign Minister Lena Varga exchanged views on the border treaty in their statements on Monday.",
		"Talks\nLISBON - Foreign Minister Rui Matos and Foreign Minister Lena Varga exchanged notes on the plan on Monday.",
	} {
		if got := pairsOf(t, s); len(got) > 0 {
			t.Errorf("%q: no exchange of instruments of two people read as a meeting: %v", s, got)
		}
	}
}
