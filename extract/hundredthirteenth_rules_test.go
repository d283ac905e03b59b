package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-thirteenth round: an untargeted batch (p710-p715);
// the rules below fix the shapes it showed worst, each with sentences of
// its own.

func r113Extract(t *testing.T, text string) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// "The two premiers conferred for four hours", "A conferred with B on
// Monday": "confer" reports a consultation, as "consulted" does, when a
// conferTails word, a punctuation mark or "on" and a day follows it
// (conferTogether, meeting/meetings.go; p710, p588, p610, p40). The
// negative cases grant an honour: "conferred the Grand Cross on X",
// "conferred upon X the Grand Cross", "the title conferred by X".
func TestConferredIsConsultation(t *testing.T) {
	for _, text := range []string{
		"Talks\nVIENNA, May 5 - Chancellor Otto Brenner and Premier Luc Delorme conferred for four hours at the chancellery on Monday.",
		"Talks\nVIENNA, May 5 - Chancellor Otto Brenner conferred with Premier Luc Delorme on Monday.",
	} {
		rec := r113Extract(t, text)
		m := meetingWith(rec, "Otto Brenner", "Luc Delorme")
		if m == nil || m.Date != "2025-05-05" {
			t.Errorf("%q: want a Brenner-Delorme meeting on 2025-05-05: %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		"Talks\nVIENNA, May 5 - Premier Luc Delorme conferred the Grand Cross on Chancellor Otto Brenner on Monday.",
		"Talks\nVIENNA, May 5 - Premier Luc Delorme conferred upon Chancellor Otto Brenner the Grand Cross of the order.",
		"Talks\nVIENNA, May 5 - The title conferred by Premier Luc Delorme on Chancellor Otto Brenner was criticised.",
	} {
		rec := r113Extract(t, text)
		if m := meetingWith(rec, "Otto Brenner", "Luc Delorme"); m != nil {
			t.Errorf("%q: an honour granted is no meeting: %s", text, dump(rec))
		}
	}
}

// "X arrived here tonight from Madrid after two days of talks. X, who met
// Y for three hours yesterday, ...": a meeting of the traveller dated
// before the arrival was held in the city the traveller came from, not at
// the dateline (arrivedFrom, meeting/meetings.go; p40, where the
// consultation "conferred ... yesterday" would else take the dateline's
// city once "conferred" reports one). The negative case: a meeting on the day of the arrival, after
// it, stays at the dateline.
func TestMeetingBeforeArrivalFrom(t *testing.T) {
	rec := r113Extract(t, "Talks\nROME, May 6 - Envoy Karl Hessing arrived here tonight from Madrid after two days of talks with Spanish leaders. Mr. Hessing, who met Prime Minister Ana Pardo for three hours yesterday, is to see Premier Lucio Ferri tomorrow.")
	if m := meetingWith(rec, "Karl Hessing", "Ana Pardo"); m == nil || m.Place != "Madrid" {
		t.Errorf("want the Hessing-Pardo meeting in Madrid: %s", dump(rec))
	}
	rec = r113Extract(t, "Talks\nROME, May 6 - Envoy Karl Hessing arrived here this morning from Madrid. He met Premier Lucio Ferri at the palace this afternoon.")
	if m := meetingWith(rec, "Karl Hessing", "Lucio Ferri"); m == nil || m.Place != "Rome" {
		t.Errorf("want the Hessing-Ferri meeting in Rome: %s", dump(rec))
	}
}

// "Y, the party secretary, sat at Premier X's side": the sitter is at the
// encounter beside X (personSide, meeting/meetings.go; the possessor
// stays a participant, args/participants.go PossessorOnly; p588, where
// the party chief was else lost once the consultation rule mended the
// meeting that had him by mistake). The negative cases: "took X's side in the
// dispute" is a stand, "sat at the side of the hall" no one's side.
func TestSatAtPersonsSide(t *testing.T) {
	rec := r113Extract(t, "Talks\nGENEVA, May 5 - Premier Ivan Petrov spoke for his government at the opening session. Viktor Lomov, the party secretary, sat at Premier Petrov's side.")
	if m := meetingWith(rec, "Viktor Lomov", "Ivan Petrov"); m == nil {
		t.Errorf("want a Lomov-Petrov encounter: %s", dump(rec))
	}
	for _, text := range []string{
		"Talks\nGENEVA, May 5 - Premier Ivan Petrov spoke for his government. Viktor Lomov, the party secretary, took Premier Petrov's side in the dispute.",
		"Talks\nGENEVA, May 5 - Premier Ivan Petrov spoke for his government. Viktor Lomov, the party secretary, sat at the side of the hall.",
	} {
		rec := r113Extract(t, text)
		if m := meetingWith(rec, "Viktor Lomov", "Ivan Petrov"); m != nil {
			t.Errorf("%q: no encounter: %s", text, dump(rec))
		}
	}
}

// "the President of the Azerbaijan Republic X": a country name and a
// capitalized "Republic" after it are one name of the state
// (stateRepublic, mention/mentions.go; p715), so "Republic" no longer
// opens the person's name after it ("Republic X"). The negative cases:
// "Republic Day" stays a holiday after the state, and a state whose
// official name the gazetteer lists ("the Czech Republic") is unchanged.
func TestCountryNameRepublic(t *testing.T) {
	rec := r113Extract(t, "Talks\nBAKU, May 5 - The President of the Azerbaijan Republic Anar Guliyev met the President of Armenia Aram Petrosyan on Monday.")
	if m := meetingWith(rec, "Anar Guliyev", "Aram Petrosyan"); m == nil {
		t.Errorf("want a Guliyev-Petrosyan meeting: %s", dump(rec))
	}
	for _, n := range personNames(rec) {
		if n != "Anar Guliyev" && n != "Aram Petrosyan" {
			t.Errorf("stray person %q: %s", n, dump(rec))
		}
	}
	if !slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Kind == graph.State && a.Name == "Azerbaijan Republic" }) {
		t.Errorf("want the state named Azerbaijan Republic: %s", dump(rec))
	}
	rec = r113Extract(t, "Talks\nDELHI, May 5 - Prime Minister Ravi Sharma hosted Aram Petrosyan at the India Republic Day parade on Monday.")
	for _, a := range rec.Actors {
		if strings.Contains(a.Name, "Republic") {
			t.Errorf("Republic Day taken for a state's name: %s", dump(rec))
		}
	}
	rec = r113Extract(t, "Talks\nPRAGUE, May 5 - The Prime Minister of the Czech Republic Jan Novak met Aram Petrosyan on Monday.")
	if m := meetingWith(rec, "Jan Novak", "Aram Petrosyan"); m == nil {
		t.Errorf("want a Novak-Petrosyan meeting: %s", dump(rec))
	}
}
