package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-seventy-fifth round: a stranger's batch
// (p1082-p1087). Sentences here are the round's own.

// "X, the first envoy to reach the capital since Y was sworn in last
// week, talked with her for an hour": the clause the subordinator opens
// ends inside X's apposition, so the predicate after the apposition's
// comma is X's, its object pronoun stands for the one person that clause
// names, and the clause's "last week" is not the meeting's time
// (apposedSubordinate in meeting/frames.go, apposedObject in
// meeting/objectante.go; p1086).
func TestApposedSubordinateSubject(t *testing.T) {
	pub := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC) // a Friday
	for _, text := range []string{
		"Envoy visits\nMr Karl Bauer, the first envoy to reach Lakeside since Mrs Ana Rossi was sworn in last week, talked with her for an hour at the palace on Thursday.",
		"Envoy visits\nKarl Bauer, the first envoy to reach Lakeside since Ana Rossi was sworn in last week, talked with Ana Rossi for an hour at the palace on Thursday.",
	} {
		ms := heldAt(t, text, pub)
		i := slices.IndexFunc(ms, func(m graph.Meeting) bool {
			return slices.Equal(m.Participants, []string{"Ana Rossi", "Karl Bauer"})
		})
		if i < 0 {
			t.Errorf("%q: no held meeting of Bauer and Rossi (%v)", text, ms)
			continue
		}
		if ms[i].Date != "2024-03-14" {
			t.Errorf("%q: meeting dated %q, want 2024-03-14", text, ms[i].Date)
		}
	}
	// The object is someone else: the person of the clause is not met.
	text := "Envoy visits\nKarl Bauer, the first envoy to reach Lakeside since Ana Rossi was sworn in last week, talked with Piet Grout for an hour on Thursday."
	for _, m := range heldAt(t, text, pub) {
		if slices.Contains(m.Participants, "Ana Rossi") {
			t.Errorf("%q: Rossi read as met: %v", text, m)
		}
	}
	// A possessive "her" names no one met: nothing is read for Rossi.
	text = "Envoy visits\nKarl Bauer, the first envoy to reach Lakeside since Ana Rossi was sworn in last week, talked with her deputy for an hour on Thursday."
	for _, m := range heldAt(t, text, pub) {
		if slices.Contains(m.Participants, "Ana Rossi") {
			t.Errorf("%q: Rossi read as met: %v", text, m)
		}
	}
}
