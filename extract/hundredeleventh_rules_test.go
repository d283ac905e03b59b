package extract

import (
	"testing"
	"time"
)

// Issue 14's hundred-and-eleventh round: the dates of meetings (relative
// days, an event's eve, earlier years, national orders), each shape with
// sentences of its own.

// "On the eve of the conference, A called on B": the eve is the day before
// the conference's own day, the day its sentence tells nearest the word
// "conference", not the last day that sentence tells, which may belong to
// a clause of its own ("the ship seized on June 2"; eveDay, dayNearTold,
// meeting/when.go; p701).
func TestEveOfAnEventFromTheEventsOwnDay(t *testing.T) {
	pub := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "Harbour talks\nThe conference on the harbour opened on Wednesday with a row over the fishing boat impounded by the coast guard on June 2. On the eve of the conference, Ana Soto met Luis Vera at a hotel in Lima.",
		"Ana Soto", "Luis Vera", "2025-06-17")
	// Negative case: the event's only day is the one told, far from its
	// word: still the eve of that day.
	wantHeldOn(t, pub, "Harbour talks\nThe conference on the harbour, which fishermen had demanded for years, finally opened in Lima on Wednesday. On the eve of the conference, Ana Soto met Luis Vera at a hotel in the city.",
		"Ana Soto", "Luis Vera", "2025-06-17")
}
