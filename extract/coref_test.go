package extract

import (
	"testing"
)

// Participants a clause does not name: a plural description stands for the
// people (or states) named just before, when exactly that many were.
func TestPluralDescriptions(t *testing.T) {
	rec := run(t, "Officials gave no details.\nChilean President Rosa Campos arrived in Oslo on Monday, where Norwegian Prime Minister Per Halvorsen greeted crowds. The two leaders held talks on trade.", "2025-05-28")
	if m := mustMeeting(t, rec, "Rosa Campos", "Per Halvorsen"); m.Place != "Oslo" || m.Date != "2025-05-26" {
		t.Errorf("the meeting is where and when the sentence naming them puts them: %+v", m)
	}
	rec = run(t, "Officials gave no details.\nChile and Norway signed a fishing pact on Monday. Both sides held talks in Oslo on Tuesday.", "2025-05-28")
	if m := mustMeeting(t, rec, "Chile", "Norway"); m.Place != "Oslo" || m.Date != "2025-05-27" {
		t.Errorf("meeting %+v", m)
	}
	// Three people named where "the two leaders" are meant: no guess.
	rec = run(t, "Officials gave no details.\nRosa Campos, Per Halvorsen and Ana Ruiz arrived in Oslo on Monday. The two leaders held talks on trade.", "2025-05-28")
	for _, m := range rec.Meetings {
		if len(m.Participants) == 2 {
			t.Errorf("an ambiguous description resolved: %+v", m)
		}
	}
}

// A counterpart with no name after it is the person of that state named
// before, and a clause-initial pronoun the person the story is about.
func TestCounterpartAndPronoun(t *testing.T) {
	rec := run(t, "Officials gave no details.\nNorwegian Prime Minister Per Halvorsen spoke at a fishing fair.\nChilean Prime Minister Rosa Campos arrived in Oslo on Monday.\nShe held talks with her Norwegian counterpart in Oslo on Tuesday.", "2025-05-28")
	if m := mustMeeting(t, rec, "Rosa Campos", "Per Halvorsen"); m.Date != "2025-05-27" {
		t.Errorf("meeting %+v", m)
	}
}

// "Delegations from A and B met"; "South and North Korea" shares the
// second conjunct's head.
func TestSidesInCoordination(t *testing.T) {
	rec := run(t, "Officials gave no details.\nDelegations from Chile and Peru met in Lima on Monday for a new round of border negotiations.", "2025-05-28")
	if m := mustMeeting(t, rec, "Chile", "Peru"); m.Place != "Lima" {
		t.Errorf("meeting %+v", m)
	}
	rec = run(t, "Officials gave no details.\nSouth and North Korea held talks in Seoul on Monday.", "2025-05-28")
	mustMeeting(t, rec, "South Korea", "North Korea")
	if parties, _ := roleNames(rec); len(parties) != 2 {
		t.Errorf("parties %v", parties)
	}
}

// Capitalized words used only to qualify a thing are no people: "the X-Y
// conflict", "the Grand X Dam", a stray letter.
func TestQualifiersAreNoPeople(t *testing.T) {
	rec := run(t, "Officials gave no details.\nChilean envoy Rosa Campos met Peruvian envoy Ana Ruiz in Lima on Monday to discuss the Tacna-Arica dispute and the Grand Andean Dam.", "2025-05-28")
	for _, n := range []string{"Tacna-Arica", "Grand Andean Dam"} {
		if a := actorNamed(rec, n); a != nil && a.Kind == "person" {
			t.Errorf("%s is no person", n)
		}
	}
	mustMeeting(t, rec, "Rosa Campos", "Ana Ruiz")
}
