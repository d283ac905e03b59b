package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-sixty-fifth round: parties missed where no
// negotiation is read (p1022-p1027: a premier's visit whose dispute over a
// dam comes in the sentence after the meeting, border consultations opened
// by two deputy ministers, a strategic dialogue of two cabinets, a first
// round of normalisation talks between two envoys, trade talks on a
// tariff deadline, and two heads of government ending talks on a
// territory); each rule with sentences of its own.

// "The two sides" as the subject of a review verb whose object is a
// dispute ("discussed the fishing dispute") take up what divides them:
// the sides of the story's meetings are the parties (disputeTaken,
// roles/bordertaken.go; p1022). The negative cases: a war named there
// may be another land's, and a dispute between others named by "between"
// is theirs, not the two who met.
func TestTwoSidesDiscussedTheirDispute(t *testing.T) {
	lead := "President Tomas Varga of Hungary received Prime Minister Jan Novak of Slovakia in Budapest on Monday. "
	got, _ := rolesIn(t, lead+"The two sides discussed the long-running dam dispute on the river, an aide said.")
	if !slices.Equal(got, []string{"Hungary", "Slovakia"}) {
		t.Errorf("want the parties Hungary and Slovakia, got %v", got)
	}
	got, _ = rolesIn(t, lead+"The two sides discussed the war in Yemen, an aide said.")
	if len(got) > 0 {
		t.Errorf("another land's war read as the two sides' dispute: %v", got)
	}
	got, _ = rolesIn(t, lead+"The two sides discussed the dispute between Chile and Peru over fishing rights, an aide said.")
	if slices.Contains(got, "Hungary") || slices.Contains(got, "Slovakia") {
		t.Errorf("others' dispute made the two who met parties: %v", got)
	}
}

// An honorific opening a sentence before a capitalized name, its period
// between, stays with the name (openingHonorific, mention/mentions.go;
// p1027): "Dr. X, the Austrian Chancellor, and Mr. Y, the Italian Prime
// Minister, ended talks on the dispute" names two persons, whose states
// are the parties. Before, the honorific was dropped as an ordinary word
// opening the sentence and the lone surname beside its apposed post was
// no person. The negative case: an honorific before a title ("Mr
// President, ...") is an address, and names nobody.
func TestOpeningHonorificKeepsItsName(t *testing.T) {
	text := "The talks opened on Monday.\nDr. Kessler, the Austrian Chancellor, and Mr. Bellini, the Italian Prime Minister, ended two days of talks on the dispute over the South Tyrol on Tuesday."
	persons := actorsOf(t, text)[graph.Person]
	if !slices.Contains(persons, "Kessler") || !slices.Contains(persons, "Bellini") {
		t.Errorf("want the persons Kessler and Bellini, got %v", persons)
	}
	if got, _ := rolesIn(t, text); !slices.Equal(got, []string{"Austria", "Italy"}) {
		t.Errorf("want the parties Austria and Italy, got %v", got)
	}
	persons = actorsOf(t, "The talks opened on Monday.\nMr President, the talks are over, a delegate told the chairman on Tuesday.")[graph.Person]
	if len(persons) > 0 {
		t.Errorf("an address read as a person: %v", persons)
	}
}
