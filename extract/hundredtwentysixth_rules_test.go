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

// "A hosted B for dinner, and during it he telephoned C": the pronoun of a
// later conjunct is the first conjunct's subject when the person named
// nearest before it is the object of that conjunct's meeting verb; B, met
// there, does not go on to call C (meeting.conjunctPronoun,
// andConjunct, objectOfMeeting; p790). The negative cases: an object of
// a verb that is no meeting ("praised B, and on Wednesday he met C") is
// still the nearest person the pronoun stands for, and so is the one whose
// visit is welcomed before a "where" clause (p483's shape).
func TestConjunctPronounAfterMeetingObject(t *testing.T) {
	for _, text := range []string{
		"Karl Holm hosted Rui Sardinha for dinner in Lisbon on Tuesday, and during the dinner he telephoned Jonas Berg to pass on his messages.",
		"Karl Holm received Rui Sardinha at his office on Monday, and later in the day he called Jonas Berg.",
	} {
		if !hasHeld(t, text, "Karl Holm", "Jonas Berg") {
			t.Errorf("%q: want Holm and Berg in touch, got %v", text, heldPairs(t, text))
		}
		if hasHeld(t, text, "Rui Sardinha", "Jonas Berg") {
			t.Errorf("%q: want no Sardinha-Berg pair, got %v", text, heldPairs(t, text))
		}
	}
	// Negative: the object of a verb that is no meeting; a "where" clause,
	// no "and" conjunct, on the visit of the one welcomed.
	for _, c := range [][3]string{
		{"Karl Holm praised Rui Sardinha on Tuesday, and on Wednesday he met Jonas Berg in Lisbon.", "Rui Sardinha", "Jonas Berg"},
		{"Karl Holm welcomed the visit of Ms. Ana Pereira, Minister for Trade, to Lisbon in January, where she held a meeting with Dr. Rui Sardinha.", "Ana Pereira", "Rui Sardinha"},
	} {
		if !hasHeld(t, c[0], c[1], c[2]) {
			t.Errorf("%q: want %s and %s met, got %v", c[0], c[1], c[2], heldPairs(t, c[0]))
		}
	}
}
