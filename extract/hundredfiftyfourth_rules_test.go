package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-fifty-fourth round: participants not found and
// false persons, each shape with sentences of its own.

// A given name ending in "-ly" at the head of a sentence ("Anatoly",
// "Vitaly") was dropped as an adverb, and with an apposition after the
// name the whole person was lost (mention.lyGivenName,
// mention/mentions.go; p958). The negative case: an adverb of a frequent
// adjective ("Finally") before a name stays out of it.
func TestLyGivenNameOpensSentence(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"BERNE, May 4 - Anatoly Kuzmenko, a deputy trade minister, held talks with Rosa Quint in the capital on Monday.", "Anatoly Kuzmenko"},
		{"BERNE, May 4 - Vitaly Orlov met Rosa Quint at the embassy on Monday to discuss the grain corridor.", "Vitaly Orlov"},
	} {
		persons := actorsOf(t, c.text)[graph.Person]
		if !slices.Contains(persons, c.want) {
			t.Errorf("%q: persons %v, want %s", c.text, persons, c.want)
		}
	}
	text := "BERNE, May 4 - Finally Kuzmenko agreed to meet Rosa Quint at the embassy on Monday."
	for _, p := range actorsOf(t, text)[graph.Person] {
		if p == "Finally Kuzmenko" {
			t.Errorf("%q: adverb read into the name: %v", text, p)
		}
	}
}
