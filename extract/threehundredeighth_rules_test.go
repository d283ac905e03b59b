package extract

import (
	"testing"
)

// Issue 14's three-hundred-and-eighth round: roles, bilateral talks
// between two states on water, fisheries, trade and a boundary told
// without a dispute word (p1880-p1885); the rules with sentences of their
// own.

// "The United Arab Republic and X signed an agreement": Egypt's name of
// 1958-1971 is a state (former-states.tsv), so the pair that signs is
// two sides (p1884, p1153; p808 names it).
func TestUnitedArabRepublicIsAState(t *testing.T) {
	rec := recordAt(t, "Canal accord signed\n"+
		"CAIRO, March 3 - The United Arab Republic and Libya to-day signed an agreement on the sharing of a desert aquifer.\n"+
		"The agreement was signed by Mr. Omar Rashed for the United Arab Republic and by Mr. Salem Tawil for Libya.\n", corefPub)
	if !hasPartyNamed(rec, "United Arab Republic") || !hasPartyNamed(rec, "Libya") {
		t.Errorf("want the United Arab Republic and Libya as parties: %s", dump(rec))
	}
}

// Run-together initials after a lower-case word ("his counterpart A.B.
// Rao", "negotiator T.K. Perera") open a person's name, not a new
// sentence (personInitials, text sentences.go; p1880, p1860, p652): the
// person is read, and with him the state his post gives.
func TestInitialsAfterLowerCaseWord(t *testing.T) {
	rec := recordAt(t, "Ministers sign river accord\n"+
		"NEW DELHI, May 4 - Nepal's Foreign Minister Ram Thapa and his Indian counterpart V.K. Raman signed a treaty on the sharing of a border river today.\n"+
		"Later the talks were joined by the chief negotiator T.K. Perera of Sri Lanka, who spoke with P.L. Menon about shipping.\n", corefPub)
	names := map[string]bool{}
	for _, a := range rec.Actors {
		names[a.Name] = true
	}
	for _, n := range []string{"V.K. Raman", "T.K. Perera", "P.L. Menon"} {
		if !names[n] {
			t.Errorf("%s not read as an actor: %s", n, dump(rec))
		}
	}
	if !hasPartyNamed(rec, "Nepal") || !hasPartyNamed(rec, "India") {
		t.Errorf("want Nepal and India as parties: %s", dump(rec))
	}
}
