package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-eighty-third round: a batch targeted at
// dates taken from the wrong anchor (p2930-p2935: an Indonesian agency on
// a minister's trip to Naypyitaw and Dhaka, a Belarusian agency on a
// state visit, a Peruvian agency on a binational cabinet, a Latvian
// agency on a prime minister's first trips, a Kyrgyz agency on border
// talks, a Kenyan paper on a presidents' meeting), each rule with
// sentences of its own.

// "A met B on Monday, a day after holding talks with C in P", "... a day
// after meeting C", "... a day after talks with C": the adjunct tells A's
// encounter with C the day before the main clause's, not on its day nor
// in the publication month (trailingTalks; p2908, p2930, p2933). The
// negative case: "after talks with C" with no measured distance tells no
// day of its own, and C's meeting is not put on the day before.
func TestDayAfterHoldingTalksCountsBackFromTheMainDay(t *testing.T) {
	for _, line := range []string{
		"Foreign Minister Piotr Zielinski met Prime Minister Tomas Berg in Lima on Monday, a day after holding talks with President Ana Ruiz in Quito.",
		"Foreign Minister Piotr Zielinski met Prime Minister Tomas Berg in Lima on Monday, a day after holding talks in Quito with President Ana Ruiz.",
		"Foreign Minister Piotr Zielinski met Prime Minister Tomas Berg in Lima on Monday, a day after meeting President Ana Ruiz in Quito.",
		"Foreign Minister Piotr Zielinski met Prime Minister Tomas Berg in Lima on Monday, a day after talks with President Ana Ruiz in Quito.",
	} {
		rec := corefRecord(t, "Ministers confer\n"+line)
		if m, ok := heldMeeting(rec, "Piotr Zielinski", "Tomas Berg"); !ok || m.Date != "2025-05-05" {
			t.Errorf("%q: want the Zielinski-Berg meeting on 2025-05-05, got %q", line, m.Date)
		}
		if m, ok := heldMeeting(rec, "Piotr Zielinski", "Ana Ruiz"); !ok || m.Date != "2025-05-04" || m.Place != "Quito" {
			t.Errorf("%q: want the Zielinski-Ruiz meeting in Quito on 2025-05-04, got %q %q: %s", line, m.Place, m.Date, dump(rec))
		}
		if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
			t.Errorf("%q: Berg and Ruiz never met: %s", line, dump(rec))
		}
	}
	line := "Foreign Minister Piotr Zielinski met Prime Minister Tomas Berg in Lima on Monday, after talks with President Ana Ruiz in Quito."
	rec := corefRecord(t, "Ministers confer\n"+line)
	if m, ok := heldMeeting(rec, "Piotr Zielinski", "Ana Ruiz"); ok && m.Date == "2025-05-04" {
		t.Errorf("%q: no distance is told, yet the day before was taken: %s", line, dump(rec))
	}
}
