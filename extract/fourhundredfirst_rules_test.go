package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-first round: places, buildings and units
// named with their kind read as persons (p2438-p2443); each rule with
// sentences of its own.

// noPersonNamed fails when the record holds a person of one of the names,
// or a meeting that seats one.
func noPersonNamed(t *testing.T, rec graph.Record, names ...string) {
	t.Helper()
	for _, n := range names {
		if a := actorNamed(rec, n); a != nil && a.Kind == "person" {
			t.Errorf("want no person %q: %s", n, dump(rec))
		}
		for _, m := range rec.Meetings {
			for _, p := range m.Participants {
				if p == n {
					t.Errorf("want no participant %q: %s", n, dump(rec))
				}
			}
		}
	}
}

// An administrative unit or a station named with its kind after the name
// ("X Territory", "Y Prefecture", "the Z Air Station"; lexicon
// nonActorHeads) is a place, no person (p2438, p2439, p2388, p1667,
// p1752).
func TestUnitNamedWithItsKind(t *testing.T) {
	rec := corefRecord(t, "Governors meet\n\nVALMORE, May 3 (Wire) - Governor Ivan Pelko of Tomsk Territory met Minister Oleg Dravin on Friday. Tomsk Territory borders the river.\nGovernor Aki Mori said the people of Nara Prefecture object to the plan for the Kadena Air Station.")
	noPersonNamed(t, rec, "Tomsk Territory", "Nara Prefecture", "Kadena Air Station")
	if actorNamed(rec, "Ivan Pelko") == nil || actorNamed(rec, "Oleg Dravin") == nil {
		t.Errorf("want both officials: %s", dump(rec))
	}
}

// A square or a palace named head first with "de" ("the Plaza de X";
// lexicon romancePlaceLeads) is no person; "Plaza" as a family name stays
// one (p2440, p2359).
func TestRomanceHeadFirstPlace(t *testing.T) {
	rec := corefRecord(t, "Crowds gather\n\nVALMORE, May 3 (Wire) - President Luis Ortal received Ana Ferro on Thursday. Thousands filled the Plaza de Oro outside, and Plaza de Oro stayed full.\nSenator Tomas Plaza met Diego Ruiz on Friday.")
	noPersonNamed(t, rec, "Plaza de Oro")
	if actorNamed(rec, "Tomas Plaza") == nil {
		t.Errorf("want the senator Tomas Plaza: %s", dump(rec))
	}
}

// "X Bhavan", a building named with its Hindi head (lexicon
// namedVenueHeads), is a venue, no person (p2441, p2382).
func TestBhavanVenue(t *testing.T) {
	rec := corefRecord(t, "Premier calls on Governor at Sagar Bhavan, holds talks with Minister\nThat morning, Governor Mohan Lal greeted Mr Menon with a guard of honour on the lawns of Sagar Bhavan. Governor Lal later gave a lunch.\nPremier Ravi Menon met Minister Kiran Das on Monday.")
	noPersonNamed(t, rec, "Sagar Bhavan")
}

// A seat of government the landmarks section knows, with the article of
// its language ("Los X said in a statement"), is a building, no person
// (mention/landmarkname.go; p2443, p2440).
func TestLandmarkSeatNoPerson(t *testing.T) {
	rec := corefRecord(t, "Leaders speak by phone\n\nVALMORE, May 3 (Wire) - President Marta Solis spoke by telephone with Chancellor Karl Wendt on Monday, Los Pinos said in a statement.")
	noPersonNamed(t, rec, "Los Pinos")
	if actorNamed(rec, "Marta Solis") == nil || actorNamed(rec, "Karl Wendt") == nil {
		t.Errorf("want both leaders: %s", dump(rec))
	}
}

// A lone building head left after a seat's own name ("the Kremlin
// Palace") names the building: no actor "Palace" (p2443, p1357).
func TestSeatBuildingHeadAlone(t *testing.T) {
	rec := corefRecord(t, "Leaders meet in the capital\n\nVALMORE, May 3 (Wire) - The two leaders met at the Kremlin Palace hosted by President Jean Marot on Monday.\nPremier Tomas Vidal will travel to Rome on Friday, the Kremlin Palace said.")
	if a := actorNamed(rec, "Palace"); a != nil {
		t.Errorf("want no actor Palace: %s", dump(rec))
	}
	noPersonNamed(t, rec, "Palace")
}
