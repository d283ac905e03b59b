package extract

import (
	"slices"
	"testing"
)

// Issue 14's ninety-fifth round: met pairs reported that did not meet
// (met-pairs precision), each shape with sentences of its own.

// "The minister held separate meetings with A, B and C": the one who met
// each of them is not read (a bare title, an unread name), so the clause
// told A, B and C meeting one another. Each met only the unnamed subject
// (p607).
func TestSeparateMeetingsWithoutSubject(t *testing.T) {
	for _, text := range []string{
		"Minister sees envoys\nTUNIS (AP) - The minister on Monday held separate meetings with envoy Lena Vogt, Senator Omar Dialo and Governor Karl Heine.",
		"Minister sees envoys\nTUNIS (AP) - The visiting minister met separately with envoy Lena Vogt and Governor Karl Heine on Monday.",
	} {
		for _, p := range []string{"Karl Heine|Lena Vogt", "Lena Vogt|Omar Dialo", "Karl Heine|Omar Dialo"} {
			if got := pairsOf(t, text); slices.Contains(got, p) {
				t.Errorf("%q: objects of separate meetings read as meeting each other: %v", text, got)
			}
		}
	}
	// Minimal pairs: with its subject read, each object met the subject;
	// "Separately," fronted tells another development, and the talks
	// between the two are theirs.
	text := "Minister sees envoys\nTUNIS (AP) - Foreign Minister Rania Bessis on Monday held separate meetings with envoy Lena Vogt and Governor Karl Heine."
	got := pairsOf(t, text)
	if !slices.Contains(got, "Lena Vogt|Rania Bessis") || !slices.Contains(got, "Karl Heine|Rania Bessis") || slices.Contains(got, "Karl Heine|Lena Vogt") {
		t.Errorf("%q: want the minister with each: %v", text, got)
	}
	text = "Minister sees envoys\nTUNIS (AP) - Separately, talks between envoy Lena Vogt and Governor Karl Heine were held in Sfax on Monday."
	if got := pairsOf(t, text); !slices.Contains(got, "Karl Heine|Lena Vogt") {
		t.Errorf("%q: the talks after a fronted \"Separately\" were lost: %v", text, got)
	}
}

// "A meeting between A and B, which X proposed for next week, has not yet
// been arranged", "A meeting between the two men had been discussed for
// next month": the noun's own verb says the meeting is still being
// arranged, so it is planned (p602, p605).
func TestMeetingNotYetArranged(t *testing.T) {
	for _, text := range []string{
		"Leaders apart\nLOME (AP) - A meeting between President Omar Dialo and Prime Minister Karl Heine, which envoys proposed for next week, has not yet been arranged.",
		"Leaders apart\nLOME (AP) - A summit between President Omar Dialo and Prime Minister Karl Heine had been discussed for next month, but no venue has been chosen.",
		"Leaders apart\nLOME (AP) - A meeting between President Omar Dialo and Prime Minister Karl Heine has been proposed by the regional bloc.",
	} {
		if got := pairsOf(t, text); slices.Contains(got, "Karl Heine|Omar Dialo") {
			t.Errorf("%q: the meeting still being arranged was read as held: %v", text, got)
		}
	}
	// Minimal pair: a meeting "arranged" in a relative clause and then
	// held; and one that "was not arranged in advance" but took place.
	for _, text := range []string{
		"Leaders meet\nLOME (AP) - A meeting between President Omar Dialo and Prime Minister Karl Heine, which envoys had arranged in May, was held in Lome on Monday.",
		"Leaders meet\nLOME (AP) - President Omar Dialo and Prime Minister Karl Heine met in Lome on Monday; the meeting had been discussed at length by their aides.",
	} {
		if got := pairsOf(t, text); !slices.Contains(got, "Karl Heine|Omar Dialo") {
			t.Errorf("%q: the meeting held was lost: %v", text, got)
		}
	}
}

// "After the talks A said ..., but spokesman C said ...": the talks the
// sentence refers back to are read with the people of the sentence, but
// the clause after ", but" sets another's account against the first, and
// its speaker was not at the talks (p606).
func TestContrastClauseNotAtTalks(t *testing.T) {
	text := "Talks end\nLOME (AP) - President Omar Dialo held talks with Prime Minister Karl Heine in Lome on Monday.\nAfter the talks Dialo said Heine had agreed to a truce, but opposition spokesman Paul Mensah said no such deal had been reached."
	got := pairsOf(t, text)
	for _, p := range []string{"Omar Dialo|Paul Mensah", "Karl Heine|Paul Mensah"} {
		if slices.Contains(got, p) {
			t.Errorf("%q: the speaker of the contrasting clause was put at the talks: %v", text, got)
		}
	}
	// Minimal pair: without the contrast the people of the sentence are
	// still read as those of the talks.
	if !slices.Contains(got, "Karl Heine|Omar Dialo") {
		t.Errorf("%q: the talks were lost: %v", text, got)
	}
	text = "Talks end\nLOME (AP) - President Omar Dialo arrived in Lome on Monday.\nAfter the talks Dialo said Prime Minister Karl Heine had agreed to a truce."
	if got := pairsOf(t, text); !slices.Contains(got, "Karl Heine|Omar Dialo") {
		t.Errorf("%q: the people of the sentence were not read for the talks: %v", text, got)
	}
	// ", while" with no account of its own pairs the two sides' leaders.
	text = "Talks open\nLOME (AP) - Border officials of the two countries began a meeting in Lome on Monday.\nThe Togolese delegation to the meeting is led by Minister Lena Vogt, while the Ghanaian delegation is led by Governor Omar Dialo."
	if got := pairsOf(t, text); !slices.Contains(got, "Lena Vogt|Omar Dialo") {
		t.Errorf("%q: the two delegations' leaders were parted: %v", text, got)
	}
}
