package extract

import "testing"

// Issue 14's sixty-sixth round: participants not found as persons, each
// shape with sentences of its own.

// "Ambassador Extraordinary and Plenipotentiary of X": the words after the
// title head are the ambassador's rank, not a person's name (p39, p429).
func TestAmbassadorRankIsNoName(t *testing.T) {
	ps := personsOf(t, "On Monday, Foreign Minister Jan Novak received Ambassador Extraordinary and Plenipotentiary of Chile to the Czech Republic Ana Lind in Prague.")
	if _, ok := ps["Extraordinary"]; ok {
		t.Errorf("rank read as a person: %v", names(ps))
	}
	if _, ok := ps["Ana Lind"]; !ok {
		t.Errorf("ambassador not found: %v", names(ps))
	}
	// Minimal pair: a plain ambassador keeps her name.
	ps = personsOf(t, "On Monday, Foreign Minister Jan Novak received Ambassador Ana Lind in Prague.")
	if _, ok := ps["Ana Lind"]; !ok {
		t.Errorf("ambassador not found: %v", names(ps))
	}
}

// "Nguyen Van X": a foreign spelling of a city's name that matches the
// given names of a Vietnamese person is the rest of the name, not a city
// (p384, p429); a city under its own name stays a place.
func TestCityAliasInsideName(t *testing.T) {
	rec := run(t, "Talks\nDeputy Minister Pham Van Phu met Foreign Minister Jan Novak in Hanoi on Monday.", "2025-05-06")
	mustMeeting(t, rec, "Pham Van Phu", "Jan Novak")
	// Minimal pair: the canonical name after a name word is still the place.
	rec = run(t, "Talks\nDeputy Minister Pham Van Phu met Foreign Minister Jan Novak on Monday in Kuala Lumpur.", "2025-05-06")
	m := mustMeeting(t, rec, "Pham Van Phu", "Jan Novak")
	if m.Place != "Kuala Lumpur" {
		t.Errorf("place lost: %s", dump(rec))
	}
}

// "Minister of Land Reform, X", "Secretary of Water Management, X": a
// portfolio ending in "reform" or in a long noun in "-ment" is the title's
// complement, not a person before the apposed holder (p399; p433 has the
// shape after "Ministry of", which this does not reach).
func TestReformAndManagementPortfolios(t *testing.T) {
	for _, s := range []string{
		"On Monday, Jan Novak met the Minister of Agriculture and Land Reform, Ana Lind, in Prague.",
		"On Monday, Jan Novak met the Secretary of Coastal Water Management, Ana Lind, in Prague.",
	} {
		ps := personsOf(t, s)
		for _, bad := range []string{"Reform", "Land Reform", "Management", "Water Management", "Coastal Water Management"} {
			if _, ok := ps[bad]; ok {
				t.Errorf("%q: portfolio read as a person %q: %v", s, bad, names(ps))
			}
		}
		if _, ok := ps["Ana Lind"]; !ok {
			t.Errorf("%q: holder not found: %v", s, names(ps))
		}
	}
	// Minimal pair: a short given name in "-ment" still opens a name.
	ps := personsOf(t, "On Monday, Jan Novak met the Minister for Trade Clement Obi in Prague.")
	if _, ok := ps["Clement Obi"]; !ok {
		t.Errorf("name lost: %v", names(ps))
	}
}
