package extract

import (
	"slices"
	"testing"
)

// Issue 14's twelfth round: rules for constructions the twelfth probe
// batch (p105-p110) showed beside earlier rounds, each with sentences of
// its own.

// "A, whose T X had insisted on (asked for, proposed) the meeting, was
// represented by Y": A sent Y, so X stayed away and is in no meeting the
// sentence tells, neither by the meeting noun of the "whose" clause nor
// by Y's attendance (p104, p106, and p108 where the same shape keeps its
// president out). A "whose" clause of a side not represented by someone
// else keeps its person.
func TestRepresentedSideLeaderAbsent(t *testing.T) {
	text := "Talks\nPresident Ada Lind received President Kofi Mensah in Accra on Monday. Togo, whose president Ali Traore had proposed the meeting, was represented by its envoy Rosa Quint, who attended the talks as an observer."
	got := pairsOf(t, text)
	for _, p := range got {
		if slices.Contains([]string{"Ali Traore|Rosa Quint", "Ada Lind|Ali Traore", "Ali Traore|Kofi Mensah"}, p) {
			t.Errorf("%q: pair %s, Traore stayed away (pairs %v)", text, p, got)
		}
	}
	if !slices.Contains(got, "Ada Lind|Kofi Mensah") {
		t.Errorf("%q: pairs %v, want Lind and Mensah", text, got)
	}
	text = "Talks\nTogo, whose president Ali Traore had insisted on the meeting, was represented by the adviser Rosa Quint."
	if got := pairsOf(t, text); len(got) != 0 {
		t.Errorf("%q: pairs %v, want none", text, got)
	}
	// Not represented by another: the "whose" clause's person met.
	text = "Talks\nTogo, whose president Ali Traore met Kofi Mensah in Lome on Monday, signed the accord."
	if got := pairsOf(t, text); !slices.Contains(got, "Ali Traore|Kofi Mensah") {
		t.Errorf("%q: pairs %v, want Traore and Mensah", text, got)
	}
}

// A verb of refusal governing the meeting word, right before it or past a
// determiner ("had refused a meeting with X", "has ruled out meeting X",
// "turned down a meeting"; p62, p110) tells a meeting not held; a meeting
// held in the same story stays held.
func TestRefusedMeetingNotHeld(t *testing.T) {
	for _, text := range []string{
		"Talks\nPresident Ada Lind has ruled out meeting the rebel leader Kofi Mensah until the prisoners are freed.",
		"Talks\nPresident Ada Lind had refused a meeting with Kofi Mensah in Accra in May.",
		"Talks\nPresident Ada Lind turned down a meeting with Kofi Mensah on Monday.",
	} {
		if got := pairsOf(t, text); len(got) != 0 {
			t.Errorf("%q: held pairs %v, want none", text, got)
		}
	}
	text := "Talks\nPresident Ada Lind had refused a meeting with Kofi Mensah in May. She met Rosa Quint in Accra on Monday."
	if got := pairsOf(t, text); !slices.Equal(got, []string{"Ada Lind|Rosa Quint"}) {
		t.Errorf("%q: held pairs %v, want Lind and Quint alone", text, got)
	}
}
