package extract

import "testing"

// Issue 14's hundred-and-thirtieth round: modality (held, planned,
// cancelled), with sentences of its own.

// A plain verb opening an "and" conjunct with no subject of its own shares
// the modal of the first conjunct, however far back it lies: "would fly to
// X in his place and hold talks with Y", "is to open a school in X and
// meet Y" are meetings to come (meeting.sharedModal; p814, p223). The
// negative cases: a first conjunct told in the past ("flew to X ... and
// met Y"), and a modal in a relative clause closed by a comma ("A, who
// will visit X, flew to Y and met Z"), leave the meeting held.
func TestAndConjunctSharesModal(t *testing.T) {
	for _, text := range []string{
		"The ministry said Karl Holm would fly to Tallinn with two of her advisers in her place and hold talks with Rui Sardinha.",
		"On Thursday Karl Holm is to open a new wing of the national library in Tallinn and meet Rui Sardinha.",
		"Karl Holm is expected to spend two days touring the northern provinces by train and then meet Rui Sardinha.",
	} {
		if hasHeld(t, text, "Karl Holm", "Rui Sardinha") {
			t.Errorf("%q: want no held Holm-Sardinha pair, got %v", text, heldPairs(t, text))
		}
	}
	for _, text := range []string{
		"Karl Holm flew to Tallinn in her place last week and held talks with Rui Sardinha.",
		"Karl Holm, who will visit Riga next month, opened a new wing of the national library in Tallinn and met Rui Sardinha.",
		"Due to the storm Karl Holm stayed two more days in the northern provinces and met Rui Sardinha.",
	} {
		if !hasHeld(t, text, "Karl Holm", "Rui Sardinha") {
			t.Errorf("%q: want Holm and Sardinha met, got %v", text, heldPairs(t, text))
		}
	}
}
