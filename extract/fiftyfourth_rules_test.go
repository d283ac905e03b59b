package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's fifty-fourth round: names that joined a meeting's
// participants without being there — the body a person speaks for, named
// beside two or more people, and a place an untitled name after "in" or
// "around" stands for — each with sentences of its own.

// fiftyfourthHeld extracts text and returns its held meetings'
// participants and its persons.
func fiftyfourthHeld(t *testing.T, text string) (held [][]string, persons []string) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: time.Date(2025, 5, 7, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Meetings {
		if m.Status == graph.Held {
			held = append(held, m.Participants)
		}
	}
	for _, a := range rec.Actors {
		if a.Kind == graph.Person {
			persons = append(persons, a.Name)
		}
	}
	return held, persons
}

func fiftyfourthIn(held [][]string, name string) bool {
	return slices.ContainsFunc(held, func(ps []string) bool { return slices.Contains(ps, name) })
}

// An organization or group named beside two or more people of a meeting
// is what one of them speaks for, not a further participant (p222's
// regional body that sent its envoy, p320's "the African Union mediator",
// p242's movement beside its chairman, p319's and p286's sides beside
// their negotiators). A state stays: it may be the only form its side
// has (p61's leaders "of A, B and C", p52's unnamed officials).
func TestBodyBesidePeopleIsNoParticipant(t *testing.T) {
	for _, c := range []struct{ text, body string }{
		{"Ana Rossi, the African Union mediator, met Piet Grout and Omar Haddad in Lusaka on Tuesday.", "African Union"},
		{"Zambian Foreign Minister Ana Rossi met Piet Grout, the Blue Liberation Front chairman, in Lusaka on Tuesday.", "Blue Liberation Front"},
	} {
		held, _ := fiftyfourthHeld(t, c.text)
		if len(held) == 0 {
			t.Errorf("%q: no held meeting", c.text)
			continue
		}
		if fiftyfourthIn(held, c.body) {
			t.Errorf("%q: %q read as a participant beside the people: %v", c.text, c.body, held)
		}
	}
	// Negative: officials of a state no named person belongs to.
	text := "Ana Rossi and Piet Grout met Egyptian officials in Cairo on Tuesday."
	if held, _ := fiftyfourthHeld(t, text); !fiftyfourthIn(held, "Egypt") {
		t.Errorf("%q: the state of the unnamed officials lost: %v", text, held)
	}
}

// An untitled name after "in", "at" or "around" that the text uses as
// nothing else is a place, not a person at the meeting (p144's guesthouse
// in a border town, p143's ministry in a palace quarter, p360's stock
// around an island).
func TestNameAfterLocativeIsNoPerson(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"Foreign Minister Ana Rossi met Piet Grout at a guesthouse in Kembo Lutali on Tuesday.", "Kembo Lutali"},
		{"Foreign Minister Ana Rossi and Piet Grout held talks on Tuesday on the fishing grounds around Selo Vendra.", "Selo Vendra"},
	} {
		held, persons := fiftyfourthHeld(t, c.text)
		if fiftyfourthIn(held, c.place) || slices.Contains(persons, c.place) {
			t.Errorf("%q: %q read as a person: persons %v, held %v", c.text, c.place, persons, held)
		}
		if !fiftyfourthIn(held, "Ana Rossi") || !fiftyfourthIn(held, "Piet Grout") {
			t.Errorf("%q: the meeting lost: %v", c.text, held)
		}
	}
	// Negative: a possessive after "at" still names a person.
	text := "At Omar Haddad's invitation, Ana Rossi met Piet Grout in Lusaka on Tuesday, and Haddad joined them for dinner."
	if _, persons := fiftyfourthHeld(t, text); !slices.Contains(persons, "Omar Haddad") {
		t.Errorf("%q: the host after 'At' lost: %v", text, persons)
	}
}
