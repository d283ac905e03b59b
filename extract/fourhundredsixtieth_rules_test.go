package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-sixtieth round: a batch targeted at people
// named in a meeting's sentence who did not meet its people (p2792-p2797:
// a 1986 wire on a secretary of state's palace talks in Manila with a
// letter from his president, a 1996 Japanese agency on a foreign
// minister's talks in Lima during a hostage crisis, a 2007 Korean agency
// on foreign ministers' talks after a phone call, a 1990 German agency on
// foreign ministers' talks in Brest the day after a call, a 2002
// Malaysian agency on a visitor carrying a letter to a prime minister, a
// 1994 Australian agency on a foreign minister's talks in Jakarta); each
// rule with sentences of its own.

// fourhundredsixtiethHeld: the held meeting whose participants are
// exactly names, in any order, or nil.
func fourhundredsixtiethHeld(rec graph.Record, names ...string) *graph.Meeting {
	for i, m := range rec.Meetings {
		if m.Status != graph.Held || len(m.Participants) != len(names) {
			continue
		}
		all := true
		for _, n := range names {
			all = all && slices.Contains(m.Participants, n)
		}
		if all {
			return &rec.Meetings[i]
		}
	}
	return nil
}

// fourhundredsixtiethPaired: some held meeting has both a and b.
func fourhundredsixtiethPaired(rec graph.Record, a, b string) bool {
	return slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool {
		return m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b)
	})
}

// "A met B on Tuesday after speaking by telephone with C", "a day after
// talking by phone with C": A's call with C is an encounter of its own,
// on the day the distance puts it; "a day after calling on C in P" a
// visit (trailingCall; p2794, p2795, p1119). C never met B. The negative
// case: "after speaking to reporters" names no one called.
func TestTrailingCallIsAnotherEncounter(t *testing.T) {
	for _, c := range []struct {
		line, mode, date, place string
	}{
		{"Foreign Minister Tomas Rendal met his Latvian counterpart Ilze Varga in Oslo on Monday after speaking by telephone with German Chancellor Pieter Holm, officials said.", "call", "2025-05-05", ""},
		{"Foreign Minister Tomas Rendal met his Latvian counterpart Ilze Varga in Oslo on Monday, a day after talking by phone with German Chancellor Pieter Holm.", "call", "2025-05-04", ""},
		{"Foreign Minister Tomas Rendal met his Latvian counterpart Ilze Varga in Oslo on Monday, a day after calling on German Chancellor Pieter Holm in Bergen.", "in-person", "2025-05-04", "Bergen"},
	} {
		rec := corefRecord(t, "Ministers meet\n"+c.line)
		m := fourhundredsixtiethHeld(rec, "Tomas Rendal", "Pieter Holm")
		if m == nil || string(m.Mode) != c.mode || m.Date != c.date || m.Place != c.place {
			t.Errorf("%q: want Rendal-Holm %s on %s at %q: %s", c.line, c.mode, c.date, c.place, dump(rec))
		}
		if fourhundredsixtiethPaired(rec, "Ilze Varga", "Pieter Holm") || fourhundredsixtiethHeld(rec, "Tomas Rendal", "Ilze Varga") == nil {
			t.Errorf("%q: want Rendal-Varga alone: %s", c.line, dump(rec))
		}
	}
	rec := corefRecord(t, "Ministers meet\nForeign Minister Tomas Rendal met his Latvian counterpart Ilze Varga in Oslo on Monday after speaking to reporters at the airport.")
	if len(rec.Meetings) != 1 {
		t.Errorf("a word to reporters read as an encounter: %s", dump(rec))
	}
}

// "A met B, carrying a letter from C to D": the addressee, like the
// sender, is not at the meeting (recipient; p2796, p2314). The negative
// case: "conveyed greetings from C to D at their talks" went to D in
// person.
func TestLetterAddresseeIsNotThere(t *testing.T) {
	rec := corefRecord(t, "Envoy in Riga\nForeign Secretary Tomas Rendal met Foreign Minister Ilze Varga in Riga on Monday, carrying a letter from President Pieter Holm to Prime Minister Anna Kalnina on the fisheries dispute.")
	if fourhundredsixtiethHeld(rec, "Tomas Rendal", "Ilze Varga") == nil || fourhundredsixtiethPaired(rec, "Tomas Rendal", "Anna Kalnina") {
		t.Errorf("want Rendal-Varga alone, Kalnina the letter's addressee: %s", dump(rec))
	}
	rec = corefRecord(t, "Envoy in Riga\nForeign Secretary Tomas Rendal conveyed greetings from President Pieter Holm to Prime Minister Anna Kalnina at their talks in Riga on Monday.")
	if !fourhundredsixtiethPaired(rec, "Tomas Rendal", "Anna Kalnina") {
		t.Errorf("want Rendal-Kalnina, the greetings conveyed in person: %s", dump(rec))
	}
}
