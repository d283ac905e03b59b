package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-twenty-third round: parties found as actors but
// their role not read (sides named through their teams, their capitals,
// or a list longer than two), with sentences of its own.

// wantSides fails unless text reads with exactly these parties, each
// counted once however many negotiations name it.
func wantSides(t *testing.T, text string, parties []string) {
	t.Helper()
	p, _ := rolesIn(t, text)
	p = slices.Compact(p)
	if !slices.Equal(p, parties) {
		t.Errorf("%q: parties %v, want %v", text, p, parties)
	}
}

// A list of three or more sides joined by one "and" in a sentence over
// talks ("the negotiating teams of A, B and C ended a round of
// negotiations", "A, B and C resumed talks") names every item a side, not
// only the two the conjunction joins or none (roles.listSides,
// amongsides.go, with the lexicon section listTeamNouns; p773). The
// negative cases: the same list after "with" (a side's partners), after
// "by" (its hosts), after "the foreign ministers of" (a summit's
// members), followed by an apposition that makes them third parties,
// written as demonyms, holding a body of no side, or holding one side
// twice, stays unread.
func TestListOfThreeSides(t *testing.T) {
	wantSides(t, "The negotiating teams of Chile, Peru and Bolivia ended a new round of border negotiations in Lima on Tuesday.",
		[]string{"Bolivia", "Chile", "Peru"})
	wantSides(t, "Delegations of Chile, Bolivia, Peru and Argentina resumed talks on their river dispute in Lima on Tuesday.",
		[]string{"Argentina", "Bolivia", "Chile", "Peru"})
	wantSides(t, "Chile, Peru and Bolivia resumed negotiations on their river dispute in Lima on Tuesday.",
		[]string{"Bolivia", "Chile", "Peru"})
	// Negative: after "with", after "by", a summit's members, an
	// apposition, demonyms, a body of no side, one side twice.
	wantSides(t, "Ecuador opened border negotiations with Chile, Peru and Bolivia in Lima on Tuesday.", nil)
	wantSides(t, "The border negotiations were hosted by Chile, Peru and Bolivia in turn.", nil)
	wantSides(t, "The foreign ministers of Chile, Bolivia, Peru and Argentina met in Lima on Tuesday to discuss a trade agreement.", nil)
	wantSides(t, "Chile, Peru and Bolivia, the three friends of the negotiations, pressed the two delegations on Monday.", nil)
	wantSides(t, "Chilean, Peruvian and Bolivian diplomats said new border negotiations could open in Lima.", nil)
	wantSides(t, "The European Commission, Chile and Peru opened border negotiations in Lima on Tuesday.", nil)
	wantSides(t, "Chilean envoy Ana Lind, Chile and Peru opened border negotiations in Lima on Tuesday.", nil)
}
