package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

var rulesPub = time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)

// lastHeldPlace extracts text and returns the place of its last held
// meeting, failing when there is none.
func lastHeldPlace(t *testing.T, text string) string {
	t.Helper()
	got := heldAt(t, text, rulesPub)
	if len(got) == 0 {
		t.Fatalf("%q: no held meeting", text)
	}
	return got[len(got)-1].Place
}

// "CITY, AGENCY -" is a dateline: its city places the lead's meeting.
func TestDatelineWithAgencyAfterComma(t *testing.T) {
	for _, agency := range []string{"LUSA", "ANP", "XYZ"} {
		p := lastHeldPlace(t, "Envoys hold second round\nLisbon, "+agency+" - Foreign Minister Ana Lind and Minister Omar Farid held a second round of talks on Sunday night.")
		if p != "Lisbon" {
			t.Errorf("%s: place %q, want Lisbon", agency, p)
		}
	}
	// A lower-case word after the comma is no agency credit.
	p := lastHeldPlace(t, "Envoys confer\nLisbon, once a port of empire - so the guide said - saw Minister Ana Lind meet Minister Omar Farid on Sunday.")
	if p == "Lisbon" {
		t.Errorf("no dateline: place %q", p)
	}
}

// The headline's "in X" places the lead's held meeting that names no
// place; a meeting told with a place of its own keeps it.
func TestHeadlinePlacesLead(t *testing.T) {
	p := lastHeldPlace(t, "Lind and Farid shake hands in Lisbon\nMinister Ana Lind and Minister Omar Farid met at a dinner on Sunday.")
	if p != "Lisbon" {
		t.Errorf("headline place: %q, want Lisbon", p)
	}
	p = lastHeldPlace(t, "Lind and Farid shake hands in Lisbon\nMinister Ana Lind and Minister Omar Farid met in Porto on Sunday.")
	if p != "Porto" {
		t.Errorf("own place: %q, want Porto", p)
	}
	// Only the lead: a meeting told after three other sentences is not placed.
	p = lastHeldPlace(t, "Lind and Farid shake hands in Lisbon\nTrade grew last year. Both ministries issued statements. Officials expect more exchanges. Minister Ana Lind and Minister Omar Farid met on Sunday.")
	if p != "" {
		t.Errorf("beyond the lead: %q, want none", p)
	}
}

// "The talks got underway ... in X": a sentence about the meeting just
// told, naming no one, says where it was; "in X, a Freedonian town" names
// a town the gazetteer lacks.
func TestSequelSentencePlacesMeeting(t *testing.T) {
	cases := map[string]string{
		"Minister Ana Lind met Minister Omar Farid on Monday. The meeting took place in Lisbon.":                                                 "Lisbon",
		"Minister Ana Lind met Minister Omar Farid on Monday. The talks were held at noon in Lisbon.":                                            "Lisbon",
		"Chilean and Peruvian officials have begun river border talks. The talks got underway on Monday in Belmora, a Chilean riverside town.":   "Belmora",
		"Chilean and Peruvian officials have begun river border talks. The talks began at a camp run by OAS monitors, in Belmora, a small town.": "Belmora",
	}
	for text, want := range cases {
		if p := lastHeldPlace(t, "Title\n"+text); p != want {
			t.Errorf("%q: place %q, want %q", text, p, want)
		}
	}
	// A sentence with people of its own tells another meeting.
	got := heldAt(t, "Title\nMinister Ana Lind met Minister Omar Farid on Monday. The talks between Mayor Eva Sol and Mayor Ivo Tal took place in Porto.", rulesPub)
	for _, m := range got {
		if slices.Contains(m.Participants, "Ana Lind") && m.Place == "Porto" {
			t.Errorf("Lind's meeting placed by another sentence's meeting: %v", m)
		}
	}
	// Not a settlement: "in X, a former colleague" is no town.
	text := "Title\nMinister Ana Lind met Minister Omar Farid on Monday. The meeting took place in Marsh, a former colleague of both."
	if p := lastHeldPlace(t, text); p == "Marsh" {
		t.Errorf("apposition with no settlement noun: place %q", p)
	}
}

// rolesIn extracts text and returns its parties and mediators.
func rolesIn(t *testing.T, text string) (parties, mediators []string) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: rulesPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range rec.Negotiations {
		parties = append(parties, n.Parties...)
		mediators = append(mediators, n.Mediators...)
	}
	slices.Sort(parties)
	slices.Sort(mediators)
	return parties, mediators
}

