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

// A signing ceremony told by its signatories side by side — "A signed for
// the government. B signed for the movement.", or with the second
// signing elided ("A signed for the government, and B, the head of the
// rebel team, for the movement") — brings together those who signed for
// two sides or more, at the place and time of the signing told before
// (signedForSides, meeting/meetings.go; p941, p154, p216, p304, p285,
// p750, p277). The negative case: people who signed for one side only
// met no one by it.
func TestSignatoriesMeet(t *testing.T) {
	for _, text := range []string{
		"Accord signed\nVALLETTA, May 6 - The government and the rebel movement signed a peace accord in Valletta on Monday after two weeks of talks. " +
			"Interior Minister Ada Lind signed for the government. Kofi Mensah, the movement's chief negotiator, signed on behalf of the rebels.",
		"Accord signed\nVALLETTA, May 6 - The government and the rebel movement signed a peace accord in Valletta on Monday after two weeks of talks. " +
			"Interior Minister Ada Lind signed for the government, and Kofi Mensah, the head of the rebel team, for the movement.",
	} {
		ms := heldAt(t, text, corefPub)
		found := false
		for _, m := range ms {
			if slices.Contains(m.Participants, "Ada Lind") && slices.Contains(m.Participants, "Kofi Mensah") {
				found = true
				if m.Place != "Valletta" || m.Date != "2025-05-05" {
					t.Errorf("place %q date %q, want Valletta 2025-05-05", m.Place, m.Date)
				}
			}
		}
		if !found {
			t.Errorf("signatories not met: %v", ms)
		}
	}
	// Negative: two signatories for the same side.
	got := pairsOf(t, "Accord signed\nVALLETTA, May 6 - The government published the budget law on Monday. "+
		"Interior Minister Ada Lind and Finance Minister Rosa Quint signed for the government.")
	if slices.Contains(got, "Ada Lind|Rosa Quint") {
		t.Errorf("one side's signatories read as a meeting: %v", got)
	}
}

// The witnesses of a signing told by its signatories side by side are
// seated at it, no side of its talks (Frame.Signatories, attachPartials,
// merge.go; p941): two foreign ministers who witnessed it do not make
// their states the parties. The positive case: they still met the
// signatories.
func TestSignatoriesWitnessesSeated(t *testing.T) {
	text := "VALLETTA, May 6 - The government and the rebel movement signed a peace accord in Valletta on Monday. " +
		"Interior Minister Ada Lind signed for the government. Kofi Mensah signed on behalf of the rebels. " +
		"Norwegian Foreign Minister Rosa Quint and Swiss Foreign Minister Tomas Berg witnessed the signing. " +
		"The two sides had negotiated for four years."
	p, _ := rolesIn(t, text)
	text = "Accord signed\n" + text
	for _, bad := range []string{"Norway", "Switzerland"} {
		if slices.Contains(p, bad) {
			t.Errorf("witness's state %s read as a party: %v", bad, p)
		}
	}
	got := pairsOf(t, text)
	if !slices.Contains(got, "Ada Lind|Kofi Mensah") {
		t.Errorf("signatories not met: %v", got)
	}
}
