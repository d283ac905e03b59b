package extract

import "testing"

// Issue 14's three-hundred-and-fifty-eighth round: an untargeted batch
// (p2180-p2185: wire copy, agencies and an old broadsheet); each rule
// with sentences of its own.

// "With <title> X were A and B" told more than two sentences after X's
// meeting (a paragraph on the host between) lists X's companions at that
// meeting (withNamedCompanions, roster.go; p2180, p1874). The negative
// case: X named only at an event of his own, not at the meeting told, so
// the companions join no one else's meeting.
func TestWithTitledNameCompanionsPastTwoSentences(t *testing.T) {
	rec := corefRecord(t, "Leaders meet\n\nVALMORE, March 3 (Agency) - President Teodor Marek of Calvia and Prime Minister Ilse Vorn of Doria held their first talks since the war in the capital today.\n\n"+
		"The host, Chancellor Petr Hollis, who invited the two leaders, opened the talks in the old palace with a short speech.\n\n"+
		"The Dorian leader was accompanied by her Foreign Minister, Anton Brel, and the Trade Minister, Lisa Quint. With President Marek were his Foreign Minister, Omar Delacroix, and the Information Secretary, Yann Sorel.")
	for _, want := range [][2]string{{"Teodor Marek", "Omar Delacroix"}, {"Ilse Vorn", "Yann Sorel"}} {
		if !metPair(rec, want[0], want[1]) {
			t.Errorf("want %s and %s met: %s", want[0], want[1], dump(rec))
		}
	}
	rec = corefRecord(t, "Talks\n\nVALMORE, March 3 (Agency) - President Teodor Marek of Calvia opened a bridge on Monday.\n\n"+
		"Prime Minister Ilse Vorn of Doria met Foreign Minister Anton Brel of Istria here today.\n\n"+
		"The talks lasted an hour. Both sides called them useful. With President Marek were his aides Omar Delacroix and Yann Sorel.")
	if metPair(rec, "Ilse Vorn", "Omar Delacroix") {
		t.Errorf("want no companion of an absent person at the meeting: %s", dump(rec))
	}
}

// Two modifiers joined by "and" before the text signed, "a lasting and
// comprehensive peace accord", keep the object whole: the "and" is no
// stop of the object (coordinatedModifiers, meeting/meetings.go; p2181,
// p2065, p423). The negative case: "signed a letter and praised the
// accord" signs no accord.
func TestSignedCoordinatedModifiers(t *testing.T) {
	rec := corefRecord(t, "Accord signed\n\nVALMORE, March 3 (Agency) - The presidents of Calvia and Doria, Teodor Marek and Ilse Vorn, signed on Friday in the old city hall a lasting and comprehensive peace accord.")
	if !metPair(rec, "Teodor Marek", "Ilse Vorn") {
		t.Errorf("want the signatories met: %s", dump(rec))
	}
	rec = corefRecord(t, "Letter\n\nVALMORE, March 3 (Agency) - President Teodor Marek and Senator Ilse Vorn signed a letter and praised the accord on Friday.")
	if metPair(rec, "Teodor Marek", "Ilse Vorn") {
		t.Errorf("want no signing of the accord: %s", dump(rec))
	}
}
