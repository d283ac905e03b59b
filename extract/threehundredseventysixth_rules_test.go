package extract

import "testing"

// Issue 14's three-hundred-and-seventy-sixth round: a stranger's batch
// (p2288-p2293, untargeted: a wire's summit of two presidents in 2012, a
// Malaysian agency's first round of a peace dialogue in 2013, a wire's
// summit in a hill town of 1972, a Spanish agency's peace signing of
// 1998, a foreign ministry's readout of 2015, a national agency's summit
// of a government and rebels of 2006); each rule with sentences of its
// own.

// "the Barisan X Y (BXY)", "the Frente X de Y": a group named head
// first in its own language is one group (mention headFirstGroupHeads),
// so it can sit at talks beside a state and its acronym joins it; before,
// the run was dropped and the talks had one side. The negative case: a
// capitalized run with no such head opening it stays no group.
func TestHeadFirstGroupName(t *testing.T) {
	text := "Talks open\n\nMANILA, May 4 (Wire) -- Portugal and the Barisan Merdeka Selatan (BMS) held talks here today. The BMS said it was satisfied.\n"
	rec := run(t, text, "2019-05-04")
	a := actorNamed(rec, "Barisan Merdeka Selatan")
	if a == nil || a.Kind != "group" {
		t.Fatalf("want the Barisan Merdeka Selatan as a group: %s", dump(rec))
	}
	if meetingWith(rec, "Portugal", "Barisan Merdeka Selatan") == nil {
		t.Errorf("want talks of Portugal and the BMS: %s", dump(rec))
	}
	text = "Talks open\n\nBOGOTA, May 4 (Wire) -- Portugal and the Frente Unido del Norte held talks here today.\n"
	rec = run(t, text, "2019-05-04")
	if a := actorNamed(rec, "Frente Unido del Norte"); a == nil || a.Kind != "group" {
		t.Errorf("want the Frente Unido del Norte as a group: %s", dump(rec))
	}
}
