package extract

import "testing"

// Issue 14's five-hundred-and-tenth round: a targeted batch (p3092-p3097:
// wire copy, agencies and dailies on talks with rebels, 1990-2002 — a
// Tuareg truce in Ouagadougou, Sudan's talks in Abuja, Guatemala's
// guerrillas and parties near Madrid, Naga talks in Amsterdam, an
// inter-Tajik round in Almaty, a minister's meeting with rebels in the
// bush) whose people are named in the sentences after the meeting's own;
// each rule with sentences of its own.

// "The government's team was headed by A and included B. Facing them were
// C, the president of the front, and D": those facing the team across the
// sitting the sentence before told sit at it, as "Joining them were" do
// (invertedPresence; p3092, p3096, p3068). The negative case: "Facing
// them were charges of ..." names no one.
func TestFacingThemListsTheOtherSide(t *testing.T) {
	const lead = "Rebels and government sign truce\nLIMA, May 6 - Peru and the Andean Liberation Front (ALF) rebels signed a truce in Lima on Sunday after two days of talks.\nThe government's team was headed by Tomas Berg, the minister of trade, and included Colonel Jan Kowal."
	const chair = "The talks were chaired by the foreign minister, Paul Dorr."
	for _, line := range []string{
		"Facing them were Ana Ruiz, the president of the ALF, and Hugo Lind, who commands its fighters.",
		"Facing them was Ana Ruiz, the president of the ALF.",
	} {
		rec := corefRecord(t, lead+"\n"+line+"\n"+chair)
		if !heldAll(rec, "Tomas Berg", "Ana Ruiz") {
			t.Errorf("%q: want Ruiz with Berg: %s", line, dump(rec))
		}
	}
	line := "Facing them were charges of fraud brought by Ana Ruiz, a prosecutor."
	rec := corefRecord(t, lead+"\n"+line+"\n"+chair)
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("%q: a charge made a meeting: %s", line, dump(rec))
	}
}
