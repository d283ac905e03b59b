package extract

import (
	"testing"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's eighty-first round: the places of meetings, each shape with
// sentences of its own.

// A "courtesy call" or "farewell call" is a visit paid in person, wherever
// the sentence puts it, and keeps that place (p429, p523); a courtesy
// call made by telephone is still a call, with no place.
func TestCourtesyCallNounInPerson(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"Envoy visits\nMAPUTO, May 4 - On 3 May, H.E. Ambassador Ana Rossi paid a courtesy call on H.E. Mr. Piet Grout, Minister of Energy, at the Ministry in Maputo.", "Maputo"},
		{"Envoy visits\nBy a staff writer\nGovernor Piet Grout received Ambassador Ana Rossi at the provincial office in Beira yesterday for a farewell call that lasted an hour.", "Beira"},
	} {
		rec := run(t, c.text, "2021-05-04")
		m := meetingWith(rec, "Ana Rossi", "Piet Grout")
		if m == nil {
			t.Errorf("%q: no meeting of Ana Rossi and Piet Grout (%v)", c.text, rec.Meetings)
			continue
		}
		if m.Mode == graph.Call || m.Place != c.place {
			t.Errorf("%q: mode %s at %q, want a visit at %q", c.text, m.Mode, m.Place, c.place)
		}
	}
	neg := "Envoy visits\nGovernor Piet Grout made a courtesy telephone call to Ambassador Ana Rossi in Beira yesterday."
	rec := run(t, neg, "2021-05-04")
	if m := meetingWith(rec, "Ana Rossi", "Piet Grout"); m != nil && m.Mode != graph.Call {
		t.Errorf("%q: a telephone call read as %s", neg, m.Mode)
	}
}

// A city that closes a participle or infinitive of a noun other than a
// meeting is where that noun's event was or will be — "the accord signed
// in X last year" (p519), "a fair to be held in X in the autumn" (p429)
// — not where the meeting of the sentence took place. An accord that
// "was signed in X" by the meeting's own people was signed there.
func TestNounEventPlaceIsNotTheMeetings(t *testing.T) {
	wantPlace(t, "Border works\nLIMA, March 5 - Ana Rossi met Piet Grout on Tuesday in the Government Palace to review the works agreed in the treaty signed in Brasilia last year.", "Ana Rossi", "Piet Grout", "Lima")
	wantPlace(t, "Trade fair\nOn Tuesday the ambassador, Ana Rossi, also met with Trade Minister Piet Grout to discuss the preparations for the trade fair to be held in Da Nang in the autumn.", "Ana Rossi", "Piet Grout", "")
	wantPlace(t, "Border accord\nThe accord was signed in Brasilia on Tuesday by Ana Rossi and Piet Grout after talks.", "Ana Rossi", "Piet Grout", "Brasilia")
}

// A scene timed by the visit as a whole ("During his visit, X also met
// Y") after a lead that dates a session, not the visit,
// is some day of the visit, told by the month (p389, p419); after a lead
// that dates the visit itself ("paid an official visit to X on 13 March")
// it is of that day (p04, p46).
func TestVisitTimedSceneMonth(t *testing.T) {
	for _, c := range []struct{ text, date string }{
		{"Joint commission\nMAPUTO, May 15 - On 14 May 2024, the joint commission of the two countries held its fifth session in Maputo. During his visit, Secretary Ana Rossi also met Prime Minister Piet Grout at his office.", "2024-05"},
		{"Joint commission\nMAPUTO, May 15 - On 14 May 2024, Secretary Ana Rossi paid an official visit to Maputo. During the visit, she held a meeting with Prime Minister Piet Grout at his office.", "2024-05-14"},
	} {
		rec := run(t, c.text, "2024-05-15")
		m := meetingWith(rec, "Ana Rossi", "Piet Grout")
		if m == nil {
			t.Errorf("%q: no meeting of Ana Rossi and Piet Grout (%v)", c.text, rec.Meetings)
			continue
		}
		if m.Date != c.date {
			t.Errorf("%q: dated %q, want %q", c.text, m.Date, c.date)
		}
	}
}

// A capital whose name another country's city holds as one of its
// alternates (cities.tsv gives Portland "Bridgetown", Hong Kong
// "Victoria", Chattogram "Islamabad") is the capital under its own name:
// the place rules read the city's name (p457's "in Bridgetown, Barbados"
// was read as Portland). The other city keeps its own name.
func TestCapitalNotAnotherCitysAlternate(t *testing.T) {
	g := gazetteer.Load()
	for _, c := range []struct{ phrase, city, ref string }{
		{"Bridgetown", "Bridgetown", "BB"},
		{"Victoria", "Victoria", "SC"},
		{"Islamabad", "Islamabad", "PK"},
		{"Portland", "Portland", "US"},
	} {
		k, _ := gazetteer.PhraseKey(c.phrase)
		if e := g.Phrases[k]; e.Kind != gazetteer.City || e.City != c.city || e.Ref != c.ref {
			t.Errorf("%s: %+v, want the city %s of %s", c.phrase, e, c.city, c.ref)
		}
	}
}
