package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's thirteenth round: rules for where and when a meeting took
// place, from the constructions the eleventh to thirteenth probe batches
// (p97-p115) showed, each with sentences of its own.

// "A and B agreed on Thursday ..., after a meeting of three hours. The
// meeting, which brought A and B together, was also attended by C": the
// subject "the meeting" refers back to the meeting noun that "after" or
// "following" governs in the sentence before, told there without its
// people; the meeting took place when (and, when told, where) that
// sentence says (p104, p108). A dateline's own date left in the text does
// not count as the meeting's. Without such an antecedent the meeting keeps
// the publication month.
func TestSubjectMeetingTakesAntecedentTime(t *testing.T) {
	pub := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC) // a Friday
	for _, text := range []string{
		"Leaders agree\nLakeside, Mar 15 (Wire) The presidents of Freedonia, Ana Rossi, and of Sylvania, Piet Grout, agreed on Thursday in Vienna not to use force, after a meeting of five hours at the lake hotel.\nThe meeting, which brought Rossi and Grout together for the first time in a year, was also attended by the Austrian envoy Karl Bauer.",
		"Leaders agree\nThe presidents of Freedonia, Ana Rossi, and of Sylvania, Piet Grout, signed a pact in Vienna on Thursday, following two days of talks.\nThe talks, which brought Rossi and Grout together, were also attended by the Austrian envoy Karl Bauer.",
	} {
		ms := heldAt(t, text, pub)
		i := slices.IndexFunc(ms, func(m graph.Meeting) bool { return slices.Contains(m.Participants, "Piet Grout") })
		if i < 0 {
			t.Errorf("%q: no held meeting with Grout (%v)", text, ms)
			continue
		}
		if ms[i].Date != "2024-03-14" || ms[i].Place != "Vienna" {
			t.Errorf("%q: meeting at %q on %q, want Vienna on 2024-03-14", text, ms[i].Place, ms[i].Date)
		}
	}
	// The sentence before tells no meeting noun after "after": nothing to
	// refer back to, so no day is borrowed from it.
	text := "Leaders agree\nThe presidents of Freedonia and Sylvania spoke about trade in Vienna on Thursday.\nThe meeting, which brought Ana Rossi and Piet Grout together for the first time, was also attended by Karl Bauer."
	for _, m := range heldAt(t, text, pub) {
		if m.Date == "2024-03-14" {
			t.Errorf("%q: meeting %v dated by an unrelated sentence", text, m)
		}
	}
}

// A sentence opening with "Following this," (readouts chaining one talk to
// the next: p100, p115) or a bare "Earlier," (wire copy stepping back
// within the day it reports: p109) tells a meeting on the day of the one
// told just before it, not in the publication month, though no one took
// part in both. "Earlier this year," says its own time and is left alone.
func TestSequenceOpenerTakesDayOfMeetingBefore(t *testing.T) {
	pub := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	for _, second := range []string{
		"Following this, Minister Jan Weber held a telephone talk with Piet Grout, the foreign minister of Sylvania.",
		"Earlier, Minister Jan Weber met the Sylvanian foreign minister Piet Grout at his office.",
	} {
		text := "Readout\nOn March 12, Minister Ana Rossi held talks with Karl Bauer, the foreign minister of Austria, in Vienna.\n" + second
		ms := heldAt(t, text, pub)
		i := slices.IndexFunc(ms, func(m graph.Meeting) bool { return slices.Contains(m.Participants, "Piet Grout") })
		if i < 0 {
			t.Errorf("%q: no held meeting with Grout (%v)", text, ms)
			continue
		}
		if ms[i].Date != "2024-03-12" {
			t.Errorf("%q: meeting with Grout on %q, want 2024-03-12", text, ms[i].Date)
		}
	}
	text := "Readout\nOn March 12, Minister Ana Rossi held talks with Karl Bauer, the foreign minister of Austria, in Vienna.\nEarlier this year, Minister Jan Weber held talks with Piet Grout, the foreign minister of Sylvania."
	for _, m := range heldAt(t, text, pub) {
		if slices.Contains(m.Participants, "Piet Grout") && m.Date == "2024-03-12" {
			t.Errorf("%q: meeting with Grout dated by the meeting before it", text)
		}
	}
}

// A name the gazetteer lacks, told after "in" as the town a named
// building stands in ("at the Government Headquarters in X": p109) or a
// gathering is held in ("the Eight summit in X": p107), is the meeting's
// place. A lower-case building ("at an office in X") is no named venue.
func TestTownOfVenueOrGathering(t *testing.T) {
	pub := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Talks\nDeputy Premier Ana Rossi met the Sylvanian minister Piet Grout at the Federal Palace in Dorfheim on Monday.",
		"Talks\nAna Rossi and Piet Grout last met on the sidelines of the Lakes Forum summit in Dorfheim in late January.",
	} {
		ms := heldAt(t, text, pub)
		if len(ms) != 1 || ms[0].Place != "Dorfheim" {
			t.Errorf("%q: meetings %v, want one in Dorfheim", text, ms)
		}
	}
}
