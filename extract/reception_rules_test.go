package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

var receptionPub = time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)

// statuses extracts one sentence (after a headline) and returns the status
// of each meeting.
func statuses(t *testing.T, sentence string) []graph.Status {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Talks\n" + sentence, Published: receptionPub})
	if err != nil {
		t.Fatal(err)
	}
	var out []graph.Status
	for _, m := range rec.Meetings {
		out = append(out, m.Status)
	}
	return out
}

// A meeting put off ("has been postponed") or only sought ("sought a
// meeting with") did not take place.
func TestPutOffOrSoughtIsNotHeld(t *testing.T) {
	for _, s := range []string{
		"A meeting between President Ada Lind and President Kofi Mensah has been postponed.",
		"Talks between President Ada Lind and President Kofi Mensah have been postponed until June.",
		"President Ada Lind sought a meeting with President Kofi Mensah.",
		"President Ada Lind is seeking talks with President Kofi Mensah in Accra.",
	} {
		if got := statuses(t, s); slices.Contains(got, graph.Held) {
			t.Errorf("%q: %v, want nothing held", s, got)
		}
	}
	if got := statuses(t, "President Ada Lind met President Kofi Mensah in Accra on Monday."); !slices.Equal(got, []graph.Status{graph.Held}) {
		t.Errorf("a plain meeting: %v, want held", got)
	}
}

// "welcomed" and "greeted" report a reception when their object is a
// person ("welcomed President X to Lima"), in the passive with a place
// phrase before "by" ("was greeted at the airport by X"); not when the
// object is a thing or a person's thing.
func TestReceptionVerbs(t *testing.T) {
	want := []string{"Ada Lind", "Kofi Mensah"}
	for _, s := range []string{
		"President Ada Lind welcomed President Kofi Mensah to Accra on Monday.",
		"President Ada Lind greeted the visiting envoy Kofi Mensah on Monday.",
		"President Kofi Mensah was welcomed in Accra by President Ada Lind on Monday.",
		"President Kofi Mensah was greeted at the presidential palace by President Ada Lind on Monday.",
	} {
		got := heldAt(t, "Talks\n"+s, receptionPub)
		if len(got) != 1 || !slices.Equal(got[0].Participants, want) {
			t.Errorf("%q: held %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{
		"President Ada Lind welcomed the ceasefire on Monday.",
		"President Ada Lind welcomed Kofi Mensah's proposal on Monday.",
		"President Ada Lind welcomed the release of Kofi Mensah on Monday.",
		"The plan was welcomed in Accra and by President Ada Lind on Monday.",
	} {
		if got := heldAt(t, "Talks\n"+s, receptionPub); len(got) != 0 {
			t.Errorf("%q: held %v, want none", s, got)
		}
	}
	// An arrival told just before places and dates the reception.
	got := heldAt(t, "Talks\nPresident Kofi Mensah arrived in Accra on Monday. He was greeted at the airport by President Ada Lind.", receptionPub)
	if len(got) != 1 || got[0].Place != "Accra" || got[0].Date != "2025-05-05" {
		t.Errorf("after an arrival: held %v, want one in Accra on 2025-05-05", got)
	}
}

// "The two" standing alone as a subject ("the two last met", "the three
// have held talks") means the people just named.
func TestBareCountSubject(t *testing.T) {
	got := heldAt(t, "Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. The two last met in Lome in 2023.", receptionPub)
	var lome bool
	for _, m := range got {
		if m.Place == "Lomé" || m.Place == "Lome" {
			lome = m.Date == "2023" && slices.Equal(m.Participants, []string{"Ada Lind", "Kofi Mensah"})
		}
	}
	if !lome {
		t.Errorf("held %v, want Lind and Mensah in Lome in 2023", got)
	}
	// The people of the meeting just told, not the last two named.
	got = heldAt(t, "Talks\nPresident Ada Lind met President Kofi Mensah in Accra on Monday. The analyst Rosa Quint called the visit overdue. The two last met in Lome in 2023.", receptionPub)
	for _, m := range got {
		if slices.Contains(m.Participants, "Rosa Quint") {
			t.Errorf("held %v: the analyst is no participant", got)
		}
	}
	// A number before a noun is not a subject of its own.
	got = heldAt(t, "Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. The two countries signed a trade deal.", receptionPub)
	if len(got) != 1 {
		t.Errorf("the two countries: held %v, want only the Accra meeting", got)
	}
}
