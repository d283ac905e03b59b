package extract

import (
	"slices"
	"testing"
)

// Issue 14's ninety-first round: the sides of mediated talks, each shape
// with sentences of its own.

// talksRoles is every party and every mediator the record names.
func talksRoles(t *testing.T, text string) (parties, mediators []string) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range rec.Negotiations {
		parties = append(parties, n.Parties...)
		mediators = append(mediators, n.Mediators...)
	}
	return parties, mediators
}

// "X carried messages between A and B", "the envoy shuttled between A's
// capital and B's": the shuttle makes X a broker, and the two it goes
// between are the sides (shuttledSides, p372, p358).
func TestShuttledSides(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"Talks\nGENEVA - For most of the winter a Swiss lawyer kept carrying written proposals between the Belgian government and the FLN, aides recalled.", "Belgium", "FLN"},
		{"Talks\nBRUSSELS - The European envoy shuttled between Belgrade and Pristina on Monday in search of a compromise on the licence plates.", "Serbia", "Kosovo"},
		{"Talks\nNAIROBI - Over three days Ms Anna Holt went back and forth between Ethiopia and Eritrea with a draft on the border commission.", "Ethiopia", "Eritrea"},
	} {
		parties, _ := talksRoles(t, c.text)
		if !slices.Contains(parties, c.a) || !slices.Contains(parties, c.b) {
			t.Errorf("%q: parties %v, want %s and %s", c.text, parties, c.a, c.b)
		}
	}
	// Negative: a go-between shuttling between its own state's capital
	// and one side's brings no side at all (the guard of shuttledSides:
	// without it both pairs were read).
	for _, text := range []string{
		"Talks\nDOHA - The Qatari envoy shuttled between Doha and Kabul on Monday with a new offer.",
		"Talks\nOSLO - A Norwegian diplomat spent the week carrying messages between Oslo and Colombo, officials said.",
	} {
		parties, _ := talksRoles(t, text)
		if len(parties) > 0 {
			t.Errorf("%q: parties %v, want none", text, parties)
		}
	}
	// Negative: the two ends of a trip are no second dispute when one is
	// already a side of another pair (dropShuttledEnds): Portugal, the
	// place the envoy also went, is no party.
	parties, _ := talksRoles(t, "Talks\nROME - Talks between Mozambique and Renamo ended on Friday with a ceasefire, under Norwegian mediation. The Norwegian envoy, Anna Holt, had travelled between Maputo and Lisbon several times since May carrying drafts between the two sides.")
	if slices.Contains(parties, "Portugal") || !slices.Contains(parties, "Renamo") {
		t.Errorf("parties %v, want Mozambique and Renamo only", parties)
	}
}

// "the Philippine government", "the Rwandese delegation": the adjective
// news uses for a state where the country data gives another
// (DemonymExtras in gazetteer/orgs.go) stands for the state as a side,
// not for a group of its own name (p349, p580).
func TestDemonymAdjectiveSides(t *testing.T) {
	for _, c := range []struct{ text, state string }{
		{"Talks\nKUALA LUMPUR - The Philippine Government and the Moro Front rebels agreed on a ceasefire on Friday after two days of talks under Malaysian mediation.", "Philippines"},
		{"Talks\nDAR ES SALAAM - Talks between the Rwandese government and the Popular Front rebels opened on Monday with Tanzania as mediator.", "Rwanda"},
	} {
		parties, _ := talksRoles(t, c.text)
		if !slices.Contains(parties, c.state) {
			t.Errorf("%q: parties %v, want %s", c.text, parties, c.state)
		}
		for _, p := range parties {
			if p == "Philippine" || p == "Rwandese" || p == "Philippine Government" {
				t.Errorf("%q: the adjective became a side of its own: %v", c.text, parties)
			}
		}
	}
	// Negative: the adjective before a name that is no government ("the
	// Philippine Sea") makes no side, and a meeting of two ministers with
	// no dispute makes no parties.
	parties, _ := talksRoles(t, "Talks\nMANILA - The Philippine foreign minister met his Lao counterpart on Monday to discuss tourism across the Philippine Sea.")
	if len(parties) > 0 {
		t.Errorf("parties %v, want none", parties)
	}
	// The country's name is no plural of the new adjective: a dateline
	// "MANILA, Philippines" still names the state, whose government is
	// the unnamed side (isCountryName in gazetteer.go).
	parties, _ = talksRoles(t, "Talks\nMANILA, Philippines - Peace talks between the government and the Moro Front may resume next month in Oslo, a Norwegian envoy said on Friday.")
	if !slices.Contains(parties, "Philippines") {
		t.Errorf("parties %v, want the Philippines", parties)
	}
}

// "X received A's minister and B's minister, lending his weight to talks
// between their governments": "their" stands for the last two people
// named, and their two states are the sides (theirGovernments, p163).
func TestBetweenTheirGovernments(t *testing.T) {
	parties, _ := talksRoles(t, "Talks\nSINGAPORE - The Prime Minister received the Indonesian Foreign Minister, Dewi Sari, and Malaysia's Foreign Minister, Anwar Musa, together on Friday, lending his weight to quiet talks between their governments over the islands.")
	if !slices.Contains(parties, "Indonesia") || !slices.Contains(parties, "Malaysia") {
		t.Errorf("parties %v, want Indonesia and Malaysia", parties)
	}
	// Negative: two people of one state make no pair of "their
	// governments".
	parties, _ = talksRoles(t, "Talks\nSINGAPORE - The Indonesian envoys Dewi Sari and Maria Lopez praised the talks between their governments and the union on Friday.")
	if len(parties) > 0 {
		t.Errorf("parties %v, want none", parties)
	}
}
