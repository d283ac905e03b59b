package extract

import (
	"slices"
	"testing"
)

// Issue 14's sixth round: rules for constructions the sixth probe batch
// (p57-p64) showed, each with sentences of its own.

// "In separate meetings, A and B told C ...": each of the people who told
// met the one they told, on their own; A never met B. "A and B each met
// C" reads the same way.
func TestSeparateMeetingsTold(t *testing.T) {
	for _, text := range []string{
		"Talks\nIn separate meetings on Monday, envoy Rosa Quint and envoy Omar Haddad told Foreign Minister Lena Berg that their sides wanted a truce.",
		"Talks\nIn separate meetings, Rosa Quint and Omar Haddad assured Foreign Minister Lena Berg of their support.",
		"Talks\nRosa Quint and Omar Haddad each met Foreign Minister Lena Berg in Oslo on Monday.",
	} {
		got := pairsOf(t, text)
		for _, want := range []string{"Lena Berg|Rosa Quint", "Lena Berg|Omar Haddad"} {
			if !slices.Contains(got, want) {
				t.Errorf("%q: pairs %v, want %s", text, got, want)
			}
		}
		if slices.Contains(got, "Omar Haddad|Rosa Quint") {
			t.Errorf("%q: pairs %v, the two who met separately did not meet", text, got)
		}
	}
	// Without a distributive cue the told one still joins a fronted meeting.
	got := pairsOf(t, "Talks\nAt a meeting on Monday, Rosa Quint and Omar Haddad told Foreign Minister Lena Berg that they wanted a truce.")
	for _, want := range []string{"Lena Berg|Rosa Quint", "Omar Haddad|Rosa Quint"} {
		if !slices.Contains(got, want) {
			t.Errorf("fronted meeting: pairs %v, want %s", got, want)
		}
	}
}
