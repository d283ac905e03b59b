package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-fifty-ninth round: the places of meetings in
// stories that tell their city late or by kind, each shape with sentences
// of its own.

// heldPairPlace is the place of the first held meeting of a and b in the
// record, and whether there is one.
func heldPairPlace(rec graph.Record, a, b string) (string, bool) {
	for _, m := range rec.Meetings {
		if m.Status != graph.Held {
			continue
		}
		hasA, hasB := false, false
		for _, p := range m.Participants {
			hasA = hasA || p == a
			hasB = hasB || p == b
		}
		if hasA && hasB {
			return m.Place, true
		}
	}
	return "", false
}

// A story with no dateline that tells its visit's city only after the
// meetings ("arrived on Sunday for a three-day visit to X") is set in that
// city, and a visit "by ... to" a state puts a meeting told at a building
// ("at the presidential palace") in the state's capital
// (meeting.visitPlace, meeting/places.go; p986, p987). The negative cases:
// a visit to come ("will pay a visit to X") sets no place, and a visit to
// a state sets none for a meeting told at no building.
func TestVisitCityToldLate(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Leaders widen fisheries cooperation\nPrime Minister Tomas Verlaine and President Ama Ofori agreed on Monday to widen cooperation on fisheries. The two leaders held talks for two hours before a working lunch. Verlaine arrived on Sunday for a three-day visit to Accra, his first since taking office.", "Accra"},
		{"Leaders widen fisheries cooperation\nPrime Minister Tomas Verlaine held talks with President Ama Ofori at the presidential palace on Monday, on the first visit by a Belgian premier to Ghana.", "Accra"},
	} {
		rec := run(t, c.text, "2025-05-06")
		if got, ok := heldPairPlace(rec, "Tomas Verlaine", "Ama Ofori"); !ok || got != c.want {
			t.Errorf("%q: place %q (found %v), want %s; meetings %+v", c.text, got, ok, c.want, rec.Meetings)
		}
	}
	for _, text := range []string{
		"Leaders widen fisheries cooperation\nPrime Minister Tomas Verlaine held talks with President Ama Ofori on Monday. Verlaine will pay a visit to Accra next month.",
		"Leaders widen fisheries cooperation\nPrime Minister Tomas Verlaine held talks with President Ama Ofori on Monday, on the first visit by a Belgian premier to Ghana.",
	} {
		rec := run(t, text, "2025-05-06")
		if got, _ := heldPairPlace(rec, "Tomas Verlaine", "Ama Ofori"); got == "Accra" {
			t.Errorf("%q: place %q, want none", text, got)
		}
	}
}

// "at X Air Base", "at X Naval Base", "at X Airbase": a military base so
// named is called after the town it stands by, and a meeting there took
// place in that town, though the gazetteer lacks it (meeting.baseTown,
// meeting/when.go; p991). The negative case: "X Air Force Base", often
// named for a person, names no town.
func TestMeetingAtTownBase(t *testing.T) {
	for _, text := range []string{
		"Defence chiefs meet\nDefence Minister Tomas Verlaine met on Monday with his counterpart Ama Ofori at Tarnholm Air Base, on the margins of a donors' conference.",
		"Defence chiefs meet\nDefence Minister Tomas Verlaine met on Monday with his counterpart Ama Ofori at Tarnholm Airbase to discuss air defence.",
	} {
		rec := run(t, text, "2025-05-06")
		if got, ok := heldPairPlace(rec, "Tomas Verlaine", "Ama Ofori"); !ok || got != "Tarnholm" {
			t.Errorf("%q: place %q (found %v), want Tarnholm; meetings %+v", text, got, ok, rec.Meetings)
		}
	}
	text := "Defence chiefs meet\nDefence Minister Tomas Verlaine met on Monday with his counterpart Ama Ofori at Hollis Air Force Base to discuss air defence."
	rec := run(t, text, "2025-05-06")
	if got, _ := heldPairPlace(rec, "Tomas Verlaine", "Ama Ofori"); got == "Hollis" {
		t.Errorf("%q: place %q, want none", text, got)
	}
}
