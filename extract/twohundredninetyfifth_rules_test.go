package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-ninety-fifth round: an untargeted batch from
// Asia and the Pacific (p1802-p1807: a broadsheet of 1954, a paper of
// 1967, an agency of 1990, 2006 and 2015, a readout of 2022); each rule
// with sentences of its own.

// "X, the Y Front leader," names X by a post in a group the text names
// before the post's head (actors.apposedBodyPost; p1804, p179, p390,
// p494, p499, p775, p946): X is titled and so kept though named once. Without
// it the run of the group's name stopped the apposition, and a person
// named once and in no meeting was dropped.
func TestApposedPostInANamedGroup(t *testing.T) {
	for _, c := range []struct{ s, name, org string }{
		{"Boko Tanaru, the Zamra Front leader, flew to Harare but would not take his seat.", "Boko Tanaru", "Zamra Front"},
		{"Melo Varant, the Zamra Front's spokesman, said the offer was not enough.", "Melo Varant", "Zamra Front"},
	} {
		rec := recordAt(t, "Talks open\n\nHARARE, May 3 - Talks between the government and the Zamra Front opened here on Thursday.\n\n"+c.s, time.Date(2001, 5, 3, 0, 0, 0, 0, time.UTC))
		var got *graph.Actor
		for i := range rec.Actors {
			if rec.Actors[i].Name == c.name {
				got = &rec.Actors[i]
			}
		}
		if got == nil || got.Kind != graph.Person {
			t.Fatalf("%s: want the person %s: %s", c.s, c.name, dump(rec))
		}
		if len(got.Positions) == 0 || got.Positions[0].Organization != c.org {
			t.Errorf("%s: positions %v, want a post in %s", c.s, got.Positions, c.org)
		}
	}
}

// "Señor X Y", "Senor X Y", "Signor X Y": the Spanish and Italian Mr is
// an honorific before the name, not its first word (lexicon honorifics;
// p1233, p1337, p1361, p1378, p1438, p1691, p578). Without it the
// person's name began with "Signor".
func TestSpanishAndItalianMrNotInTheName(t *testing.T) {
	for _, c := range []struct{ s, name string }{
		{"Signor Aldo Ferrucci met Senor Tomas Ibarrola at the ministry on Tuesday.", "Aldo Ferrucci"},
		{"Signor Aldo Ferrucci met Senor Tomas Ibarrola at the ministry on Tuesday.", "Tomas Ibarrola"},
		{"Señor Tomas Ibarrola met Signora Lucia Ferrucci at the ministry on Tuesday.", "Tomas Ibarrola"},
	} {
		rec := recordAt(t, "Ministers meet\n\nROME, May 3 - The ministers met here.\n\n"+c.s, time.Date(2001, 5, 3, 0, 0, 0, 0, time.UTC))
		found := false
		for _, a := range rec.Actors {
			if a.Kind == graph.Person && a.Name == c.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want the person %q: %s", c.s, c.name, dump(rec))
		}
	}
}
