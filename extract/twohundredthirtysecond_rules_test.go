package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-thirty-second round: a stranger's batch
// (p1424-p1429: a 1958 broadsheet on a Secretary of State's talks in
// Taipei, a 1975 wire on a three-power declaration signed in Madrid, a
// Japanese daily on a 1997 informal summit in Siberia, a Spanish daily's
// English edition on a 2002 islet row settled through American mediation,
// a Pacific paper on a 2014 ministerial visit to Suva, a 2024 State
// House readout); each rule with sentences of its own.

// "A and President B held their final session": a capitalized title
// between "and" and the second name belongs to the second person, as an
// honorific does, so the two are the coordinated subject of the session
// they held (titledAnd, coordinatedBefore, apart.go; p1424). The
// negative cases: "A and his deputy B" is not a titled coordination read
// here, and "a session of parliament" is a body's sitting.
func TestTitledSecondSubjectHeldSession(t *testing.T) {
	lead := "Talks end in Koram\n"
	for _, title := range []string{"President", "Vice President", "Prime Minister"} {
		rec := corefRecord(t, lead+"KORAM, Oct. 23 - Secretary of State Tomas Velk and "+title+" Piet Oster held their final session here tonight and issued a joint communique.")
		if meetingWith(rec, "Tomas Velk", "Piet Oster") == nil {
			t.Errorf("%s: want Velk and Oster paired: %s", title, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"KORAM, Oct. 23 - Speaker Tomas Velk and President Piet Oster each held a session of parliament on Friday.")
	if meetingWith(rec, "Tomas Velk", "Piet Oster") != nil {
		t.Errorf("a session of parliament: want no meeting: %s", dump(rec))
	}
}

// "<claim>, Foreign Minister A announced in P yesterday after meeting B":
// the speaker named right after the comma and before the speech verb is
// the subject of the gerund clause, as a subject opening the sentence is
// (trailingSpeaker, gerundSubjects, apart.go; p1428). The negative
// cases: a name after the comma that no speech verb follows, and
// "after meeting the deadline" with no person met.
func TestTrailingSpeakerAfterMeeting(t *testing.T) {
	lead := "Visa rules to ease\n"
	for _, verb := range []string{"announced", "said"} {
		rec := corefRecord(t, lead+"Arland will ease the visa rules it has imposed on Borvia since 2006, Foreign Minister Anna Mirov "+verb+" in Koram yesterday after meeting Prime Minister Piet Oster.")
		if meetingWith(rec, "Anna Mirov", "Piet Oster") == nil {
			t.Errorf("%s: want Mirov and Oster paired: %s", verb, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"The visa rules were eased last year, and Anna Mirov flew home after meeting Piet Oster's deadline.")
	if meetingWith(rec, "Anna Mirov", "Piet Oster") != nil {
		t.Errorf("a deadline met: want no meeting: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The visa rules will be eased, Anna Mirov said, after meeting the deadline set by Piet Oster.")
	if meetingWith(rec, "Anna Mirov", "Piet Oster") != nil {
		t.Errorf("the deadline set by another: want no meeting: %s", dump(rec))
	}
}

// "was signed at the Presidency of the Government by A, B and C": an
// institution's name with "of the" inside it stands between the passive
// and its agent, as "at the Palace of X" does (agentPastPlace,
// sendoff.go; p1425). The negative case: "signed at the end of the
// week by" tells a time, no agent of a signing the sentence reads here.
func TestPassiveSignedPastInstitutionWithArticle(t *testing.T) {
	lead := "Accord signed\n"
	for _, venue := range []string{"the Presidency of the Government", "the Ministry of the Interior"} {
		rec := corefRecord(t, lead+"A declaration of principles was signed at "+venue+" by Prime Minister Tomas Velk and President Piet Oster.")
		if meetingWith(rec, "Tomas Velk", "Piet Oster") == nil {
			t.Errorf("%s: want Velk and Oster paired: %s", venue, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"The accord will be debated at the end of the week by Tomas Velk and Piet Oster.")
	if meetingWith(rec, "Tomas Velk", "Piet Oster") != nil {
		t.Errorf("a debate to come: want no meeting: %s", dump(rec))
	}
}

// "the mediation of the American Secretary of State, X": the demonym
// opens the title of the person set beside it after the comma; the
// person is a mediator, with the state whose post the title tells
// (demonymApposedPerson, actorList, roles.go; p1427). The negative
// case: a demonym before a lower-case noun ("the American team, X said")
// names no broker's post, and X is no mediator.
func TestDemonymTitleApposedMediator(t *testing.T) {
	_, meds := rolesIn(t, "The accord between Chile and Peru was possible thanks to the mediation of the American Secretary of State, Harold Vance, who telephoned both ministers.")
	if !slices.Contains(meds, "Harold Vance") || !slices.Contains(meds, "United States") {
		t.Errorf("want Vance and the United States mediators, got %v", meds)
	}
	_, meds = rolesIn(t, "The accord between Chile and Peru was reached through the mediation of the Qatari Minister for Foreign Affairs, Khalid Al Mansour.")
	if !slices.Contains(meds, "Khalid Al Mansour") {
		t.Errorf("Minister for Foreign Affairs: want Al Mansour a mediator, got %v", meds)
	}
	_, meds = rolesIn(t, "The accord between Chile and Peru was reached through the mediation of the American team, Harold Vance said.")
	if slices.Contains(meds, "Harold Vance") {
		t.Errorf("a team, not a post: want Vance no mediator, got %v", meds)
	}
}

// "X told reporters in P on Monday after meeting Y": a speaker who speaks
// right after a meeting speaks where and when it was held, so the place
// and day between the speech verb and "after" are the meeting's
// (speechBeforeGerund, apart.go; meetings.go; p1428). The negative case:
// "arrived in P on Monday after meeting Y in Q" is a trip's end, and the
// meeting stays in Q.
func TestSpeechAfterMeetingPlaceAndDay(t *testing.T) {
	lead := "Minister in Lusaka\n"
	rec := corefRecord(t, lead+"Foreign Minister Anna Mirov told reporters in Lusaka on Monday after meeting Prime Minister Piet Oster that the rules would ease.")
	m := meetingWith(rec, "Anna Mirov", "Piet Oster")
	if m == nil || m.Place != "Lusaka" || m.Date != "2025-05-05" {
		t.Errorf("want Mirov and Oster in Lusaka on 2025-05-05: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Foreign Minister Anna Mirov arrived in Lusaka on Monday after meeting Prime Minister Piet Oster in Harare.")
	if m := meetingWith(rec, "Anna Mirov", "Piet Oster"); m == nil || m.Place == "Lusaka" {
		t.Errorf("a trip's end: want the meeting not in Lusaka: %s", dump(rec))
	}
}
