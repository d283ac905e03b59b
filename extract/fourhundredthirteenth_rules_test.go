package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-thirteenth round: hospitality told as a
// meeting, the guest of a dinner or banquet named in the possessive or by
// post and country (p2510-p2515); each rule with sentences of its own.

// fourhundredthirteenthRecord extracts text published on a Friday,
// 2001-05-04.
func fourhundredthirteenthRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: time.Date(2001, 5, 4, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// fourhundredthirteenthPair: a held meeting of a and b.
func fourhundredthirteenthPair(rec graph.Record, a, b string) bool {
	for _, m := range rec.Meetings {
		if m.Status == "held" && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return true
		}
	}
	return false
}

// "gave a dinner in Mr. X's honour": the guest told in the possessive
// before "honour" sat at the host's table, as in "in honour of X"
// (possessiveHonour; p1467, p2511).
func TestPossessiveHonourGuestOfMeal(t *testing.T) {
	rec := fourhundredthirteenthRecord(t, "Visit to Lisbon\nLISBON, May 4 (Wire) - President Marko Velic of Dravia arrived in Lisbon on Tuesday for a three-day visit.\nPresident Anibal Costa gave a dinner in Mr. Velic's honour on Tuesday evening at the palace.")
	if !fourhundredthirteenthPair(rec, "Anibal Costa", "Marko Velic") {
		t.Errorf("want the host and his guest met at the dinner: %s", dump(rec))
	}
	rec = fourhundredthirteenthRecord(t, "Visit to Lisbon\nLISBON, May 4 (Wire) - President Marko Velic of Dravia arrived in Lisbon on Tuesday for a three-day visit.\nPresident Anibal Costa gave a dinner in his honour on Tuesday evening.")
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Anibal Costa") && slices.Contains(m.Participants, "Dravia") {
			t.Errorf("want no state read as the guest of 'in his honour': %s", dump(rec))
		}
	}
}

// "in honour of the visiting Chilean President": the state's adjective
// between "visiting" and the post still describes the visitor, who must
// serve that state (visitingDemonym; p2512, p2514).
func TestVisitingDemonymGuestOfBanquet(t *testing.T) {
	rec := fourhundredthirteenthRecord(t, "Visit to Lisbon\nLISBON, May 4 (Wire) - President Marko Velic of Chile arrived in Lisbon on Tuesday for a three-day visit.\nIn the evening President Anibal Costa hosted a state banquet in honor of the visiting Chilean President.")
	if !fourhundredthirteenthPair(rec, "Anibal Costa", "Marko Velic") {
		t.Errorf("want the host and the visiting president met at the banquet: %s", dump(rec))
	}
	rec = fourhundredthirteenthRecord(t, "Visit to Lisbon\nLISBON, May 4 (Wire) - President Marko Velic of Chile arrived in Lisbon on Tuesday for a three-day visit.\nIn the evening President Anibal Costa hosted a state banquet in honor of the visiting Peruvian President.")
	if fourhundredthirteenthPair(rec, "Anibal Costa", "Marko Velic") {
		t.Errorf("want no Chilean visitor read as the visiting Peruvian President: %s", dump(rec))
	}
}
