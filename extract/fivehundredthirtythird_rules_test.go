package extract

import (
	"slices"
	"testing"
)

// Issue 14's five-hundred-and-thirty-third round: a targeted batch
// (p3230-p3235: roles — lists of mediators and guarantors each with their
// own demonym and post, co-chairs and observers, and mediating states
// read as parties; a wire on a "5+2" round in Rome, a Georgian outlet on
// a Geneva discussions round, an Iranian agency on the Astana guarantors'
// summit, an Angolan agency on a Luanda summit, an Azerbaijani agency on
// a ministers' meeting with the Minsk Group co-chairs, a London daily on
// the opening of the 1961 Geneva conference on Laos); each rule with
// sentences of its own.

// The people a plural "co-chairs" names are read when the group they
// chair stands between noun and list with no colon ("the co-chairs of the
// G, A of X, B of Y and C of Z", "the co-chairs of the G A of X, ..."),
// and when a plural title opens the list ("ambassadors A of X, ...")
// (coChairList, coChairBodyEnd; p1686, p1792, p715).
// The negative case: a group named after "of" with no list after it
// ("the co-chairs of the G, who met A") names no co-chairs.
func TestFivehundredthirtythirdCoChairsOfGroupList(t *testing.T) {
	for _, line := range []string{
		"The first session was chaired by the co-chairmen of the Varna Group, Lars Pedder of Norway, Ivo Kasnik of Poland and Ruth Alden of Canada.",
		"The meeting went on with the participation of the co-chairs of the Varna Group Lars Pedder of Norway, Ivo Kasnik of Poland and Ruth Alden of Canada.",
		"The talks were held in the presence of co-chairs of the Varna Group, ambassadors Lars Pedder of Norway, Ivo Kasnik of Poland and Ruth Alden of Canada.",
	} {
		rec := corefRecord(t, "Ministers meet\nOSLO, May 4 - The foreign ministers of Belmark and Ostria, Anton Grell and Pavo Menic, met on Tuesday in a hotel on the coast.\n"+line)
		_, mediators := roleNames(rec)
		for _, want := range []string{"Lars Pedder", "Ivo Kasnik", "Ruth Alden"} {
			if !slices.Contains(mediators, want) {
				t.Errorf("%q: want %s a mediator, got %v (%s)", line, want, mediators, dump(rec))
			}
		}
	}
	line := "The foreign ministers of Belmark and Ostria spoke after the co-chairs of the Varna Group, who met Lars Pedder of Norway on Monday, left the city."
	rec := corefRecord(t, "Ministers meet\nOSLO, May 4 - "+line)
	if _, mediators := roleNames(rec); slices.Contains(mediators, "Lars Pedder") {
		t.Errorf("%q: a person after a clause read as a co-chair: %v", line, mediators)
	}
}
