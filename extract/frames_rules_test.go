package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// pairsOf extracts a text and returns the participant pairs of its held
// meetings, each "A|B" with the names sorted.
func pairsOf(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, m := range heldAt(t, text, corefPub) {
		for i, a := range m.Participants {
			for _, b := range m.Participants[i+1:] {
				p := []string{a, b}
				slices.Sort(p)
				out = append(out, strings.Join(p, "|"))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// A plural description among a predicate's arguments stands for the people
// of the meeting just told, also when someone else is named beside it.
func TestPluralBesideNames(t *testing.T) {
	for _, text := range []string{
		"Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. The two leaders later met with envoy Rosa Quint.",
		"Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. Envoy Rosa Quint then sat down with both leaders.",
	} {
		got := pairsOf(t, text)
		for _, want := range []string{"Ada Lind|Rosa Quint", "Kofi Mensah|Rosa Quint"} {
			if !slices.Contains(got, want) {
				t.Errorf("%q: pairs %v, want %s", text, got, want)
			}
		}
	}
	// The count must match the meeting just told.
	got := pairsOf(t, "Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. The three leaders later met with envoy Rosa Quint.")
	if slices.Contains(got, "Ada Lind|Rosa Quint") {
		t.Errorf("three leaders after a meeting of two: pairs %v", got)
	}
}

// A document signed by several people in one act brings them together
// (passive "signed by"), with those "in the presence of" whom it was
// signed; one person signing something is no meeting.
func TestSignedBy(t *testing.T) {
	got := pairsOf(t, "Talks\nPresident Ada Lind of Ghana, President Kofi Mensah of Togo and Prime Minister Jorge Alves of Benin met in Lome on Monday. "+
		"The accord was signed by the trade ministers of the three countries, Ana Pereira of Ghana, Jon Holt of Togo and Li Wen of Benin, in the presence of all three leaders.")
	for _, want := range []string{"Ana Pereira|Jon Holt", "Ada Lind|Li Wen", "Jorge Alves|Kofi Mensah"} {
		if !slices.Contains(got, want) {
			t.Errorf("pairs %v, want %s", got, want)
		}
	}
	for _, s := range []string{
		"Talks\nPresident Ada Lind signed a decree on Monday naming Kofi Mensah to the cabinet.",
		"Talks\nPresident Ada Lind has signed the bill that Senator Kofi Mensah drafted.",
	} {
		if got := pairsOf(t, s); len(got) != 0 {
			t.Errorf("%q: pairs %v, want none", s, got)
		}
	}
	_ = graph.Held
}
