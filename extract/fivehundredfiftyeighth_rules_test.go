package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-fifty-eighth round: a targeted batch
// (p3380-p3385: coreference — a definite description or a family plural
// as the subject or object of a meeting verb, read back to the person
// named earlier, set against descriptions of someone new; wires,
// agencies and broadsheets, 1999-2012); each rule with sentences of its
// own.

// fivehundredfiftyeighthPerson: the record has a person actor so named.
func fivehundredfiftyeighthPerson(rec graph.Record, name string) bool {
	return slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Kind == graph.Person && a.Name == name })
}

// "The Verrans received Kelby": a family name in the plural after "the"
// stands for the people of the story under that name (familyPlurals in
// package mention; p3381, p3385, p3355), not for a person "Verrans". The
// negative case: a word the story never writes under a title or style
// ("the Falcons" after "a Tamar Falcon officer", a group's name read as a
// person's) is left as it was.
func TestFamilyPluralStandsForCouple(t *testing.T) {
	text := "State visit\nPremier Tomas Kelby held talks with President Aldo Verran on Monday. Verran said the talks had gone well.\nOn Tuesday evening the Verrans received Kelby at the palace for a private dinner, and Mira Verran showed him the gardens."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Aldo Verran", "Mira Verran", "Tomas Kelby") {
		t.Errorf("want the couple at the dinner, got %s", dump(rec))
	}
	if fivehundredfiftyeighthPerson(rec, "Verrans") {
		t.Errorf("the family read as one person, got %s", dump(rec))
	}
	text = "Port strike\nPremier Tomas Kelby met a Tamar Falcon officer in Lisbon on Monday, and Falcon envoys said the talks had gone well.\nOn Tuesday the Falcons met Kelby at the docks."
	rec = corefRecord(t, text)
	n := 0
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Tamar Falcon") {
			n++
		}
	}
	if n > 1 {
		t.Errorf("a name never titled read as a family, got %s", dump(rec))
	}
}

// "On Saturday the envoy met X": with no arrival or reception told, "the
// envoy" is the one person the story gave that title (VisitorAnte's
// titled reading; p3380, p3342, p2699, p1352, p3257), where it was read
// only as the story's visitor and the meeting lost its subject. The
// negative case: "a new envoy" is someone else.
func TestTheEnvoyIsTheTitledPerson(t *testing.T) {
	text := "Envoy in Tarvin\nTARVIN, Nov 8 (Reuters) - United Nations envoy Ivo Marek met opposition leader Lena Sorr on Thursday.\nOn Saturday the envoy met Prime Minister Jon Aster in the capital."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Ivo Marek", "Jon Aster") {
		t.Errorf("want the envoy at the meeting with the premier, got %s", dump(rec))
	}
	text = "Envoy in Tarvin\nTARVIN, Nov 8 (Reuters) - United Nations envoy Ivo Marek met opposition leader Lena Sorr on Thursday.\nOn Saturday a new envoy met Prime Minister Jon Aster in the capital."
	rec = corefRecord(t, text)
	if heldAll(rec, "Ivo Marek", "Jon Aster") {
		t.Errorf("a new envoy read as the one named before, got %s", dump(rec))
	}
}
