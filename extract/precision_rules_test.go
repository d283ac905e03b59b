package extract

import (
	"slices"
	"testing"
)

// Issue 14's precision pass: rules against false met-pairs seen on the
// probe rounds, each with sentences of its own.

// A title with its "of" complement before a name ("the Speaker of the
// National Assembly (of X) Y", "the President of the Senate Y") names the
// body of Y's post: the body is no participant beside Y (p46; the same
// construction in p58 and p86).
func TestTitledBodyNoParticipant(t *testing.T) {
	for _, text := range []string{
		"Talks\nForeign Minister Lars Berg met the Speaker of the National Assembly of Estonia Mart Kask in Oslo on Monday.",
		"Talks\nForeign Minister Lars Berg met the President of the Senate Mart Kask in Oslo on Monday.",
		"Talks\nIn Oslo on Monday, the Chairman of the Federal Council Mart Kask held talks with Foreign Minister Lars Berg.",
	} {
		if got := pairsOf(t, text); !slices.Equal(got, []string{"Lars Berg|Mart Kask"}) {
			t.Errorf("%q: want only Lars Berg|Mart Kask, got %v", text, got)
		}
	}
}
