package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-eighty-first round: roles in bilateral
// negotiations between two states with no mediator (p1718-p1723: a
// preliminary peace signed by two delegations' chiefs in a third state's
// capital, a London cable, 1920; the first round of two special
// representatives on a boundary, an Indian agency, 2003; two prime
// ministers settling gas supplies and transit, a Ukrainian agency, 2009;
// a friendship treaty signed under a tent, an Italian agency, 2008; a
// king receiving a head of government at an iftar, a Moroccan agency,
// 2022; two heads of state extending a sea boundary, a Lagos daily,
// 1975); each rule with sentences of its own.

// twohundredeightyfirstRecord extracts text as published on 6 May 2025.
func twohundredeightyfirstRecord(t *testing.T, text string) []string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	parties, _ := roleNames(rec)
	return parties
}

// "The two leaders discussed security along the common border": the
// border is where the two keep order, not what they negotiate
// (sharedLineTaken; p1561, p1585, p150, p621). The negative case:
// crossing points to reopen along the border take the line up.
func TestBorderAsPlaceOfActivityIsNoIssue(t *testing.T) {
	parties := twohundredeightyfirstRecord(t, "Laos, Cambodia leaders hold talks\nVIENTIANE, May 5 - Laotian Prime Minister Somsak Vongdara held talks with Cambodian Prime Minister Sok Rithy in Vientiane on Sunday. The two leaders discussed security along the common border.")
	if len(parties) != 0 {
		t.Errorf("security along the border makes no parties: %v", parties)
	}
	parties = twohundredeightyfirstRecord(t, "Laos, Cambodia leaders hold talks\nVIENTIANE, May 5 - Laotian Prime Minister Somsak Vongdara held talks with Cambodian Prime Minister Sok Rithy in Vientiane on Sunday. The two leaders agreed to reopen four crossing points along the common border.")
	if !slices.Contains(parties, "Laos") || !slices.Contains(parties, "Cambodia") {
		t.Errorf("crossing points along the border are the line taken up: %v", parties)
	}
}
