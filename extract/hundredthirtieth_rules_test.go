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

// A meeting told as the occasion of something said there, in reported
// speech, "A said he had told B during their talks in X", is A's with B:
// the teller of "told" is read past the auxiliary "had" and, as a "he" or
// "she" right after "said (that)", as the one who said it; "told Mr. B"
// names B past the honorific (meeting.reportingSpeaker, subjectBefore;
// p812). The other cases: a named teller after "said" ("A said C had
// told B during their talks") is C, who met B, and the negative: "told"
// with no meeting noun after it ("A said he had told B on Monday that
// ...") is no meeting.
func TestReportedTellerAtTalks(t *testing.T) {
	for _, c := range [][2]string{
		{"Karl Holm said he had told Rui Sardinha during their talks in Lisbon that the loan was safe.", "Rui Sardinha"},
		{"Karl Holm, speaking in Oslo, said that he had told Mr. Sardinha during their talks in Lisbon that the loan was safe.", "Sardinha"},
		{"Karl Holm had told Rui Sardinha during their meeting in Lisbon that the loan was safe.", "Rui Sardinha"},
	} {
		if !hasHeld(t, c[0], "Karl Holm", c[1]) {
			t.Errorf("%q: want Holm and Sardinha met, got %v", c[0], heldPairs(t, c[0]))
		}
	}
	text := "Karl Holm said Jonas Berg had told Rui Sardinha during their talks in Lisbon that the loan was safe."
	if !hasHeld(t, text, "Jonas Berg", "Rui Sardinha") {
		t.Errorf("%q: want Berg and Sardinha met, got %v", text, heldPairs(t, text))
	}
	text = "Karl Holm said he had told Rui Sardinha on Monday that the loan was safe."
	if hasHeld(t, text, "Karl Holm", "Rui Sardinha") {
		t.Errorf("%q: want no meeting, got %v", text, heldPairs(t, text))
	}
}

// Talks told with a relative clause that says they took place, "the talks
// between A and B, which ended on Sunday in X, broke down", were held,
// though the main clause's verb is no event verb (meeting.endedRelative;
// p817's shape). The negative cases: a relative clause that negates them
// ("which never took place") and one on another act ("proposed talks with
// B, which C rejected") leave no meeting.
func TestTalksEndedInRelative(t *testing.T) {
	for _, text := range []string{
		"The talks between Karl Holm and Rui Sardinha, which ended on Sunday evening, broke down over fishing rights.",
		"Karl Holm and Rui Sardinha failed to agree, and the talks, which were held at a lakeside hotel, produced no communique.",
	} {
		if !hasHeld(t, text, "Karl Holm", "Rui Sardinha") {
			t.Errorf("%q: want Holm and Sardinha met, got %v", text, heldPairs(t, text))
		}
	}
	for _, text := range []string{
		"The talks between Karl Holm and Rui Sardinha, which never took place, were meant to settle fishing rights.",
		"Karl Holm proposed talks with Rui Sardinha, which the government rejected on Sunday.",
	} {
		if hasHeld(t, text, "Karl Holm", "Rui Sardinha") {
			t.Errorf("%q: want no meeting, got %v", text, heldPairs(t, text))
		}
	}
}
