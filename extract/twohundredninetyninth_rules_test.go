package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-ninety-ninth round, untargeted (p1826-p1831:
// Latin America, 1960s-1990s broadsheets and wires); each rule with
// sentences of its own.

func twohundredninetyninthRecord(t *testing.T, pub, text string) graph.Record {
	t.Helper()
	p, err := time.Parse("2006-01-02", pub)
	if err != nil {
		t.Fatal(err)
	}
	return recordAt(t, text, p)
}

// notPerson fails when name came out as a person.
func notPerson(t *testing.T, rec graph.Record, name string) {
	t.Helper()
	if a := actorNamed(rec, name); a != nil && a.Kind == graph.Person {
		t.Errorf("%q is a place, not a person: %s", name, dump(rec))
	}
}

// A name after a locative preposition and an article ("in the X Y
// building", "in the X Y basin") or a capitalized Romance article ("at La
// X") is a place: no person's name takes an article (actors.locatedIn;
// p1003, p434, p1828). The negative case: a name after "at" with a
// possessive ("at X Y's residence") is still a person.
func TestLocatedAfterArticleIsPlace(t *testing.T) {
	rec := twohundredninetyninthRecord(t, "1984-03-02", "Ministers meet\n\nLIMA, March 2 (AP) - Foreign Minister Tomas Ibarra of Peru received Ambassador Ana Quiroga of Chile at his office in the Torre Blanca building on Thursday.")
	notPerson(t, rec, "Torre Blanca")
	if m := meetingOf(rec, "Tomas Ibarra", "Ana Quiroga"); m == nil || len(m.Participants) != 2 {
		t.Errorf("want Ibarra with Quiroga alone: %s", dump(rec))
	}
	rec = twohundredninetyninthRecord(t, "1984-03-02", "Ministers meet\n\nLIMA, March 2 (AP) - Foreign Minister Tomas Ibarra of Peru met Foreign Minister Ana Quiroga of Chile on Thursday on fishing rights in the Mar Chico basin.")
	notPerson(t, rec, "Mar Chico")
	if m := meetingOf(rec, "Tomas Ibarra", "Ana Quiroga"); m == nil || len(m.Participants) != 2 {
		t.Errorf("want Ibarra with Quiroga alone: %s", dump(rec))
	}
	rec = twohundredninetyninthRecord(t, "1984-03-02", "Ministers meet\n\nLIMA, March 2 (AP) - Foreign Minister Tomas Ibarra of Peru dined at Ana Quiroga's residence on Thursday with Juan Salas Ortiz.")
	if a := actorNamed(rec, "Ana Quiroga"); a == nil || a.Kind != graph.Person {
		t.Errorf("a possessive keeps the person: %s", dump(rec))
	}
}

// A name after a building's noun and "of" ("the Palace of X Y", "the
// Stores Building of the X Y") is that building's, not a person's, even
// when a title opens the building's name ("General Supply Building")
// (actors.buildingOf; p1828, p1736); the headline's "at Los X" is the
// same place (actors.locatedIn).
func TestBuildingOfNameIsPlace(t *testing.T) {
	rec := twohundredninetyninthRecord(t, "1971-05-04", "Presidents hold talks at Los Arcos\n\nASUNCION, May 4 (PL) - President Hugo Varela held talks today with President Rafael Godoy in the Palace of Los Arcos.")
	notPerson(t, rec, "Los Arcos")
	notPerson(t, rec, "Arcos")
	if m := meetingOf(rec, "Hugo Varela", "Rafael Godoy"); m == nil || len(m.Participants) != 2 {
		t.Errorf("want Varela with Godoy alone: %s", dump(rec))
	}
	rec = twohundredninetyninthRecord(t, "1905-08-10", "Envoys sit\n\nKITTERY, Aug. 10 - Baron Kessel handed Count Orlov his government's terms today when the two envoys sat down at the General Supply Building of the Harbor Depot.")
	notPerson(t, rec, "Harbor Depot")
}
