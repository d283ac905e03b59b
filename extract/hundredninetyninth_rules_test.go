package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-ninety-ninth round: roles where no negotiation
// is read (p1226-p1231: a first round of a strategic dialogue, a 1935
// naval agreement recorded by an exchange of notes, a framework worked
// out in Geneva, a free trade deal struck, a roadmap signed by a state's
// agency and an international one, a 1960 boundary agreement); each rule
// with sentences of its own.

// partyNamed: some negotiation of rec has as party an actor called name,
// by its name or one of its aliases.
func partyNamed(rec graph.Record, name string) bool {
	for _, n := range rec.Negotiations {
		for _, p := range n.Parties {
			for _, a := range rec.Actors {
				if a.Name == p && (a.Name == name || slices.Contains(a.Aliases, name)) {
					return true
				}
			}
		}
	}
	return false
}

// "His Majesty's Government" is the United Kingdom's government in the
// crown's style (crownGovernment, mention/crowngov.go; lexicon
// "crownGovernmentNouns"; p1227, p1070): talks between it and another
// state have Britain as a side. The negative cases: "His Majesty's
// Government of Nepal" names another crown's government, and "His
// Majesty the King" no government at all, so neither is Britain.
func TestCrownGovernmentIsBritain(t *testing.T) {
	for _, s := range []string{
		"Naval pact\nThe talks between His Majesty's Government and the Arlandian delegation opened in London on Monday.",
		"Fisheries deal\nThe agreement between Her Majesty's Government and Borvia on fishing limits was signed in Oslo on Monday after long negotiations.",
		"Treaty signed\nThe negotiations between Arland and His Britannic Majesty's Government ended in Paris on Monday with a treaty.",
	} {
		rec := corefRecord(t, s)
		if !partyNamed(rec, "United Kingdom") {
			t.Errorf("%q: want the United Kingdom a party: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Talks open\nThe talks between His Majesty's Government of Nepal and the Maoist rebels opened in Kathmandu on Monday.",
		"Audience\nHis Majesty the King received the Arlandian envoy in Amman on Monday for talks on the border dispute.",
	} {
		rec := corefRecord(t, s)
		for _, a := range rec.Actors {
			if slices.Contains(a.Aliases, "United Kingdom") || a.Name == "United Kingdom" {
				t.Errorf("%q: want no United Kingdom: %s", s, dump(rec))
			}
		}
	}
}

// "the Union of <state>" after "between A and" is that state's style, not
// a group "Union" of its own beside the state (stateStyleWord,
// mention/crowngov.go; lexicon "stateStyleNouns"; p1231). The negative
// case: "the Union of Islamic Courts" is a body's own name and stays one.
func TestStateStyleIsNoActor(t *testing.T) {
	for _, s := range []string{
		"Border pact\nThe agreement between Ghana and the Union of Burma on the boundary question was signed in Accra on Monday.",
		"Border pact\nThe talks between Togo and the Federation of Nigeria on the boundary question ended in Lome on Monday.",
	} {
		rec := corefRecord(t, s)
		for _, a := range rec.Actors {
			if a.Name == "Union" || a.Name == "Federation" {
				t.Errorf("%q: want no actor %q: %s", s, a.Name, dump(rec))
			}
		}
	}
	s := "Talks\nThe talks between the government and the Union of Islamic Courts opened in Khartoum on Monday."
	rec := corefRecord(t, s)
	found := false
	for _, a := range rec.Actors {
		found = found || a.Name == "Union of Islamic Courts"
	}
	if !found {
		t.Errorf("%q: want the Union of Islamic Courts an actor: %s", s, dump(rec))
	}
}
