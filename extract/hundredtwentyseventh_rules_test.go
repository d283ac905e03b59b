package extract

import "testing"

// Issue 14's hundred-and-twenty-seventh round: an untargeted batch (p794-
// p799); a reception's host named after a description of the post, and a
// building named for a saint whose name the gazetteer holds as a town,
// with sentences of its own.

// A passive reception whose agent is a post set before the name in
// apposition — "was received by the transition president, Colonel X",
// "by the interior minister, Y" — is a meeting of the visitor and the
// host (args.apposedHost, participants.go; meeting.apposedAgent,
// meetings.go; p797). The negative cases: a name that speaks after the
// comma ("by the president, X said") is a source, and a description with
// no title ("by the crowd, X") names no host.
func TestReceivedByDescribedHost(t *testing.T) {
	wantHeldIn(t, corefPub, "Envoy talks\nThe envoy, Ana Soto, was received on Monday by the transition president, Colonel Luis Vera, to whom she handed a letter.",
		"Ana Soto", "Luis Vera", "")
	wantHeldIn(t, corefPub, "Envoy talks\nThe envoy, Ana Soto, was received on Monday by the interior minister, Luis Vera.",
		"Ana Soto", "Luis Vera", "")
	// Negative: the name after the comma speaks; no title before it.
	noPairNaming(t, "Envoy talks\nThe envoy, Ana Soto, was received on Monday by the president, Luis Vera said.", "Ana Soto")
	noPairNaming(t, "Envoy talks\nThe envoy, Ana Soto, was received on Monday by the crowd, Luis Vera wrote.", "Ana Soto")
}

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
