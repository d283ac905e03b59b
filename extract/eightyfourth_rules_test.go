package extract

import (
	"slices"
	"testing"
)

// Issue 14's eighty-fourth round: meetings told through a delegation's
// trip, whose people the delegation lists after it name, each shape with
// sentences of its own.

// "A's delegation arrived in X on Monday for talks with B's officials.
// A's delegation was led by Y. B's side was headed by Z": the trip tells
// the talks, the lists who sat (p536, p538). A delegation that only
// arrived, ahead of another occasion, tells no talks.
func TestDelegationTripTalksTakeTheListedPeople(t *testing.T) {
	text := "Talks\nA Ghanaian government delegation arrived in Lome on Monday for talks with Togolese officials on fishing rights. The Ghanaian delegation was led by Trade Minister Kofi Addo. The Togolese side was headed by Fisheries Minister Yao Agbeko."
	got := pairsOf(t, text)
	if !slices.Contains(got, "Kofi Addo|Yao Agbeko") {
		t.Errorf("pairs %v, want Kofi Addo|Yao Agbeko", got)
	}
	for _, p := range got {
		if p == "Ghana|Togo" || p == "Kofi Addo|Togo" || p == "Ghana|Yao Agbeko" {
			t.Errorf("a side stayed beside its people: %v", got)
		}
	}
	for _, m := range heldAt(t, text, corefPub) {
		if slices.Contains(m.Participants, "Kofi Addo") && (m.Place != "Lome" || m.Date != "2025-05-05") {
			t.Errorf("the trip's talks at %q on %q, want Lome on 2025-05-05", m.Place, m.Date)
		}
	}
	// A visit told over a range of days, the delegation of a ministry:
	// the talks take the month, the dateline's city, and the ministry's
	// state no pair beside the people.
	span := "Talks\nLOME - From 4 to 6 May, a delegation of the Ministry of Fisheries of Ghana paid a working visit to Togo to attend the annual consultation on fishing rights. The delegation was headed by Deputy Minister Kofi Addo, Chairman of the Fisheries Board. The Togolese delegation was led by Deputy Minister Yao Agbeko."
	found := false
	for _, m := range heldAt(t, span, corefPub) {
		if slices.Contains(m.Participants, "Kofi Addo") && slices.Contains(m.Participants, "Yao Agbeko") {
			found = true
			if m.Date != "2025-05" || len(m.Participants) != 2 {
				t.Errorf("the visit's talks: %+v, want the two deputies in 2025-05", m)
			}
		}
	}
	if !found {
		t.Errorf("the visit's talks were not read: %v", pairsOf(t, span))
	}
	// Minimal pair: the delegation only arrived, ahead of a forum.
	only := "Talks\nA Ghanaian government delegation arrived in Lome on Monday ahead of a regional forum on fishing rights. The Ghanaian delegation was led by Trade Minister Kofi Addo. The Togolese side was headed by Fisheries Minister Yao Agbeko."
	if got := pairsOf(t, only); len(got) > 0 {
		t.Errorf("an arrival ahead of a forum was read as talks: %v", got)
	}
}

// "X led a delegation to P last week for talks on gas": a trip of its
// own, elsewhere, whose leader is no member of the meeting the story told
// before (p536, p540). A delegation led to the meeting's own place is.
func TestDelegationLedElsewhereJoinsNoMeeting(t *testing.T) {
	text := "Talks\nGhana's Trade Minister Kofi Addo met Togo's Fisheries Minister Yao Agbeko in Lome on Monday for talks on fishing rights. Separately, Ghanaian Energy Minister Ama Owusu led a delegation to Abuja last week for talks on gas."
	got := pairsOf(t, text)
	if !slices.Contains(got, "Kofi Addo|Yao Agbeko") {
		t.Errorf("pairs %v, want Kofi Addo|Yao Agbeko", got)
	}
	if slices.ContainsFunc(got, func(p string) bool { return p == "Ama Owusu|Yao Agbeko" || p == "Ama Owusu|Kofi Addo" }) {
		t.Errorf("a delegation led to Abuja joined the Lome talks: %v", got)
	}
	// Minimal pair: the delegation she led went to the talks' city.
	here := "Talks\nGhana's Trade Minister Kofi Addo met Togo's Fisheries Minister Yao Agbeko in Lome on Monday for talks on fishing rights. Ghanaian Energy Minister Ama Owusu also led a delegation to Lome for the talks."
	if got := pairsOf(t, here); !slices.Contains(got, "Ama Owusu|Yao Agbeko") {
		t.Errorf("a delegation led to the talks' city did not join them: %v", got)
	}
}
