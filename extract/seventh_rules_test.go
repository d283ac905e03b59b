package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's seventh round: rules for constructions the seventh probe
// batch (p65-p72) showed beside earlier rounds, each with sentences of its
// own.

// extractAt extracts a text published on corefPub (Tuesday 6 May 2025).
func extractAt(t *testing.T, text string) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// "A called on B" with a person after "on" is a visit paid in person
// (p63, p71); "called on B to free ..." and "called on Norway" are
// appeals.
func TestCourtesyCall(t *testing.T) {
	for _, text := range []string{
		"Talks\nEnvoy Rosa Quint called on Prime Minister Lena Berg at her office in Oslo on Monday.",
		"Talks\nOn Monday, Rosa Quint called on Lena Berg and handed over a letter.",
		"Talks\nEnvoy Rosa Quint arrived in Oslo on Monday and called on Swedish Foreign Minister Lena Berg.",
	} {
		rec := extractAt(t, text)
		m := meetingOf(rec, "Rosa Quint", "Lena Berg")
		if m == nil || m.Status != graph.Held || m.Mode == graph.Call {
			t.Errorf("%q: want a held in-person meeting of Quint and Berg, got %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		"Talks\nEnvoy Rosa Quint called on Prime Minister Lena Berg to release the prisoners.",
		"Talks\nEnvoy Rosa Quint called on Norway to host the talks.",
		"Talks\nEnvoy Rosa Quint called on the two leaders, Lena Berg and Omar Haddad, to return to the table.",
	} {
		if got := pairsOf(t, text); len(got) != 0 {
			t.Errorf("%q: an appeal is no meeting, got pairs %v", text, got)
		}
	}
}

// "On the same day, A met B", "A spoke with B the same afternoon",
// "Earlier in the day, A met B": the meeting took place on the day of the
// last meeting told with a day (p58, p63, p68, p70).
func TestSameDay(t *testing.T) {
	for _, text := range []string{
		"Talks\nPresident Ada Lind held talks with envoy Rosa Quint in Oslo on Friday.\nOn the same day, Prime Minister Lena Berg received Quint at her office.",
		"Talks\nPresident Ada Lind held talks with envoy Rosa Quint in Oslo on Friday.\nPrime Minister Lena Berg met Quint later that day.",
		"Talks\nPresident Ada Lind held talks with envoy Rosa Quint in Oslo on Friday.\nAn aide said the talks went well.\nEarlier in the day, Prime Minister Lena Berg received Quint at her office.",
		"Talks\nPresident Ada Lind spoke by phone with envoy Rosa Quint on Friday.\nLind spoke with Prime Minister Lena Berg by video link the same afternoon.",
	} {
		rec := extractAt(t, text)
		var m *graph.Meeting
		if m = meetingOf(rec, "Lena Berg", "Rosa Quint"); m == nil {
			m = meetingOf(rec, "Ada Lind", "Lena Berg")
		}
		if m == nil || m.Date != "2025-05-02" {
			t.Errorf("%q: want the second meeting on 2025-05-02, got %s", text, dump(rec))
		}
	}
}

// "The accord was signed in Oslo on Monday by A and B": the agent of a
// passive signing may follow the place and time phrases (p62, p69); it
// brings the signatories together, at that place and day.
func TestPassiveSigningAfterAdjuncts(t *testing.T) {
	for _, text := range []string{
		"Deal\nThe accord was signed in Oslo on Monday by President Ada Lind and envoy Rosa Quint.",
		"Deal\nThe accord was formally signed at the Grand Hotel in Oslo on Monday, by President Ada Lind and envoy Rosa Quint.",
	} {
		rec := extractAt(t, text)
		m := meetingOf(rec, "Ada Lind", "Rosa Quint")
		if m == nil || m.Status != graph.Held || m.Place != "Oslo" || m.Date != "2025-05-05" {
			t.Errorf("%q: want a meeting of Lind and Quint in Oslo on 2025-05-05, got %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		"Deal\nThe accord was signed in Oslo on Monday. President Ada Lind praised envoy Rosa Quint.",
		"Deal\nPresident Ada Lind signed a decree in Oslo on Monday with a pen given by envoy Rosa Quint.",
	} {
		if got := pairsOf(t, text); len(got) != 0 {
			t.Errorf("%q: no signing together, got pairs %v", text, got)
		}
	}
}

// "A flew to Oslo, where she was received by B": the pronoun after
// ", where" is the subject of the clause the place belongs to; when that
// subject is itself a pronoun, the person it stands for (p46, p67, p68).
func TestWherePronoun(t *testing.T) {
	for _, text := range []string{
		"Talks\nEnvoy Rosa Quint flew to Bergen on Monday, where she was received by Foreign Minister Omar Haddad.",
		"Talks\nEnvoy Rosa Quint spoke to reporters in Oslo on Sunday.\nOn Monday she flew to Bergen, where she was received by Foreign Minister Omar Haddad.",
	} {
		rec := extractAt(t, text)
		m := meetingOf(rec, "Rosa Quint", "Omar Haddad")
		if m == nil || m.Status != graph.Held || m.Place != "Bergen" {
			t.Errorf("%q: want a held meeting of Quint and Haddad in Bergen, got %s", text, dump(rec))
		}
	}
	// The subject named in the clause wins over the sentence before.
	rec := extractAt(t, "Talks\nEnvoy Rosa Quint spoke to reporters in Oslo on Sunday.\nPresident Ada Lind flew to Bergen on Monday, where she was received by Foreign Minister Omar Haddad.")
	if meetingOf(rec, "Ada Lind", "Omar Haddad") == nil || meetingOf(rec, "Rosa Quint", "Omar Haddad") != nil {
		t.Errorf("want Lind (not Quint) received by Haddad, got %s", dump(rec))
	}
}

// Carrying proposals between the sides is brokering, also when the
// proposals have a modifier or a coordinated noun ("carried written
// proposals", "carrying maps and proposals from one side to the other"),
// and when the carrier's name has an apposition ("X, Sweden's foreign
// minister, carried ...") (p62, p67).
func TestShuttleObjects(t *testing.T) {
	for _, text := range []string{
		"Talks\nTalks between Norway and Freedonia resumed in Oslo on Monday. Sweden carried written proposals between the two teams.",
		"Talks\nTalks between Norway and Freedonia resumed in Oslo on Monday. Sweden passed maps and proposals from one side to the other.",
		"Talks\nTalks between Norway and Freedonia resumed in Oslo on Monday. Omar Haddad, Sweden's foreign minister, carried fresh proposals between the two teams.",
	} {
		rec := extractAt(t, text)
		var meds []string
		for _, n := range rec.Negotiations {
			meds = append(meds, n.Mediators...)
		}
		if !slices.Contains(meds, "Sweden") {
			t.Errorf("%q: mediators %v, want Sweden", text, meds)
		}
	}
	// Carrying something else, or a proposal without a path, is not.
	for _, text := range []string{
		"Talks\nTalks between Norway and Freedonia resumed in Oslo on Monday. Sweden carried heavy equipment between the two camps.",
		"Talks\nTalks between Norway and Freedonia resumed in Oslo on Monday. Sweden carried written proposals to the press.",
	} {
		rec := extractAt(t, text)
		for _, n := range rec.Negotiations {
			if slices.Contains(n.Mediators, "Sweden") {
				t.Errorf("%q: Sweden read as a mediator", text)
			}
		}
	}
}

// A short function word capitalized inside a sentence between two
// capitalized words is part of a name: "General Secretary To Lam",
// "Chairman Do Van Hieu" (p58, p68). Headlines capitalize every word, so
// there it stays a word.
func TestNameParticleWord(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Talks\nHe conveyed the greetings of General Secretary To Lam to President Ada Lind.", "To Lam"},
		{"Talks\nChairman of the National Assembly Do Van Hieu met President Ada Lind in Hanoi on Monday.", "Do Van Hieu"},
	} {
		rec := extractAt(t, tc.text)
		var names []string
		for _, a := range rec.Actors {
			if a.Kind == graph.Person {
				names = append(names, a.Name)
			}
		}
		if !slices.Contains(names, tc.want) {
			t.Errorf("%q: persons %v, want %s", tc.text, names, tc.want)
		}
	}
	// A word that opens sentences, after a name, is a lost sentence break.
	rec := extractAt(t, "Talks\nEnvoy Rosa Quint met Foreign Minister Omar Haddad A spokesman said the meeting went well.")
	if meetingOf(rec, "Rosa Quint", "Omar Haddad") == nil {
		t.Errorf("lost sentence break joined to a name: %s", dump(rec))
	}
	rec = extractAt(t, "Lind Meets Quint In Oslo\nPresident Ada Lind met envoy Rosa Quint in Oslo on Monday.")
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && (a.Name == "Quint In Oslo" || a.Name == "In Oslo") {
			t.Errorf("headline word read as a name part: %s", dump(rec))
		}
	}
}
