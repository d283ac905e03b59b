package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-sixty-ninth round: a batch targeted at
// titled plurals and group references (p2846-p2851: a Turkish agency on a
// trilateral foreign ministers' meeting, a wire on two premiers' border
// town talks, a Jordanian agency on a tripartite summit, a Japanese agency
// on foreign ministers' sideline talks, a wire on a trilateral summit of
// presidents, a Spanish-language agency on foreign ministers at the UN);
// each rule with sentences of its own.

// "hosted his Polish and Czech counterparts, A and B": the plural
// counterparts name the sides in the order the names follow, so A is of
// the first side and B of the second, as "his Polish counterpart, A" gives
// A his side (demonymCounterparts; p2846, p2365). Without it the two
// sides stand beside their people in the meeting as participants of their
// own. The negative case: a pair of names that does not follow the
// counterparts at once gets no side from them.
func TestDemonymCounterpartsGiveEachHisSide(t *testing.T) {
	rec := corefRecord(t, "Ministers confer\nForeign Minister Jan Kowal hosted his Polish and Czech counterparts, Adam Nowicki and Petr Dvorak, in Varna on Monday.\n")
	if !heldAll(rec, "Jan Kowal", "Adam Nowicki", "Petr Dvorak") {
		t.Fatalf("want the three ministers met: %s", dump(rec))
	}
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Poland") || slices.Contains(m.Participants, "Czechia") {
			t.Errorf("the sides stand beside their people: %s", dump(rec))
		}
	}
	for _, a := range rec.Actors {
		if a.Name == "Adam Nowicki" && a.Affiliation != "Poland" || a.Name == "Petr Dvorak" && a.Affiliation != "Czechia" {
			t.Errorf("%s: affiliation %q", a.Name, a.Affiliation)
		}
	}
	neg := corefRecord(t, "Ministers confer\nForeign Minister Jan Kowal spoke of his Polish and Czech counterparts on Monday. Adam Nowicki and Petr Dvorak met in Varna on Tuesday.\n")
	for _, a := range neg.Actors {
		if (a.Name == "Adam Nowicki" || a.Name == "Petr Dvorak") && a.Affiliation != "" {
			t.Errorf("%s given side %q from counterparts named apart", a.Name, a.Affiliation)
		}
	}
}

// The first of the plural counterparts takes no title from the words
// before them: "Foreign Minister A hosted his X and Y counterparts, B and
// C" once gave B the clause from the title to "counterparts" as his post
// (commaTitle; p2846, p2365).
func TestPluralCounterpartsGiveNoClauseAsTitle(t *testing.T) {
	rec := corefRecord(t, "Ministers confer\nForeign Minister Jan Kowal hosted his Polish and Czech counterparts, Adam Nowicki and Petr Dvorak, in Varna on Monday.\n")
	for _, a := range rec.Actors {
		if a.Name != "Adam Nowicki" {
			continue
		}
		for _, p := range a.Positions {
			if len(p.Title) > 40 {
				t.Errorf("Nowicki given the clause as a post: %q", p.Title)
			}
		}
	}
}
