package extract

import (
	"slices"
	"testing"
)

// "A hosted his counterparts in X. B and C sat down with him": the singular
// object pronoun after a coordinated subject of people stands for the one
// titled person of the sentence before, not for one of the subjects
// (listedSubjects, meeting/objectante.go; p2615). A subject with a
// relative clause naming another person settles no one.
func TestListedSubjectsObjectPronoun(t *testing.T) {
	for _, s := range []string{
		"Summit\nLISBON, May 3 (AFP) - Portuguese President Tomas Barroca hosted his Chilean and Peruvian counterparts in the coastal town of Cascais on Friday for talks on trade. Ana Robles and Jose Ulloa sat down with him in the old harbour palace.",
		"Summit\nLISBON, May 3 (AFP) - Portuguese President Tomas Barroca arrived in Cascais on Friday for talks on trade. Chilean President Ana Robles and Peruvian President Jose Ulloa met him at the palace.",
	} {
		rec := corefRecord(t, s)
		found := false
		for _, m := range rec.Meetings {
			if slices.Contains(m.Participants, "Tomas Barroca") && slices.Contains(m.Participants, "Ana Robles") && slices.Contains(m.Participants, "Jose Ulloa") {
				found = true
			}
		}
		if !found {
			t.Errorf("listed subjects met him: meetings %v, want Barroca with Robles and Ulloa", rec.Meetings)
		}
	}
	rec := corefRecord(t, "Talks\nLISBON, May 3 (AFP) - Portuguese President Tomas Barroca arrived in Cascais on Friday for talks on trade. Ana Robles, who flew in with Jose Ulloa, met him at the palace.")
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Tomas Barroca") && slices.Contains(m.Participants, "Jose Ulloa") {
			t.Errorf("relative clause subject: meeting %v, want no Barroca with Ulloa", m.Participants)
		}
	}
}

// "A and B accompanied Y" after Y's meeting adds every companion of the
// coordinated subject to it, not the last one named (companionList,
// roster.go; p2613), also when Y is named by a family name with a
// lower-case particle ("accompanied al-Robles"). A companion set off by a
// relative clause stays alone.
func TestActiveCompanionList(t *testing.T) {
	for _, s := range []string{
		"Visit\nLISBON, May 3 (AFP) - Portuguese President Tomas Barroca received Chilean President Ana Robles in Lisbon on Friday. Foreign Minister Jose Ulloa and Interior Minister Maria Pardal accompanied Robles.",
		"Visit\nLISBON, May 3 (AFP) - Portuguese President Tomas Barroca on Wednesday received Ana al-Robles, chairman of the council of Chile, in Lisbon. Chilean Foreign Minister Jose Ulloa and Interior Minister Maria Pardal accompanied al-Robles.",
	} {
		rec := corefRecord(t, s)
		found := false
		for _, m := range rec.Meetings {
			if slices.Contains(m.Participants, "Tomas Barroca") && slices.Contains(m.Participants, "Jose Ulloa") && slices.Contains(m.Participants, "Maria Pardal") {
				found = true
			}
		}
		if !found {
			t.Errorf("companion list: meetings %v, want Barroca with Ulloa and Pardal", rec.Meetings)
		}
	}
}
