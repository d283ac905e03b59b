package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-ninth round: the dates of meetings told by
// a weekday an ongoing meeting began on, a range of days, or the day
// before (p2486-p2491); each rule with sentences of its own.

// fourhundredninthRecord extracts text published on a Saturday,
// 2024-03-09.
func fourhundredninthRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// "in talks since Thursday": the weekday after "since" is the day the
// ongoing talks began, and the meeting's date; "separately ... since
// Friday" tells a series, which no day dates (sinceWeekday; p2487,
// p2491, p770).
func TestSinceWeekdayDatesOngoingTalks(t *testing.T) {
	rec := fourhundredninthRecord(t, "Talks go on\n\nVALMORE (Wire) - Foreign Ministers Ivan Pelko and Oleg Dravin, in talks at a lakeside hotel since Thursday with envoy Karl Voss present, ended another round on the river dispute.\nThe envoys of the two sides, Ana Ferro and Luis Ortal, had been meeting separately with Norwegian officials since Friday.")
	found := false
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Ivan Pelko") && slices.Contains(m.Participants, "Oleg Dravin") {
			found = true
			if m.Date != "2024-03-07" {
				t.Errorf("want the talks dated Thursday 2024-03-07, got %q: %s", m.Date, dump(rec))
			}
		}
	}
	if !found {
		t.Errorf("want the ministers' talks: %s", dump(rec))
	}
	for _, m := range rec.Meetings {
		if m.Date == "2024-03-08" {
			t.Errorf("want no meeting dated by a series since Friday: %s", dump(rec))
		}
	}
}
