package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-ninety-eighth round: a targeted batch
// (p3020-p3025: dates taken from clauses about other things — a relative
// clause's arrival day, a thing's own date, a year anchor from the
// sentence before — in a New Zealand broadcaster, a Polish agency, a
// Kenyan daily, a Canadian agency, a Finnish broadcaster and a Moroccan
// agency, 2013-2022); each rule with sentences of its own.

// "a deal between the Supreme Military Council and the Popular Front was
// brokered by X": a military council or government that rules a country
// is a side of its own though the story never ties it to a state
// (actors IsSide, rulingBody; p3022, p286, p2341, p1053). The negative
// case: a body named "Military" that rules nothing ("the Military
// Academy") stays no side.
func TestFourHundredNinetyEighthRulingMilitaryBodyIsASide(t *testing.T) {
	for _, line := range []string{
		"A power-sharing deal between the Supreme Military Council and the Popular Front was brokered by the Regional Union and Norway.",
		"Talks between the Provisional Military Government and the Popular Front resumed on Friday, mediated by the Regional Union.",
	} {
		rec := corefRecord(t, "Deal reached\n"+line)
		if !hasPartyNamed(rec, "Popular Front") || !(hasPartyNamed(rec, "Supreme Military Council") || hasPartyNamed(rec, "Provisional Military Government")) {
			t.Errorf("%q: want the military body and the front as parties: %s", line, dump(rec))
		}
	}
	line := "A research deal between the Military Academy and the Popular Front was brokered by the Regional Union."
	rec := corefRecord(t, "Deal reached\n"+line)
	if hasPartyNamed(rec, "Military Academy") {
		t.Errorf("%q: an academy made a side: %s", line, dump(rec))
	}
}
