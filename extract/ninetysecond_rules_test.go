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

// "X will receive Y", "X is to receive Y": the bare form of "received"
// was no predicate, so a reception to come was lost, and a talk named
// after the object ("will receive Y ... for a private talk") was read as
// held, the modal too far from it (p588). "receive" now tells a meeting
// as "host" does, with an actor as its object.
func TestBareReceive(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Talks\nPresident Ada Lind and Premier Kofi Mensah arrived in Oslo on Monday. Lind will receive Premier Kofi Mensah, the head of the visiting delegation and an old friend, for a private talk later in the week.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	planned := false
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Ada Lind") && slices.Contains(m.Participants, "Kofi Mensah") {
			if m.Status != graph.Planned {
				t.Errorf("a reception to come read as %s: %+v", m.Status, m)
			}
			planned = true
		}
	}
	if !planned {
		t.Errorf("no planned meeting of Lind and Mensah: %+v", rec.Meetings)
	}
	// Minimal pair: a thing received is no meeting.
	rec, err = Extract(Article{ID: "t", Text: "Talks\nPresident Ada Lind and Premier Kofi Mensah arrived in Oslo on Monday. Lind will receive the commission's report on Friday.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Meetings) != 0 {
		t.Errorf("a report received read as a meeting: %+v", rec.Meetings)
	}
}
