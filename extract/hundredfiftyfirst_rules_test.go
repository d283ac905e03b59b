package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-fifty-first round: an untargeted batch
// (p938-p943: a 1973 Caribbean treaty summit, a 1996 five-nation border
// summit, a 1960 presidential visit, a 2001 Pacific peace signing, a 2023
// Central Asian phone call, a 2007 Latin American talks round under a
// facilitator); the rules are the largest general misses it showed, with
// sentences of their own.

// A comma and "agreeing" open the sides' later resolve, a clause of its
// own: "held talks on Monday, agreeing to meet again" tells talks held,
// and its "to meet" does not speak for the clause of the talks (the
// clauseBreaks section, lexicon/words.txt; p943). The negative case:
// talks still to come stay planned.
func TestAgreeingOpensClause(t *testing.T) {
	text := "Talks\nVALLETTA, May 6 - Foreign Minister Ada Lind of Chile and Foreign Minister Kofi Mensah of Ghana held talks in Valletta on Monday, agreeing to meet again."
	ms := heldAt(t, text, corefPub)
	found := false
	for _, m := range ms {
		if slices.Equal(m.Participants, []string{"Ada Lind", "Kofi Mensah"}) {
			found = true
			if m.Date != "2025-05-05" {
				t.Errorf("date %q, want 2025-05-05", m.Date)
			}
		}
	}
	if !found {
		t.Errorf("held talks read as planned: %v", ms)
	}
	// Negative: a meeting to come is no held one.
	got := pairsOf(t, "Talks\nVALLETTA, May 6 - Foreign Minister Ada Lind of Chile and Foreign Minister Kofi Mensah of Ghana will hold talks in Valletta next month, agreeing to settle the dispute.")
	if slices.Contains(got, "Ada Lind|Kofi Mensah") {
		t.Errorf("planned talks read as held: %v", got)
	}
}
