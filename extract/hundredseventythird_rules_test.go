package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-seventy-third round: persons and names (p1070-p1075:
// a lord privy seal opening talks with six ministers, a president's
// audience at the Holy See, a truce signed with a separatist republic,
// an entity's president received in a Russian city, a troika of
// ministers with particled surnames, and a prime minister received by a
// chairman in a headline); each rule with sentences of its own.

// A state or region the gazetteer lacks, named by a polity noun after
// (or, in its own language, before) a word of its own name (polityHeads;
// polityRun, mention/classify.go; p1072, p1073): a state, not a person
// nor a document ("the X Republic" was read as one). The
// negative cases: a polity noun after ordinary words only ("the Second
// Republic"), before a common noun ("Republic Day") or in a known
// state's style ("the Democratic Republic of X") names no state of its
// own.
func TestPolityNamesAreStates(t *testing.T) {
	for _, c := range []struct{ text, state string }{
		{"The President of Republika Vorska, Milan Petek, met President Karel Dvorak in Lisbon on Monday.", "Republika Vorska"},
		{"The envoy met leaders of the Tarvan Republic in Lisbon on Monday.", "Tarvan Republic"},
		{"The status of the Tarvan Republic of Oskeria will be settled in five years, President Karel Dvorak said.", "Tarvan Republic of Oskeria"},
	} {
		got := actorsOf(t, c.text)
		if slices.Contains(got[graph.Person], c.state) {
			t.Errorf("%q: %s read as a person: %v", c.text, c.state, got)
		}
		if !slices.Contains(got[graph.State], c.state) {
			t.Errorf("%q: no state %s: %v", c.text, c.state, got)
		}
	}
	for _, text := range []string{
		"President Karel Dvorak spoke of the Second Republic in Lisbon on Monday.",
		"President Karel Dvorak attended the Republic Day parade in Lisbon on Monday.",
		"President Karel Dvorak, President of the Democratic Republic of Portugal, spoke in Lisbon on Monday.",
	} {
		got := actorsOf(t, text)
		for _, s := range got[graph.State] {
			if s != "Portugal" {
				t.Errorf("%q: state %q read", text, s)
			}
		}
		if !slices.Contains(got[graph.Person], "Karel Dvorak") {
			t.Errorf("%q: the person lost: %v", text, got)
		}
	}
}
