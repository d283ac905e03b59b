package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-forty-first round: met pairs missed in Gulf
// and Levant agency readouts (p2678-p2683: a Kuwaiti premier's talks in a
// neighbour's capital, a deputy crown prince's summit-sidelines meetings
// under a Hijri dateline, a foreign minister's talks abroad, a signing
// under an emir's auspices, a crown prince's reception of two reconciled
// leaders, a sultan's reception of a visiting president); each rule with
// sentences of its own.

// "received at X Palace this morning Y", "received at X Palace here this
// evening Y": the filing day's part ("this morning") and the dateline's
// "here" close the place adjunct before the object as "today" does
// (args.ObjectAfterAdjuncts; p2683, p2631). The negative case: "received
// at X Palace this morning a letter from Y" names no object person.
func TestReceivedAtPlaceThisMorningObject(t *testing.T) {
	for _, text := range []string{
		"Talks\nSALALAH, May 6 (ONA) -- His Majesty King Rodrigo Velasquez received at Al Nadra Palace this morning His Excellency Dr. Tomas Ferreira, President of Portugal, who is visiting the country.",
		"Talks\nSALALAH, May 6 (ONA) -- His Majesty King Rodrigo Velasquez received at Al Nadra Palace here this evening President Tomas Ferreira of Portugal.",
	} {
		if !metHeld(t, text, "Rodrigo Velasquez", "Tomas Ferreira") {
			t.Errorf("%q: no meeting of Velasquez and Ferreira", text)
		}
	}
	neg := "Talks\nSALALAH, May 6 (ONA) -- His Majesty King Rodrigo Velasquez received at Al Nadra Palace this morning a letter from President Tomas Ferreira of Portugal."
	if metHeld(t, neg, "Rodrigo Velasquez", "Tomas Ferreira") {
		t.Errorf("%q: a letter received is no meeting", neg)
	}
}

// "Town, Rabi al-Awwal 3, 1441, Nov 1, 2019, AGENCY --": a Hijri month's
// name, spelled in two or three words before its day number, is a date,
// no person, and the town before it is the dateline's (hijriDayNumber,
// mention isDateWord; p2679, p1750). The negative case: a name that only
// opens with a month's word and has no number after it stays a person.
func TestHijriDayNoPerson(t *testing.T) {
	for _, text := range []string{
		"Talks\nHangzhou, Dhu al-Hijjah 9, 1437, Sep 10, 2016, SPA -- Prince Faisal bin Turki met here yesterday with President Andres Molina of Chile.",
		"Talks\nHangzhou, Dhul-Hijjah 9, 1437, Sep 10, 2016, SPA -- Prince Faisal bin Turki met here yesterday with President Andres Molina of Chile.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range rec.Actors {
			if a.Kind == "person" && strings.Contains(a.Name, "Hijjah") {
				t.Errorf("%q: month %q read as a person", text, a.Name)
			}
		}
		found := false
		for _, m := range rec.Meetings {
			if m.Status == "held" && slices.Contains(m.Participants, "Faisal bin Turki") && slices.Contains(m.Participants, "Andres Molina") {
				found = true
				if m.Place != "Hangzhou" {
					t.Errorf("%q: place %q, want Hangzhou", text, m.Place)
				}
			}
		}
		if !found {
			t.Errorf("%q: no meeting of Faisal bin Turki and Molina", text)
		}
	}
	neg := "Talks\nAMMAN, May 3 (Petra) -- Foreign Minister Safar Hamdan met his Chilean counterpart Andres Molina on Sunday."
	rec, err := Extract(Article{ID: "t", Text: neg, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Kind == "person" && strings.Contains(a.Name, "Safar Hamdan") }) {
		t.Errorf("%q: Safar Hamdan lost", neg)
	}
}
