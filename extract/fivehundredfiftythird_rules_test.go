package extract

import (
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-fifty-third round: a targeted batch
// (p3350-p3355: persons and actors — movements opening a sentence,
// hyphenated place names, two given names before one family name,
// honorific couples; a wire on an envoy's Beirut shuttle, an agency on a
// unity deal in Gaza, an agency on an accord signed in Conakry, an agency
// on a trilateral patrol launch, an agency on a chancellor's seaside
// talks, a wire on a state visit to Cape Town); each rule with sentences
// of its own.

// fivehundredfiftythirdPerson is the person actor named name, if any.
func fivehundredfiftythirdPerson(rec graph.Record, name string) bool {
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && strings.EqualFold(a.Name, name) {
			return true
		}
	}
	return false
}

// "Abe met A and B X", "with his parents, A and B X": two given names
// coordinated before one family name are two people of that family
// when the story names the family again (sharedFamilyPairs; p3355,
// p2803, p3220, p3222). The negative case: a surname the story gives a
// person of its own ("President Ivo Marsh ... Marsh and Hillary Stanton")
// stays that person and makes no "Marsh Stanton".
func TestGivenNamesShareFamilyName(t *testing.T) {
	text := "Couple received\nPresident Ivo Marsh met Tomas and Hillary Stanton at his office in Dakar on Monday.\nStanton thanked him for the visit."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Ivo Marsh", "Tomas Stanton", "Hillary Stanton") {
		t.Errorf("want both Stantons at the meeting, got %s", dump(rec))
	}
	text = "Couple received\nPresident Ivo Marsh spoke in Dakar on Monday.\nLater Marsh and Hillary Stanton met at his office."
	rec = corefRecord(t, text)
	if fivehundredfiftythirdPerson(rec, "Marsh Stanton") {
		t.Errorf("a known surname read as a given name, got %s", dump(rec))
	}
	if !heldAll(rec, "Ivo Marsh", "Hillary Stanton") {
		t.Errorf("want Marsh and Stanton at the meeting, got %s", dump(rec))
	}
}

// "the waters off X-Y": a lone pair compound right after "off" names a
// place, as after "in" or "near" (compoundLeads; p3353, p3313). The
// negative case: a double-barrelled surname whose bearer the story names
// in full stays that person.
func TestCompoundAfterOffIsPlace(t *testing.T) {
	text := "Ship sent\nManila sent a navy ship to the waters off Kalo-Kalo to bring the fishermen home."
	rec := corefRecord(t, text)
	if fivehundredfiftythirdPerson(rec, "Kalo-Kalo") {
		t.Errorf("a place read as a person, got %s", dump(rec))
	}
	text = "Talks held\nMinister Anna Berg-Lund met Premier Ivo Dern in Oslo on Monday.\nDern saw off Berg-Lund at the airport."
	rec = corefRecord(t, text)
	if !fivehundredfiftythirdPerson(rec, "Anna Berg-Lund") {
		t.Errorf("want the minister kept, got %s", dump(rec))
	}
}

// "X president Y Z", "X leader W": an untitled name before a head's post
// and the post holder's name is the body the holder heads, a party, a
// movement or a company, not a person (bodyPostHeads; p1452, p860, p2397,
// p284, p540). The negative case: a movement named for its leader's
// family ("Veran leader Ali Veran") leaves the leader a person, and a post
// a person gives ("Dern aide Tom Hale") leaves Dern one.
func TestBodyBeforeHeadsPost(t *testing.T) {
	text := "Talks held\nBlue Lantern president Ivo Dern met Premier Ana Lutz in Oslo on Monday.\nThe talks were friendly, a Blue Lantern spokesman said."
	rec := corefRecord(t, text)
	if fivehundredfiftythirdPerson(rec, "Blue Lantern") {
		t.Errorf("a party read as a person, got %s", dump(rec))
	}
	text = "Talks held\nThe envoys met Veran leader Ali Veran in Sanaa on Monday.\nPremier Ana Lutz met Ivo Dern in Oslo on Tuesday. Dern aide Tom Hale joined them."
	rec = corefRecord(t, text)
	if !fivehundredfiftythirdPerson(rec, "Ali Veran") || !fivehundredfiftythirdPerson(rec, "Ivo Dern") {
		t.Errorf("want the leader and Dern kept as persons, got %s", dump(rec))
	}
}
