package extract

import "testing"

// Issue 14's hundred-and-twenty-sixth round: precision of met pairs (people
// and states named in a meeting's sentence who were not at it), with
// sentences of its own.

// What "discussed" takes as its object is what was talked about, not who
// talked: "the two ministers discussed X's quota", "she had discussed X
// with him" add no participant X, whether or not X is capitalised
// (frame.TopicSpansOf, args.SlotActors; p789, p793). The negative cases:
// the people after "with" and the sides that are the verb's subject still
// met.
func TestDiscussedObjectIsTopic(t *testing.T) {
	for _, text := range []string{
		"Karl Holm met Rui Sardinha in Lisbon on Tuesday, and the two ministers discussed Spain's fishing quota.",
		"Karl Holm, who met Rui Sardinha in Lisbon early this month, did not say whether he had discussed Spain with him.",
		"Karl Holm met Rui Sardinha in Lisbon on Tuesday and discussed Spain with him.",
	} {
		if !hasHeld(t, text, "Karl Holm", "Rui Sardinha") {
			t.Errorf("%q: want Holm and Sardinha met, got %v", text, heldPairs(t, text))
		}
		noPairNaming(t, text, "Spain")
	}
	// Negative: "with" names who took part; a subject pair still met.
	for _, c := range [][3]string{
		{"Karl Holm discussed Spain's quota with Rui Sardinha in Lisbon on Tuesday.", "Karl Holm", "Rui Sardinha"},
		{"Portugal and Norway discussed the fishing quota in Lisbon on Tuesday.", "Portugal", "Norway"},
	} {
		if !hasHeld(t, c[0], c[1], c[2]) {
			t.Errorf("%q: want %s and %s met, got %v", c[0], c[1], c[2], heldPairs(t, c[0]))
		}
	}
}
