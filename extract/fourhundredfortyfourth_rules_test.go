package extract

import "testing"

// Issue 14's four-hundred-and-forty-fourth round: receptions told with a
// long title before a name — the host's in the passive, the visitor's as
// the head of a delegation (p2696-p2701); each rule with sentences of its
// own.

// "received the head of the Y delegation, Defence Minister Z", "received
// at X Palace on Sunday the head of the Y government delegation to the
// water talks, Deputy Prime Minister and Foreign Minister Z": the visitor
// named by the post of a delegation's head, the person after the comma
// (args.delegationHeadObject; p70, p2699). The negative case: a clause
// after the comma names no object.
func TestReceivedHeadOfDelegationObject(t *testing.T) {
	for _, text := range []string{
		"Talks\nLIMA, May 6 (Andina) -- Last Friday, President Rodrigo Velasquez received the head of the Bolivian delegation, Defence Minister Tomas Ferreira, at the Quinta Palace.",
		"Talks\nLIMA, May 6 (Andina) -- President Rodrigo Velasquez received at the Quinta Palace on Sunday the head of the Bolivian government delegation to the river basin talks, Deputy Prime Minister and Foreign Minister Tomas Ferreira, and his party.",
	} {
		if !metHeld(t, text, "Rodrigo Velasquez", "Tomas Ferreira") {
			t.Errorf("%q: no meeting of Velasquez and Ferreira", text)
		}
	}
	neg := "Talks\nLIMA, May 6 (Andina) -- President Rodrigo Velasquez received the head of the Bolivian delegation, who said that Tomas Ferreira would not come."
	if metHeld(t, neg, "Rodrigo Velasquez", "Tomas Ferreira") {
		t.Errorf("%q: Ferreira was not received", neg)
	}
}
