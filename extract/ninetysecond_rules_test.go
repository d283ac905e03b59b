package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's ninety-second round: an untargeted batch (p584-p589), and
// what it showed worst, each shape with sentences of its own.

// "Prime Minister Tom Bishop met", "Governor Alan King said": a family
// name that is also a title head ended the capitalized run as a second
// title, so the name was lost ("Tom" an unknown word, the person and
// the meeting gone, p587, p62). After a given name, last in the run, it
// is the family name.
func TestTitleWordAsFamilyName(t *testing.T) {
	for text, want := range map[string]string{
		"Talks\nPrime Minister Tom Bishop met President Kofi Mensah in Accra on Monday.":                 "Kofi Mensah|Tom Bishop",
		"Talks\nFinance Minister Rosa Quint held talks with central bank governor Alan King on Tuesday.": "Alan King|Rosa Quint",
		"Talks\nRosa Quint met the Prime Minister, John Major, in Oslo on Monday.":                       "John Major|Rosa Quint",
	} {
		if got := pairsOf(t, text); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: pairs %v, want %s", text, got, want)
		}
	}
	// Minimal pair: the title word before a name ("Major General Tom
	// Ward") stays a title, and a common word before it ("the Air
	// Marshal") makes no person.
	rec, err := Extract(Article{ID: "t", Text: "Talks\nMajor General Tom Ward met President Kofi Mensah in Accra on Monday. The Air Marshal was not present.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && a.Name != "Tom Ward" && a.Name != "Kofi Mensah" {
			t.Errorf("a title read as a name: %+v", a)
		}
	}
}
