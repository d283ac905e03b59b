package extract

import "testing"

// Issue 14's three-hundred-and-eighty-fifth round: titles of other
// languages and long official titles (p2342-p2347); each rule with
// sentences of its own.

// "Mme" and "Mlle" are Mrs and Miss in English copy about French
// speakers: honorifics, left out of the name, and no alias of their own
// (lexicon honorifics; p2344).
func TestFrenchLadyHonorifics(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE, May 3 - Mme Odile Marchand, the Trade Minister, met Mr Tomas Varga in the capital on Tuesday.")
	a := actorNamed(rec, "Odile Marchand")
	if a == nil || a.Name != "Odile Marchand" {
		t.Fatalf("want Odile Marchand named without the honorific: %s", dump(rec))
	}
	for _, al := range a.Aliases {
		if al == "Mme" || al == "Mme Marchand" || al == "Mme Odile Marchand" {
			t.Errorf("want no alias with the honorific, got %q: %s", al, dump(rec))
		}
	}
}
