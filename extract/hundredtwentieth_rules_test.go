package extract

import "testing"

// Issue 14's hundred-and-twentieth round: meetings of a delegation named
// by its side, with sentences of its own.

// A side's team named by its demonym — "the Finnish ministers", "the
// Latvian delegation", "the Romanians" — as the subject or object of a
// meeting stands for the people who sat for that state at the meeting
// told just before (coref.SideTeam, delegation.go; p754, p752): they met
// the one named beside it. The negative cases: the other side of that
// meeting is not added, and with no meeting told before the team stands
// for no one.
func TestSideTeamStandsForItsPeople(t *testing.T) {
	for _, c := range []struct{ text, a, b, not string }{
		{"Trade pact talks\nOSLO, March 3 - Finnish Trade Minister Aino Laine and Economy Minister Pekka Saari held talks with Norwegian Trade Minister Lars Berg on Monday. The Finnish ministers were later received by Prime Minister Ole Dahl.",
			"Pekka Saari", "Ole Dahl", "Lars Berg"},
		{"Border talks\nTALLINN, March 3 - Latvian envoy Janis Ozols met Estonian Foreign Minister Kaja Tamm on Monday. On Tuesday the Latvian delegation held talks with Defence Minister Mart Kask.",
			"Janis Ozols", "Mart Kask", "Kaja Tamm"},
		{"Water talks\nSOFIA, March 3 - A delegation that included Romanian Environment Minister Dan Popa and his deputy Ioana Marin met Bulgarian Environment Minister Ivan Petrov on Monday. The Romanians were received by Prime Minister Georgi Dimov on Tuesday.",
			"Ioana Marin", "Georgi Dimov", "Ivan Petrov"},
	} {
		rec, err := Extract(Article{ID: "t", Text: c.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if !metPair(rec, c.a, c.b) {
			t.Errorf("%q: want %s met %s; meetings %+v", c.text, c.a, c.b, rec.Meetings)
		}
		if metPair(rec, c.not, c.b) {
			t.Errorf("%q: %s did not meet %s; meetings %+v", c.text, c.not, c.b, rec.Meetings)
		}
	}
	// Negative: no meeting told before the team.
	rec, err := Extract(Article{ID: "t", Text: "Water talks\nSOFIA, March 3 - The Romanian ministers were received by Prime Minister Georgi Dimov on Tuesday. Environment Minister Dan Popa said the visit went well.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if metPair(rec, "Dan Popa", "Georgi Dimov") {
		t.Errorf("no meeting told before the Romanian ministers: want no pair; meetings %+v", rec.Meetings)
	}
}
