package extract

import (
	"testing"
)

// Issue 14's hundred-and-eighth round: meetings not read (shut away
// together, a courtesy call on a title set apart with "Mr.", meals given
// for a guest or eaten together), each shape with sentences of its own.

// hundredeighthMet extracts text and reports whether a and b met (a held
// meeting with both).
func hundredeighthMet(t *testing.T, text, a, b string) (bool, string) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	m := meetingWith(rec, a, b)
	return m != nil && m.Status == "held", dump(rec)
}

// "A and B were closeted for four hours", "A was closeted with B": shut
// away in private talks, an encounter (the predicate "closeted", p680).
func TestClosetedIsAMeeting(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO, March 3 - Premier Arno Vessel and Chancellor Lina Roth were closeted for four hours on Thursday at the old castle.",
		"Talks\nOSLO, March 3 - Premier Arno Vessel was closeted with Chancellor Lina Roth until late on Thursday night.",
	} {
		if ok, rec := hundredeighthMet(t, text, "Arno Vessel", "Lina Roth"); !ok {
			t.Errorf("%q: no Vessel-Roth meeting: %s", text, rec)
		}
	}
	// Negative: shut away with others while the second person is in
	// another clause.
	text := "Talks\nOSLO, March 3 - Premier Arno Vessel was closeted with his advisers all day on Thursday, while Chancellor Lina Roth waited at her hotel."
	if ok, rec := hundredeighthMet(t, text, "Arno Vessel", "Lina Roth"); ok {
		t.Errorf("%q: want no Vessel-Roth meeting: %s", text, rec)
	}
}

// "A called on the Home Minister, Mr. B, in the afternoon": the title in
// apposition before an honorific with its period is still the title of
// the person called on (courtesyCall, titleRun, p680); with "to" after the
// apposition's comma it is an appeal.
func TestCourtesyCallOnApposedTitleWithHonorific(t *testing.T) {
	text := "Talks\nOSLO, March 3 - Foreign Minister Arno Vessel called on the Defence Minister, Mr. Tomas Roth, in the afternoon."
	if ok, rec := hundredeighthMet(t, text, "Arno Vessel", "Tomas Roth"); !ok {
		t.Errorf("%q: no Vessel-Roth meeting: %s", text, rec)
	}
	text = "Talks\nOSLO, March 3 - Opposition leader Arno Vessel called on the Defence Minister, Mr. Tomas Roth, to resign over the scandal."
	if ok, rec := hundredeighthMet(t, text, "Arno Vessel", "Tomas Roth"); ok {
		t.Errorf("%q: an appeal, want no meeting: %s", text, rec)
	}
}

// "A hosted a luncheon for B", "A gave a dinner in honour of B", "hosted a
// banquet for his guest": the host and the guest sat at one table
// (mealForGuest, mealGuest, p680, p683); a meal for a crowd is none.
func TestMealGivenForGuest(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO, March 3 - President Arno Vessel gave a dinner in honour of Chancellor Lina Roth on Friday.",
		"Talks\nOSLO, March 3 - Premier Arno Vessel hosted a luncheon for Chancellor Lina Roth at his residence on Friday.",
		"Talks\nOSLO, March 3 - Chancellor Lina Roth arrived in Oslo on Monday. Premier Arno Vessel hosted a banquet for his guest in the evening.",
	} {
		if ok, rec := hundredeighthMet(t, text, "Arno Vessel", "Lina Roth"); !ok {
			t.Errorf("%q: no Vessel-Roth meeting: %s", text, rec)
		}
	}
	// Negative: a meal for a crowd; a meal "to give" is one to come.
	for _, text := range []string{
		"Talks\nOSLO, March 3 - Premier Arno Vessel hosted a dinner for journalists on Friday, and Chancellor Lina Roth gave an interview to a radio station.",
		"Talks\nOSLO, March 3 - Chancellor Lina Roth arrived in Oslo on Monday. Premier Arno Vessel is to give a luncheon for the visiting chancellor on Wednesday.",
	} {
		if ok, rec := hundredeighthMet(t, text, "Arno Vessel", "Lina Roth"); ok {
			t.Errorf("%q: want no held Vessel-Roth meeting: %s", text, rec)
		}
	}
}

// "A and B had lunch at a fish restaurant": a meal shared by a joint
// subject (jointMeal, p681); one person's meal, the other in a clause of
// their own, is none.
func TestJointMeal(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO, March 3 - Premier Arno Vessel and Chancellor Lina Roth had lunch at a fish restaurant by the harbour on Friday.",
		"Talks\nOSLO, March 3 - Premier Arno Vessel and Chancellor Lina Roth later had dinner at the castle.",
	} {
		if ok, rec := hundredeighthMet(t, text, "Arno Vessel", "Lina Roth"); !ok {
			t.Errorf("%q: no Vessel-Roth meeting: %s", text, rec)
		}
	}
	text := "Talks\nOSLO, March 3 - Premier Arno Vessel had lunch in Oslo on Friday, and Chancellor Lina Roth had dinner in Bergen."
	if ok, rec := hundredeighthMet(t, text, "Arno Vessel", "Lina Roth"); ok {
		t.Errorf("%q: want no Vessel-Roth meeting: %s", text, rec)
	}
}

// "A and B agreed to reopen the border, after a meeting in X on Monday":
// a subject of two people acting together after a meeting that names no
// side of its own met there (jointAfter, p685); "with the mediation of C"
// adds a broker, not a side. Talks "between their deputies" name their
// own sides, and a future act tells no meeting.
func TestJointSubjectAfterMeeting(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO, March 3 - President Arno Vessel and his Danish counterpart Lina Roth agreed to reopen the border, after a meeting in Bergen on Monday.",
		"Talks\nOSLO, March 3 - President Arno Vessel and President Lina Roth signed a fisheries accord after a four-hour meeting at the castle on Monday with the mediation of the Icelandic prime minister.",
	} {
		if ok, rec := hundredeighthMet(t, text, "Arno Vessel", "Lina Roth"); !ok {
			t.Errorf("%q: no Vessel-Roth meeting: %s", text, rec)
		}
	}
	for _, text := range []string{
		"Talks\nOSLO, March 3 - President Arno Vessel and President Lina Roth welcomed the accord after talks between their deputies in Bergen on Monday.",
		"Talks\nOSLO, March 3 - President Arno Vessel and President Lina Roth will sign the accord after a meeting in Bergen next week.",
	} {
		if ok, rec := hundredeighthMet(t, text, "Arno Vessel", "Lina Roth"); ok {
			t.Errorf("%q: want no held Vessel-Roth meeting: %s", text, rec)
		}
	}
}
