package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-ninety-fifth round: an untargeted batch
// (p3002-p3007: Catholic, Italian and British outlets in English on
// church mediation and papal diplomacy, 1984-2023 — a papal envoy in
// Baghdad, another at the White House, a cardinal's peace mission in
// Moscow, an opposition platform signed at a Catholic community in Rome,
// a church envoy in Tripoli, a president's papal audience); each rule
// with sentences of its own.

// "was signed in the movement's headquarters in Y by A and B": a venue
// told by its holder's common noun and "'s" stands between the passive
// and its agent as one told by its holder's title does ("at the Prime
// Minister's office by"; agentPastPlace, p3005, p317). The negative
// case: a possessive that names no venue ("in the movement's name by")
// opens no place phrase, so no agent is read past it.
func TestFourhundredninetyfifthPossessedVenueBeforeAgent(t *testing.T) {
	for _, line := range []string{
		"The charter was signed in the movement's headquarters in Lisbon by Tomas Berg, leader of the Civic Union, Ana Ruiz for the Green League and Piotr Zielinski of the Labour Party.",
		"The charter was signed at the foundation's villa outside Lisbon by Tomas Berg, Ana Ruiz and Piotr Zielinski.",
	} {
		rec := corefRecord(t, "Parties agree charter\n"+line)
		if !heldAll(rec, "Tomas Berg", "Ana Ruiz", "Piotr Zielinski") {
			t.Errorf("%q: want the three signers met: %s", line, dump(rec))
		}
	}
	line := "The charter was praised in the movement's name by Tomas Berg, Ana Ruiz and Piotr Zielinski."
	rec := corefRecord(t, "Parties agree charter\n"+line)
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("%q: praise read as a meeting: %s", line, dump(rec))
	}
}

// "the Lay Community of Sant'Arrigo ... Sant'Arrigo, which brokered a
// truce, acted as facilitator": a body named head first with
// words qualifying its head is named again by its complement alone
// (headFirstShort; p3005, p2865). The negative case: the head alone
// ("the community") is not read as that body when words qualify it.
func TestFourhundredninetyfifthQualifiedHeadFirstBodyShortForm(t *testing.T) {
	lead := "Parties agree charter\nLISBON, May 4 - The Civic Union and the Green League signed a charter on Friday after talks hosted by the Lay Community of Sant'Arrigo. "
	rec := corefRecord(t, lead+"Sant'Arrigo, which brokered a truce last spring, acted as facilitator in the negotiations.")
	if !hasMediator(rec, "Lay Community of Sant'Arrigo") {
		t.Errorf("want the community as facilitator: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The community, which brokered a truce last spring, acted as facilitator in the negotiations.")
	if hasMediator(rec, "Lay Community of Sant'Arrigo") {
		t.Errorf("the bare head read as the qualified body: %s", dump(rec))
	}
}
