package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-forty-eighth round: Europe 1970s-1990s,
// wire copy and broadsheets (p2120-p2125: a 1977 wire on a review
// conference of the Helsinki accords, a 1977 broadsheet on Cyprus talks in
// Vienna, a 1973 broadsheet on an Anglo-Irish conference, a 1989
// Spanish agency on talks in Algiers, a 1993 Yugoslav agency on a peace
// conference in Geneva, a 1988 wire on two prime ministers at a Swiss
// resort); each rule with sentences of its own.

// "A is to fly back to X for consultations with B at the end of the
// month": the be-to future before a trip and its destination tells a
// meeting to come although the "is to" lies beyond the six words status
// looks back and "fly" is no planned verb (beToFuture in
// meeting/when.go; p2120, the shape of p1124, p1494, p533, p639). A
// meeting told in the past next to it stays held.
func TestBeToFutureBeforeTrip(t *testing.T) {
	pub := time.Date(1981, 5, 6, 0, 0, 0, 0, time.UTC)
	for _, lead := range []string{
		"OSTRAVA, May 6 (Wire) -- Ambassador Anton Kolb is to fly back to Zenda for consultations with President Karl Vorst at the end of the month.\n",
		"OSTRAVA, May 6 (Wire) -- Ambassador Anton Kolb is to go home to Zenda for talks with President Karl Vorst at the end of the month.\n",
	} {
		rec := recordAt(t, "Envoy recalled\n\n"+lead, pub)
		if m := meetingWith(rec, "Anton Kolb", "Karl Vorst"); m != nil && m.Status == graph.Held {
			t.Errorf("%q: the consultations are to come, not held: %s", lead, dump(rec))
		}
	}
	held := "OSTRAVA, May 6 (Wire) -- Ambassador Anton Kolb, who is to retire in June, flew to Zenda on Tuesday for talks with President Karl Vorst.\n"
	rec := recordAt(t, "Envoy in Zenda\n\n"+held, pub)
	if m := meetingWith(rec, "Anton Kolb", "Karl Vorst"); m == nil || m.Status != graph.Held {
		t.Errorf("%q: want the talks held: %s", held, dump(rec))
	}
}
