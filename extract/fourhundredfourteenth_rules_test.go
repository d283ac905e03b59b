package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-fourteenth round: the place of a meeting
// when the text and the dateline disagree, a lead filed from the
// visitor's home capital whose next sentence has the visitor arrive in
// the host's city (p2516-p2521); sentences of its own.

// fourhundredfourteenthRecord extracts text published on a Tuesday,
// 2024-03-12.
func fourhundredfourteenthRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// fourhundredfourteenthPlace: the place of the meeting of a and b, and whether one was
// found.
func fourhundredfourteenthPlace(rec graph.Record, a, b string) (string, bool) {
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m.Place, true
		}
	}
	return "", false
}

// A lead with no place, filed from home ("officials said here"), is set
// where the next sentence has the visitor arrive, by name or as "the X
// capital" (leadArrivalCity; p2516, p2518).
func TestLeadArrivalCityOverDateline(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"named", "Minister visits neighbour\n\nOSLO, March 12 (Wire) Foreign Minister Karin Holtvik today called on President Tomas Ekwueme and discussed fishing rights, officials said here.\nHoltvik, who arrived in Nairobi yesterday on a two-day visit, met Ekwueme at his residence in the capital for an hour.\nThe two sides signed a trade memorandum."},
		{"capital", "Minister visits neighbour\n\nOSLO, March 12 (Wire) Foreign Minister Karin Holtvik on Tuesday held talks with President Tomas Ekwueme on fishing rights.\nHoltvik arrived in the Kenyan capital on Tuesday morning.\nThe two sides signed a trade memorandum."},
	} {
		rec := fourhundredfourteenthRecord(t, tc.text)
		place, ok := fourhundredfourteenthPlace(rec, "Karin Holtvik", "Tomas Ekwueme")
		if !ok {
			t.Errorf("%s: want the minister's talks: %s", tc.name, dump(rec))
		} else if place != "Nairobi" {
			t.Errorf("%s: want the talks in Nairobi, where the visitor arrived, got %q: %s", tc.name, place, dump(rec))
		}
	}
}

// A lead that names its venue keeps the dateline's city: the arrival told
// next is an earlier leg (leadVenue; p1556, p1596).
func TestLeadVenueKeepsDateline(t *testing.T) {
	rec := fourhundredfourteenthRecord(t, "Minister visits neighbour\n\nOSLO, March 12 (Wire) Foreign Minister Karin Holtvik on Tuesday held talks with Prime Minister Ola Brekke at the Storting.\nHoltvik arrived in Bergen on Sunday.\nThe two sides signed a trade memorandum.")
	if place, ok := fourhundredfourteenthPlace(rec, "Karin Holtvik", "Ola Brekke"); !ok || place != "Oslo" {
		t.Errorf("want the talks in Oslo, got %q (found %v): %s", place, ok, dump(rec))
	}
}
