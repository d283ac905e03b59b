package extract

import (
	"testing"
	"time"
)

// The lead's day is the day of the event it tells, not of the telling: a
// date after a verb of reporting in the lead ("sources told the paper on
// Saturday", "officials said on Friday") makes no story day, and a meeting
// told further down with no time keeps the publication month (SCHEMA.md).
// Nor is a meeting that "follows previous discussions" a scene of that
// day.
func TestStoryDayIsNotTheReportsDay(t *testing.T) {
	pub := time.Date(2025, 9, 13, 0, 0, 0, 0, time.UTC) // a Saturday
	for _, text := range []string{
		"River talks\nTalks on the river pact will resume next week, two officials told the Lima daily on Saturday. Ana Soto met Luis Vera at the palace.",
		"River talks\nPeru and Bolivia will resume their river talks, officials said on Friday. Ana Soto met Luis Vera at the palace.",
		"River talks\nPeru and Bolivia signed a river pact in Lima on Tuesday. The pact follows previous discussions, in which Ana Soto met Luis Vera at the palace.",
	} {
		wantHeldOn(t, pub, text, "Ana Soto", "Luis Vera", "2025-09")
	}
	// The event's own day still counts when the report's comes after it.
	wantHeldOn(t, pub, "River pact\nPeru and Bolivia signed a river pact in Lima on Tuesday, officials said. Ana Soto sat down with Luis Vera at the palace.",
		"Ana Soto", "Luis Vera", "2025-09-09")
}
