package extract

import "testing"

// Issue 14's four-hundred-and-fortieth round: person-name boundaries
// (p2672-p2677); each rule with sentences of its own.

// "the Reverend X Y" is the clergy's style spelled out, as "the Rev. X Y"
// abridges it: the style is no part of the name, and the person it
// styles is the clause's subject ("the Reverend X had met Y"; lexicon
// honorifics; p2348, p2491, p2675). The negative case: "the reverend
// fathers" with no name after it names no person.
func TestReverendStyleBeforeName(t *testing.T) {
	rec := hundredeightyfourthRecord(t, "Talks in Koram\n\nKORAM, May 3 (AP) - Before seeing the premier, the Reverend Tom Harkley had met Foreign Minister Ola Brenn on Saturday.")
	if m := meetingOf(rec, "Tom Harkley", "Ola Brenn"); m == nil {
		t.Errorf("want Harkley with Brenn: %s", dump(rec))
	}
	for _, a := range rec.Actors {
		if a.Name == "Reverend Tom Harkley" {
			t.Errorf("the style kept in the name: %s", dump(rec))
		}
	}
	rec = hundredeightyfourthRecord(t, "Talks in Koram\n\nKORAM, May 3 (AP) - The reverend fathers of the mission met on Saturday to discuss the school.")
	for _, a := range rec.Actors {
		if a.Kind == "person" {
			t.Errorf("a person read from a style with no name: %s", dump(rec))
		}
	}
}
