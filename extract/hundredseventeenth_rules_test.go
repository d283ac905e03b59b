package extract

import "testing"

// Issue 14's hundred-and-seventeenth round: an untargeted batch, and a
// place read from the wrong phrase, with sentences of its own.

// "in X" right after a noun that X locates ("reviewing the bases in X",
// "discussing the war in Y", "the situation in the Z") says where that
// thing is, not where the meeting was (meeting.situatedPlace, when.go;
// p734, p684, p607): the meeting keeps the dateline's town. The negative
// cases: "held talks in X" and "met in the X to discuss the war" still
// place the meeting in X.
func TestSituatedNounPlaceIsNotVenue(t *testing.T) {
	for _, text := range []string{
		"Talks\nLISBON, March 3 - Karl Holm and Rui Sardinha talked for two hours on Monday, reviewing the naval bases in Spain.",
		"Talks\nLISBON, March 3 - Karl Holm and Rui Sardinha held talks on Monday, discussing the war in Ukraine and trade.",
		"Talks\nLISBON, March 3 - Karl Holm met Rui Sardinha on Monday and the two reviewed the situation in the Philippines.",
	} {
		wantHeldIn(t, corefPub, text, "Karl Holm", "Rui Sardinha", "Lisbon")
	}
	// Negative: the place phrase after the predicate or a meeting noun.
	wantHeldIn(t, corefPub, "Talks\nLISBON, March 3 - Karl Holm and Rui Sardinha held talks in Spain on Monday about the naval bases.", "Karl Holm", "Rui Sardinha", "Spain")
	wantHeldIn(t, corefPub, "Talks\nLISBON, March 3 - Karl Holm and Rui Sardinha met in the Philippines on Monday to discuss the war.", "Karl Holm", "Rui Sardinha", "Philippines")
}
