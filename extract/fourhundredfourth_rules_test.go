package extract

import "testing"

// Issue 14's four-hundred-and-fourth round: persons named with a lowercase
// or abbreviated post before or after the name (p2456-p2461); each rule
// with sentences of its own.

// A governor's post cut short after the state or prefecture ("Nara Gov.
// X"; lexicon titleHeads "gov") is the person's post, no person of its own
// (p2456, p2439).
func TestAbbreviatedGovernorAfterPlace(t *testing.T) {
	rec := corefRecord(t, "Governor sees premier\n\nVALMORE, May 3 (Wire) - Premier Ivan Pelko and Nara Gov. Aki Mori met at the premier's office on Tuesday. Mori said he would answer within days.")
	noPersonNamed(t, rec, "Nara Gov", "Gov")
	if actorNamed(rec, "Aki Mori") == nil || actorNamed(rec, "Ivan Pelko") == nil {
		t.Errorf("want the governor and the premier: %s", dump(rec))
	}
}
