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

// "The session was opened by the foreign minister, A, and chaired by the
// envoy, B"; "The sessions were chaired throughout by B": whoever opens a
// sitting told before sits at it, as its chair does, and a chair's verb
// may take an adverb before its "by" or follow "and" after another
// passive of the same subject (chairAgent, chairedTalksSubject; p3096,
// p3093, p2404). The negative cases: a border "opened by" a minister is no
// sitting, nor is a named body's session the talks on its sidelines.
func TestOpenedAndChairedThroughoutBy(t *testing.T) {
	const lead = "Rebels and government sign truce\nLIMA, May 6 - Peru and the Andean Liberation Front (ALF) rebels signed a truce in Lima on Sunday after two days of talks.\nThe government's team was headed by Tomas Berg, the minister of trade, and included Colonel Jan Kowal."
	for _, c := range []struct{ line, who string }{
		{"The session was opened by Foreign Minister Ana Ruiz and chaired by the UN envoy, Hugo Lind.", "Ana Ruiz"},
		{"The session was opened by Foreign Minister Ana Ruiz and chaired by the UN envoy, Hugo Lind.", "Hugo Lind"},
		{"The sessions were chaired throughout by Chile's foreign minister, Hugo Lind.", "Hugo Lind"},
	} {
		rec := corefRecord(t, lead+"\n"+c.line)
		if !heldAll(rec, "Tomas Berg", c.who) {
			t.Errorf("%q: want %s with Berg: %s", c.line, c.who, dump(rec))
		}
	}
	line := "The border post was opened by Foreign Minister Ana Ruiz."
	rec := corefRecord(t, lead+"\n"+line)
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("%q: an opened border made a meeting: %s", line, dump(rec))
	}
	// A named body's session opened by someone is another sitting than
	// the talks told on its sidelines (p150).
	const side = "Ministers confer\nLIMA, May 6 - Foreign Minister Tomas Berg held talks with Chile's Foreign Minister Jan Kowal today on the sidelines of the Executive Council session of the Andean Union.\nThe Executive Council session was opened by the union's chairperson, Ana Ruiz."
	if rec := corefRecord(t, side); heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("the body's opener joined the talks on its sidelines: %s", dump(rec))
	}
}
