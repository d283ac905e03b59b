package extract

import "testing"

// Issue 14's hundred-and-twenty-seventh round: an untargeted batch (p794-
// p799); a building named for a saint whose name the gazetteer holds as a
// town, with sentences of its own.

// A name the gazetteer knows as a town that owns a capitalized building's
// noun — "at St Paul's Cathedral" — names the building, not the town: a
// meeting there keeps the dateline's city (mention.namesBuilding,
// mentions.go; p298 once the reception after it is read). The negative
// case: the town owning a common noun ("in St Paul's old quarter") is
// still the town.
func TestSaintNamedBuilding(t *testing.T) {
	wantHeldIn(t, corefPub, "Church talks\nVICTORIA, May 6 - President Ana Soto met Prime Minister Luis Vera at St Paul's Cathedral on Monday.",
		"Ana Soto", "Luis Vera", "Victoria")
	// Negative: a common noun after the possessive.
	wantHeldIn(t, corefPub, "Church talks\nVICTORIA, May 6 - President Ana Soto met Prime Minister Luis Vera in St Paul's old quarter on Monday.",
		"Ana Soto", "Luis Vera", "St Paul")
}