// Brokering told in other words than "mediator": a relative clause, a
// nominalization, "played a facilitating role", carrying messages between
// the sides, a title set beside its holder.
func TestMediatorConstructions(t *testing.T) {
	cases := map[string][]string{
		"Chile and Peru signed a border accord with Norway, which brokered the deal.":                                                                {"Norway"},
		"Officials from Chile and Peru, through Norway's facilitation, held talks in Lima.":                                                          {"Norway"},
		"Chile and Peru held talks in Lima under the auspices of Norway.":                                                                            {"Norway"},
		"Chile and Peru held border talks in Lima. Norway played a facilitating role, its minister said.":                                            {"Norway"},
		"The two delegations sat in one room. UN personnel and Switzerland's Ambassador to Bolivia Anna Roth were carrying messages back and forth.": {"Anna Roth", "Switzerland", "UN"},
		"At the talks brokered by Norway's Prime Minister, Lars Dahl, Chile and Peru settled the border dispute.":                                    {"Lars Dahl", "Norway"},
	}
	for text, want := range cases {
		_, meds := rolesIn(t, text)
		if !slices.Equal(meds, want) {
			t.Errorf("%q: mediators %v, want %v", text, meds, want)
		}
	}
	// Minimal pairs: no brokering.
	for _, text := range []string{
		"Chile and Peru signed a border accord with Norway, which hosted the ceremony.",
		"The two delegations sat in one room. UN personnel were carrying chairs back and forth.",
		"Norway played a large role in the regional economy, its minister said.",
	} {
		if _, meds := rolesIn(t, text); len(meds) != 0 {
			t.Errorf("%q: mediators %v, want none", text, meds)
		}
	}
}

// The sequel sentence's own place wins over the dateline's, and its date
// dates a meeting told with none.
func TestSequelOverDateline(t *testing.T) {
	got := heldAt(t, "Talks open\nLisbon, LUSA - Chilean and Peruvian officials have begun river border talks. The talks got underway on Monday in Belmora, a Chilean riverside town.", rulesPub)
	if len(got) != 1 || got[0].Place != "Belmora" || got[0].Date != "2025-05-05" {
		t.Errorf("held %v, want one meeting in Belmora on Monday 2025-05-05", got)
	}
}

// "X, who carried proposals between the two sides" is a go-between.
func TestRelativeGoBetween(t *testing.T) {
	_, meds := rolesIn(t, "Chile and Peru held talks in Lima. Also there was Swiss envoy Anna Roth, who carried proposals between the two sides.")
	if !slices.Contains(meds, "Anna Roth") {
		t.Errorf("mediators %v, want Anna Roth", meds)
	}
}

// Three sides or more at a meeting are parties when it reached an
// agreement among them; a meeting of three with no agreement makes none.
func TestAgreementMakesPartiesOfAllSides(t *testing.T) {
	parties, _ := rolesIn(t, "President Ana Lind of Chile, President Omar Farid of Peru and President Eva Sol of Bolivia met in Quito on Monday, agreeing on a deal on river water.")
	if !slices.Equal(parties, []string{"Bolivia", "Bolivia", "Chile", "Chile", "Peru", "Peru"}) {
		t.Errorf("parties %v, want Bolivia, Chile and Peru in each pair", parties)
	}
	parties, _ = rolesIn(t, "President Ana Lind of Chile, President Omar Farid of Peru and President Eva Sol of Bolivia met in Quito on Monday for a state dinner.")
	if len(parties) != 0 {
		t.Errorf("parties %v, want none", parties)
	}
}

// "A and B acted as mediators between C and D": each of a coordinated
// subject is a mediator, whatever the mediator noun, hyphenated or not.
func TestCoordinatedMediatorsAs(t *testing.T) {
	for _, noun := range []string{"mediators", "go-betweens", "intermediaries", "guarantors"} {
		for _, subj := range []string{"Norway and Cuba", "Norway, Cuba and Chile"} {
			text := "Peace talks\n" + subj + " have acted as " + noun + " between Colombia and the ELN since the talks began."
			rec, err := Extract(Article{ID: "t", Text: text})
			if err != nil {
				t.Fatal(err)
			}
			var meds []string
			for _, n := range rec.Negotiations {
				meds = append(meds, n.Mediators...)
			}
			for _, want := range strings.Split(strings.ReplaceAll(subj, " and ", ", "), ", ") {
				if !slices.Contains(meds, want) {
					t.Errorf("%q: mediators %v, want %s", text, meds, want)
				}
			}
		}
	}
}
