package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's twenty-first round: who met whom in stories of negotiation
// rounds, from the constructions the twenty-first probe batch (p158-p163)
// showed beside older probe articles, each with sentences of its own.

// twentyFirstPub is a Friday.
var twentyFirstPub = time.Date(2024, 11, 15, 0, 0, 0, 0, time.UTC)

// met21 is the held meeting of a and b in text, if any.
func met21(t *testing.T, text, a, b string) (graph.Meeting, bool) {
	t.Helper()
	return heldWith(heldAt(t, text, twentyFirstPub), a, b)
}

// want21 fails unless a held meeting joins a and b, on date when set.
func want21(t *testing.T, text, a, b, date string) {
	t.Helper()
	m, ok := met21(t, text, a, b)
	if !ok {
		t.Errorf("%q: no held meeting of %s and %s", text, a, b)
		return
	}
	if date != "" && m.Date != date {
		t.Errorf("%q: %s and %s met on %q, want %q", text, a, b, m.Date, date)
	}
}

// none21 fails when a held meeting joins a and b.
func none21(t *testing.T, text, a, b string) {
	t.Helper()
	if m, ok := met21(t, text, a, b); ok {
		t.Errorf("%q: %s and %s read as met: %v", text, a, b, m)
	}
}

// A meeting told as apart from the others ("held a separate meeting",
// "met alone") takes nobody a delegation list of another sentence names
// (p161's leader of the national side; p163's "met alone", p44, p140).
// "In separate meetings" (a split round) and "sat in separate rooms" are
// no such meeting.
func TestMeetingToldApartTakesNoListedDelegate(t *testing.T) {
	lead := "Island talks\nSUVA — The national side was led by Minister Aisake Tora, and the island side by Chief Semi Vakatawa. "
	none21(t, lead+"Semi Vakatawa and Prime Minister Josefa Rabuka held a separate meeting on Wednesday.", "Aisake Tora", "Josefa Rabuka")
	want21(t, lead+"Semi Vakatawa and Prime Minister Josefa Rabuka held a separate meeting on Wednesday.", "Semi Vakatawa", "Josefa Rabuka", "2024-11-13")
	// Without the apart word the list is of the meeting told after it.
	want21(t, lead+"Semi Vakatawa and Prime Minister Josefa Rabuka held a meeting on Wednesday.", "Aisake Tora", "Josefa Rabuka", "2024-11-13")
}

// "Talks between A's (national) government and B": the possessed noun
// stands for A, as "the A-ian government" does (p161; p44, p130).
// Another possessed noun is not a side.
func TestPossessedGovernmentIsASideOfTalks(t *testing.T) {
	text := "Island talks\nSUVA — Talks between Fiji's national government and the Rotuma Island Council opened in the capital on Tuesday.\n" +
		"The national side was led by Minister Aisake Tora, and the island side by Chief Semi Vakatawa."
	want21(t, text, "Aisake Tora", "Semi Vakatawa", "2024-11-12")
	// The people a list of no named side gives are the sides themselves:
	// no pair joins a state to its own delegate.
	if m, ok := met21(t, text, "Aisake Tora", "Semi Vakatawa"); ok && len(m.Participants) != 2 {
		t.Errorf("%q: participants %v, want the two delegation leaders", text, m.Participants)
	}
}

// "X, the <noun> who <clause>, met Y": an apposition whose noun a
// relative clause follows is one parenthetical, as ", who <clause>," is
// (relativeSubjects); the subject before it met Y (p160).
func TestAppositionWithRelativeClauseKeepsSubject(t *testing.T) {
	text := "Envoy's week\nGENEVA — Marta Oyelaran, the veteran mediator who has led the panel since 2019, met Defence Minister Kofi Adjei on Thursday."
	want21(t, text, "Marta Oyelaran", "Kofi Adjei", "2024-11-14")
	// A relative clause inside a list of two is no apposition.
	none21(t, "Envoy's week\nGENEVA — Marta Oyelaran, the mediator who met Kofi Adjei in May, said on Thursday that Ines Carvalho would chair the panel.", "Marta Oyelaran", "Ines Carvalho")
}
