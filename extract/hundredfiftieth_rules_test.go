package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-fiftieth round: met pairs missed although both
// people are found (p932-p937: heads of delegation named after the
// talks, "X and Y took part in the talks", a leaders' retreat, a dinner
// after a summit, "the two met on the sidelines", a 1950s treaty round);
// the rules are general, with sentences of their own.

// A gapped clause of a delegation list opened by a semicolon ("The A
// delegation was led by X; the B side by Y") or by the other side's
// possessive alone ("...; B's by Y") lists the other side's people at the
// same talks (gappedSide, roster.go; p937). The negative cases: a
// semicolon before a clause with a verb of its own, or before the side's
// noun set off by a comma, lists no one.
func TestSemicolonGappedSide(t *testing.T) {
	opening := "Water talks open\nChile and Peru opened talks on sharing the Lauca river in Lima on Monday. "
	cases := []struct {
		text string
		want []string
	}{
		{opening + "The Chilean delegation was led by Deputy Minister Anna Holmberg, with two engineers; the Peruvian side by Ambassador Piet Varga and his deputy Luis Oyarce.",
			[]string{"Anna Holmberg|Piet Varga", "Anna Holmberg|Luis Oyarce"}},
		{opening + "The Chilean side was led by Deputy Minister Anna Holmberg; Peru's by Ambassador Piet Varga.",
			[]string{"Anna Holmberg|Piet Varga"}},
	}
	for _, c := range cases {
		got := pairsOf(t, c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("want %s, got %v", w, got)
			}
		}
	}
	for _, neg := range []string{
		opening + "The Chilean delegation was led by Deputy Minister Anna Holmberg; Peru's foreign minister, Piet Varga, stayed in Arica.",
		opening + "The Chilean delegation was led by Deputy Minister Anna Holmberg; the Peruvian side, by contrast, said little, and Ambassador Piet Varga stayed in Arica.",
	} {
		if got := pairsOf(t, neg); slices.Contains(got, "Anna Holmberg|Piet Varga") {
			t.Errorf("a clause of its own read as a gapped list: %v", got)
		}
	}
}
