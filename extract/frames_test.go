package extract

import "testing"

// A meeting told in a fronted adjunct: the people of the main clause took
// part, where and when the sentence before put the talks.
func TestFrontedAdjunct(t *testing.T) {
	text := "Officials gave no details.\nThe leaders of Chile and Peru met their Norwegian counterpart in Lima on Monday.\n" +
		"After talks that lasted five hours, the three leaders, Rosa Campos of Chile, Ana Ruiz of Peru and Per Halvorsen of Norway, issued a statement."
	rec := run(t, text, "2025-05-28")
	m := mustMeeting(t, rec, "Rosa Campos", "Ana Ruiz", "Per Halvorsen")
	if m.Place != "Lima" || m.Date != "2025-05-26" {
		t.Errorf("meeting %+v", m)
	}
	text = "Officials gave no details.\nDuring working talks at the Grand Hall in the north of Lima on Sunday, the Chilean chief delegate Rosa Campos and her Peruvian counterpart Ana Ruiz settled the agenda."
	mustMeeting(t, run(t, text, "2025-05-28"), "Rosa Campos", "Ana Ruiz")
}

// A speaker reporting from a meeting was at it.
func TestReportingSpeaker(t *testing.T) {
	text := "Officials gave no details.\n\"Trade will grow,\" Rosa Campos said at a meeting with Norwegian envoy Per Halvorsen in Lima on Tuesday."
	if m := mustMeeting(t, run(t, text, "2025-05-28"), "Rosa Campos", "Per Halvorsen"); m.Place != "Lima" || m.Date != "2025-05-27" {
		t.Errorf("meeting %+v", run(t, text, "2025-05-28").Meetings)
	}
}

// A place named by its kind ("the village of X") places the talks; a held
// meeting does not take the place of a planned one reported before it.
func TestSettlementAndPlannedPlace(t *testing.T) {
	text := "Officials gave no details.\nChile and Peru agreed to hold talks in Lima next week.\n" +
		"During talks at the old customs post in the border village of Arica on Sunday, the Chilean delegate Rosa Campos and her Peruvian counterpart Ana Ruiz set the agenda."
	if m := mustMeeting(t, run(t, text, "2025-05-28"), "Rosa Campos", "Ana Ruiz"); m.Place != "Arica" {
		t.Errorf("meeting %+v", m)
	}
}

// The source of a report is no party to the meeting it reports.
func TestSourceIsNoParticipant(t *testing.T) {
	for _, text := range []string{
		"Officials gave no details.\nRosa Campos met her Peruvian counterpart Ana Ruiz in Lima on Tuesday, the state Andina news agency reported.",
		"Officials gave no details.\nAccording to Andina, Rosa Campos met her Peruvian counterpart Ana Ruiz in Lima on Tuesday.",
	} {
		rec := run(t, text, "2025-05-28")
		mustMeeting(t, rec, "Rosa Campos", "Ana Ruiz")
		if a := actorNamed(rec, "Andina"); a != nil && a.Kind == "person" {
			t.Errorf("%q: a news outlet became a person", text)
		}
	}
}

// "A and B, who were last together in X, met in Y": the subject is before
// the relative clause, and the place of the earlier event is not this one's.
func TestRelativeClauseBetweenSubjectAndPredicate(t *testing.T) {
	rec := run(t, "Officials gave no details.\nChilean President Rosa Campos and Norwegian Prime Minister Per Halvorsen, who were last together in Lima, met in Oslo on Tuesday.", "2025-05-28")
	if m := mustMeeting(t, rec, "Rosa Campos", "Per Halvorsen"); m.Place != "Oslo" || m.Date != "2025-05-27" {
		t.Errorf("meeting %+v", m)
	}
	rec = run(t, "Officials gave no details.\nIn Oslo, Chilean President Rosa Campos met Norwegian Prime Minister Per Halvorsen on Tuesday.", "2025-05-28")
	if m := mustMeeting(t, rec, "Rosa Campos", "Per Halvorsen"); m.Place != "Oslo" {
		t.Errorf("a fronted place is still the place: %+v", m)
	}
}
