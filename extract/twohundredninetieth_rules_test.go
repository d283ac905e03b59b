package extract

import (
	"testing"
	"time"
)

// Issue 14's two-hundred-and-ninetieth round: roles, the sides of a
// dispute the story tells in a sentence other than the meeting's
// (p1772-p1777: "the row between A and B", "A's claim to the islands",
// "the rebels fighting the government"); each rule with sentences of its
// own.

// "the row between A and B", "the feud between A and B" name the sides'
// quarrel as "the dispute between A and B" does (roles.rowBetween; p1773,
// p1772): the two states are the parties, capitals standing for them.
// "row" is no negotiation noun elsewhere: a "front row between" two
// people seats them and makes no party.
func TestRowBetweenTwoStatesGivesParties(t *testing.T) {
	meet := "Peru's Foreign Minister Carlos Ibarra met Chilean Foreign Minister Ana Solis in Lima on Monday. "
	for _, s := range []string{
		"The row between Peru and Chile over fishing rights has soured relations for a decade.",
		"The bitter feud between Lima and Santiago has also been fed by a border incident.",
		"The long-running spat between Peru and Chile flared again in March.",
	} {
		rec := recordAt(t, "Ministers meet\n\n"+meet+s, time.Date(2016, 5, 9, 0, 0, 0, 0, time.UTC))
		if !partyNamed(rec, "Peru") || !partyNamed(rec, "Chile") {
			t.Errorf("%s: want Peru and Chile as parties: %s", s, dump(rec))
		}
	}
	s := "The two ministers sat in the front row at the concert that evening."
	rec := recordAt(t, "Ministers meet\n\n"+meet+s, time.Date(2016, 5, 9, 0, 0, 0, 0, time.UTC))
	if len(rec.Negotiations) > 0 {
		t.Errorf("%s: want no negotiation: %s", s, dump(rec))
	}
}

// "X has been fighting the government of S", "the rebels fighting the
// government in C": a story of talks tells the war's sides in a sentence
// of its own, the government's state (a capital standing for it) against
// the movement named before the verb, or every movement named before for
// a plural rebel noun (roles.foughtGovernment; p1774, and p1180's
// "Savimbi's movement ... has fought the Marxist government in Luanda",
// whose movement the mention stage does not read). A fight with no
// government ("fighting the heat") gives no side.
func TestFoughtGovernmentGivesSides(t *testing.T) {
	rec := recordAt(t, "Rebel talks\n\nDelegates of the Eastern Liberation Front met Chadian officials in Tripoli on Monday. The Eastern Liberation Front has been fighting the central government of Chad for a decade.", time.Date(2016, 5, 9, 0, 0, 0, 0, time.UTC))
	if !partyNamed(rec, "Chad") || !partyNamed(rec, "Eastern Liberation Front") {
		t.Errorf("want Chad and the Eastern Liberation Front as parties: %s", dump(rec))
	}
	rec = recordAt(t, "Rebel talks\n\nTalks opened in Tripoli on Monday under Libyan mediation. The movements are represented by the Eastern Liberation Front and by the Northern Unity Front. The rebels fighting the government in N'Djamena since 2006 hold the east.", time.Date(2016, 5, 9, 0, 0, 0, 0, time.UTC))
	for _, p := range []string{"Chad", "Eastern Liberation Front", "Northern Unity Front"} {
		if !partyNamed(rec, p) {
			t.Errorf("plural rebels: want %s as a party: %s", p, dump(rec))
		}
	}
	rec = recordAt(t, "Rebel talks\n\nDelegates of the Eastern Liberation Front met Chadian officials in Tripoli on Monday. The Eastern Liberation Front has been fighting the heat in the desert.", time.Date(2016, 5, 9, 0, 0, 0, 0, time.UTC))
	if len(rec.Negotiations) > 0 {
		t.Errorf("no government fought: want no negotiation: %s", dump(rec))
	}
}
