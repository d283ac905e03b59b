package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-fifteenth round: meetings not read, each shape
// with sentences of its own.

// "X met A, B and C in turn": a list of the people met closed by "in
// turn", "one by one" or "one after another" tells one meeting with each,
// and the people of the list did not meet one another (meeting.inTurn,
// meeting/distribute.go; p725). With an unread subject the list's people
// stay apart; with a named one each meets it. The negative cases: "in
// turn" after "who" ("B, who in turn met C") is no list told one by one,
// and "A and B met in turn" with nobody named after the predicate stays
// one meeting.
func TestMetListInTurn(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO, May 5 - In the evening the visiting delegation met Lena Berg, Omar Haddad and Ines Valdez in turn at the hotel.",
		"Talks\nOSLO, May 5 - The mediators received Lena Berg and Omar Haddad one by one on Monday.",
	} {
		got := pairsOf(t, text)
		if slices.Contains(got, "Lena Berg|Omar Haddad") {
			t.Errorf("%q: people met in turn paired with each other: %v", text, got)
		}
	}
	text := "Talks\nOSLO, May 5 - Envoy Rosa Quint on Monday met Lena Berg, Omar Haddad and Ines Valdez in turn at the palace."
	got := pairsOf(t, text)
	for _, want := range []string{"Lena Berg|Rosa Quint", "Omar Haddad|Rosa Quint", "Ines Valdez|Rosa Quint"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q: pairs %v, want %s", text, got, want)
		}
	}
	if slices.Contains(got, "Lena Berg|Omar Haddad") {
		t.Errorf("%q: people met in turn paired with each other: %v", text, got)
	}
	// Negative: "in turn" after "who" tells a consequence; Quint's meeting
	// with Berg and Haddad stays whole.
	text = "Talks\nOSLO, May 5 - Envoy Rosa Quint met Lena Berg and Omar Haddad on Monday, who in turn briefed the cabinet."
	if got := pairsOf(t, text); !slices.Contains(got, "Lena Berg|Omar Haddad") {
		t.Errorf("%q: pairs %v, want Berg and Haddad together", text, got)
	}
}
