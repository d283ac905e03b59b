package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-eighty-first round: an untargeted batch
// (p2918-p2923: the Afghan peace process in Afghan, Pakistani, Qatari and
// Indian outlets and wires, 1993-2021 — a Pakistani agency on a
// power-sharing accord signed in Islamabad, a Pakistani paper on a UN
// envoy's visit to Kandahar, a Pakistani paper on a postponed round of
// talks, an Indian wire on Afghan politicians' talks with the Taliban in
// Moscow, a Qatari agency on a dialogue conference in Doha, an Indian
// wire on an ambassador's meeting in Doha); each rule with sentences of
// its own.

// "Before flying to Y he held talks with Z", "Before the formal round he
// called on Z", "Before leaving, she met Z": the clause reader splits the
// adjunct's "before" off as a clause break, so the pronoun opening the
// main clause, with or without the adjunct's comma, went unread and the
// meeting lost its subject (frame.AfterPriorAdjunct, coref
// PronounAntecedent; p2919, p2126, p1490). The negative case: the
// adjunct's own pronoun subject ("Before she left Y, ...") is not taken
// for the main clause's, whose subject is named.
func TestPriorAdjunctPronounSubject(t *testing.T) {
	lead := "Envoy on tour\nUN envoy Tomas Berg met Prime Minister Jan Kowal in Lima on Monday.\n"
	for _, line := range []string{
		"Before flying to Lima he held talks in Quito on Sunday with President Ana Ruiz.",
		"Before the formal round he called on President Ana Ruiz.",
		"Before leaving, he met President Ana Ruiz and Senator Piotr Zielinski.",
		"Before he left Lima he met President Ana Ruiz.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Tomas Berg", "Ana Ruiz") {
			t.Errorf("%q: want Berg at the meeting with Ruiz: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Before she left Lima, Senator Piotr Zielinski met President Ana Ruiz.")
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") || !heldAll(rec, "Piotr Zielinski", "Ana Ruiz") {
		t.Errorf("the named subject lost to the pronoun: %s", dump(rec))
	}
}
