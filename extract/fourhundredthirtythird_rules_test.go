package extract

import "testing"

// Issue 14's four-hundred-and-thirty-third round: persons in non-English
// name orders and forms (p2630-p2635: a Chinese agency's state visit of
// 1994, a Saudi agency's audience of 2007, a Spanish agency's jungle
// summit of 2001, a Japanese ministry's readout of 2019, a Thai agency's
// forum of 2003, a Brazilian agency's presidential visit of 2003); each
// rule with sentences of its own.

// A headline's short name that several people of the body share — the
// family name put first ("President Pyo" over "President Pyo Dal-hun" and
// his spokesman "Pyo Min-su"), the given name opening an Arabic chain
// ("King Rashed" over "King Rashed bin Faleh" and "Crown Prince Tamer bin
// Rashed") — is the person the story is about, not a person of its own
// (actors.namesakeAhead; p1972, p1489, p2095 in the probe).
func TestHeadlineNamesakeJoinsTheFullName(t *testing.T) {
	rec := run(t, "President Pyo receives northern envoys\n\nSEOUL, May 4 (Yonhap) - President Pyo Dal-hun on Monday received a delegation led by Vice Chairman Ro Jin-sok at the presidential office.\n"+
		"\"The talks were candid,\" presidential spokesman Pyo Min-su told reporters.\n", "2009-05-04")
	if actorNamed(rec, "Pyo Dal-hun") == nil {
		t.Fatalf("want the president: %s", dump(rec))
	}
	for _, a := range rec.Actors {
		if a.Kind == "person" && a.Name == "Pyo" {
			t.Errorf("the headline's Pyo is the president, no person of its own: %s", dump(rec))
		}
	}
	rec = run(t, "Accords signed during King Rashed's visit\n\nCAIRO, May 4 (MENA) - Prime Minister Adel Samir and Crown Prince Tamer bin Rashed signed the accords at the palace in the presence of King Rashed bin Faleh, who held talks with the president earlier in the day.\n", "2016-05-04")
	if actorNamed(rec, "Rashed bin Faleh") == nil || actorNamed(rec, "Tamer bin Rashed") == nil {
		t.Fatalf("want both namesakes: %s", dump(rec))
	}
	for _, a := range rec.Actors {
		if a.Kind == "person" && a.Name == "Rashed" {
			t.Errorf("the headline's Rashed is the king, no person of its own: %s", dump(rec))
		}
	}
}
