package extract

import "testing"

// Issue 14's five-hundred-and-fortieth round: a targeted batch
// (p3272-p3277: agencies, state dailies and regional wires, 2018-2023, on
// meetings whose group is named only after the verb — a prime minister's
// reception of three foreign ministers, a president's meeting with
// opposition leaders, a state visit, a working lunch with regional heads
// of government, a round of internationally chaired talks, a speaker's
// reception of two parliamentary leaders); each rule with sentences of its
// own.

// "X received the ministers of three countries. They were A, B and C"
// names the group received in the next sentence (namedThey, and "received
// the" in unnamedCounterpartMeeting; p3272, p3277): A, B and C met X. The
// negative case: "They were greeted at the airport by D" names no group,
// and D is not made one of those X received.
func TestNamedTheyAfterReception(t *testing.T) {
	text := "Premier receives ministers\nOSLAND, May 4 (Agency) - Premier Halvard Ruske on Tuesday received the foreign ministers of three northern countries at his office in the capital.\nThey were Jonas Vekkila of Marsland, Piet Harnaker of Velden and Ola Strand of Tarnia.\nThe ministers discussed fisheries and shipping."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Halvard Ruske", "Jonas Vekkila", "Piet Harnaker", "Ola Strand") {
		t.Errorf("want the premier with the three ministers, got %s", dump(rec))
	}
	text = "Premier receives ministers\nOSLAND, May 4 (Agency) - Premier Halvard Ruske on Tuesday received the foreign ministers of three northern countries at his office in the capital.\nThey were greeted at the airport by Deputy Minister Karel Osten.\nThe ministers discussed fisheries and shipping."
	rec = corefRecord(t, text)
	if heldAll(rec, "Halvard Ruske", "Karel Osten") {
		t.Errorf("the airport greeter read as one received, got %s", dump(rec))
	}
}

// "Received with X were A and B" lists those at the reception told before,
// beside X, host or guest (receivedWithList; p3214, p3273, p3274, p3277):
// A and B join the host's meeting with the guest rather than making a
// sitting of their own with X. The negative case: when the sentence before
// tells no reception any rule reads, the list's own sitting stays
// (restoreReceivedWith).
func TestReceivedWithJoinsReception(t *testing.T) {
	text := "President hosts visitor\nMARLO, June 2 (Agency) - President Tomas Verrin on Monday received President Anil Dorrow of Sandria at the palace in Marlo.\nReceived with President Verrin were Vice-President Kofi Amante and the Foreign Minister, Ms Ruth Banda.\nThe two leaders discussed trade and energy."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Tomas Verrin", "Anil Dorrow", "Kofi Amante", "Ruth Banda") {
		t.Errorf("want the list at the reception of the guest, got %s", dump(rec))
	}
	text = "President hosts visitor\nMARLO, June 2 (Agency) - President Tomas Verrin on Monday spoke of trade at the palace in Marlo.\nReceived with President Verrin were Vice-President Kofi Amante and the Foreign Minister, Ms Ruth Banda.\nThe talks covered trade and energy."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Tomas Verrin", "Kofi Amante") {
		t.Errorf("want the list's own sitting kept, got %s", dump(rec))
	}
}

// "X joined the heads of government for a working lunch. Around the table
// with him were A, B and C" names those X sat with after a sentence that
// only counts them (tableWithOpener, soleNamedSitting; p3275, p3248). The
// negative case: when the sentence before names two people, the list is
// not given to either alone, and no sitting of the first with the list is
// made up.
func TestAroundTableWithNamesSitting(t *testing.T) {
	text := "Premier lunches with leaders\nPORTO NOVA, May 4 (Agency) - Premier Lars Amund on Thursday joined the heads of government of the region for a working lunch in Porto Nova.\nAround the table with him were President Ines Calvo of Marra, Prime Minister Tobias Reyne of Salt Island and President Omar Kesh of Belda.\nThe talks covered fisheries."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Lars Amund", "Ines Calvo", "Tobias Reyne", "Omar Kesh") {
		t.Errorf("want the premier with the three leaders, got %s", dump(rec))
	}
	text = "Premier lunches with leaders\nPORTO NOVA, May 4 (Agency) - Premier Lars Amund on Thursday spoke of fisheries while Minister Hugo Brandt flew home from Porto Nova.\nAround the table with him were President Ines Calvo of Marra, Prime Minister Tobias Reyne of Salt Island and President Omar Kesh of Belda.\nThe talks covered fisheries."
	rec = corefRecord(t, text)
	if heldAll(rec, "Lars Amund", "Ines Calvo") {
		t.Errorf("the list given to one of two people, got %s", dump(rec))
	}
}
