package extract

import (
	"slices"
	"testing"
)

// Issue 14's eighty-seventh round: the places of meetings, each shape with
// sentences of its own.

// placeOfPair is the place of the held meeting whose participants include
// a and b, "-" when there is none.
func placeOfPair(t *testing.T, text, a, b string) string {
	t.Helper()
	for _, m := range heldAt(t, text, corefPub) {
		if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m.Place
		}
	}
	return "-"
}

// "held talks covering the road link to the port of X", "discussed the
// transit of cargo through the port of X": a town in the topic the talks
// covered is what they were about, not where they were held; the
// dateline's city is (p556, p329).
func TestTopicTownIsNoPlace(t *testing.T) {
	for _, text := range []string{
		"Ministers meet\nACCRA, May 6 - Trade Minister Kofi Addo held talks with Togo's Trade Minister Yao Agbeko on Monday covering the road link to the port of Lome.",
		"Ministers meet\nACCRA, May 6 - Trade Minister Kofi Addo and Togo's Trade Minister Yao Agbeko on Monday discussed the transit of cargo through the port of Lome.",
	} {
		if p := placeOfPair(t, text, "Kofi Addo", "Yao Agbeko"); p != "Accra" {
			t.Errorf("place %q, want the dateline's Accra:\n%s", p, text)
		}
	}
	// Negative: a town after "of" outside a topic is where they met.
	text := "Ministers meet\nACCRA, May 6 - Trade Minister Kofi Addo held talks with Togo's Trade Minister Yao Agbeko on Monday in the port city of Lome."
	if p := placeOfPair(t, text, "Kofi Addo", "Yao Agbeko"); p != "Lome" {
		t.Errorf("place %q, want Lome, the city of the talks", p)
	}
}

// "X flew to Y, where he held talks with Z. The same day, X's foreign
// minister held talks with Z's": the ministers of the visit met where
// their leaders did that day, though no one is in both meetings (p375,
// p556).
func TestSameDayDelegationMeetsWhereLeadersMet(t *testing.T) {
	text := "Visit\nLOME, May 6 - Togo's President Faure Agbo left on Sunday for a two-day visit to Ghana. Trade between the neighbours has doubled in five years. Officials expect an accord on the border. On Monday, Agbo held talks with Ghana's President Kwame Mensah in Accra. The same day, Togo's Foreign Minister Yao Agbeko held talks with Ghana's Foreign Minister Kofi Addo on the border."
	if p := placeOfPair(t, text, "Kofi Addo", "Yao Agbeko"); p != "Accra" {
		t.Errorf("place %q, want Accra, where the leaders met that day", p)
	}
	// Negative: people of other states are no delegation of the visit.
	text = "Visit\nLOME, May 6 - Togo's President Faure Agbo left on Sunday for a two-day visit to Ghana. Trade between the neighbours has doubled in five years. Officials expect an accord on the border. On Monday, Agbo held talks with Ghana's President Kwame Mensah in Accra. The same day, Benin's Foreign Minister Paul Houngbo held talks with Niger's Foreign Minister Ali Mahaman on the river."
	if p := placeOfPair(t, text, "Ali Mahaman", "Paul Houngbo"); p == "Accra" {
		t.Errorf("a same-day meeting of other states' ministers took the visit's place Accra")
	}
}

// "X, who accompanied the president, held separate talks with Y": a
// meeting told apart from the visit's meeting just before, by someone of
// the same delegations, is one more meeting of the visit, held where it
// was (p442, p556).
func TestSeparateTalksOfTheVisitTakeItsPlace(t *testing.T) {
	lead := "Visit\nLOME, May 6 - Togo's President Faure Agbo left on Sunday for a two-day visit to Ghana. Trade between the neighbours has doubled in five years. Officials expect an accord on the border. On Monday, Agbo held talks with Ghana's President Kwame Mensah in Accra. "
	text := lead + "Togo's Foreign Minister Yao Agbeko, who accompanied Agbo, held separate talks with Ghana's Foreign Minister Kofi Addo."
	if p := placeOfPair(t, text, "Kofi Addo", "Yao Agbeko"); p != "Accra" {
		t.Errorf("place %q, want Accra, the visit's place", p)
	}
	// Negative: other states' ministers meeting separately are no part
	// of the visit.
	text = lead + "Separately, Benin's Foreign Minister Paul Houngbo held talks with Niger's Foreign Minister Ali Mahaman."
	if p := placeOfPair(t, text, "Ali Mahaman", "Paul Houngbo"); p == "Accra" {
		t.Errorf("other states' separate meeting took the visit's place Accra")
	}
}
