package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
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

// "The two leaders are to meet again in Quito in January", told in May: a
// month without its year for a meeting still to come is the next January,
// not the one behind the publication that is nearer (ahead, toComeMarked;
// p2933, p2687). The negative case: a plan of the past ("had agreed to
// meet in January") keeps the January behind it.
func TestPlannedBareMonthLiesAhead(t *testing.T) {
	lead := "Ministers confer\nPrime Minister Jan Kowal met President Tomas Berg in Lima on Monday. "
	for _, line := range []string{
		"The two leaders are to meet again in Quito in January.",
		"The two leaders agreed to meet again in Quito in January.",
	} {
		rec := corefRecord(t, lead+line)
		if !plannedOn(rec, "2026-01") {
			t.Errorf("%q: want a planned meeting in 2026-01: %s", line, dump(rec))
		}
	}
	line := "The two leaders had agreed to hold talks in Quito in January, but Kowal fell ill."
	rec := corefRecord(t, lead+line)
	if plannedOn(rec, "2026-01") {
		t.Errorf("%q: a past plan put ahead: %s", line, dump(rec))
	}
}

// plannedOn: a planned meeting of the record is dated date.
func plannedOn(rec graph.Record, date string) bool {
	for _, m := range rec.Meetings {
		if m.Status == graph.Planned && m.Date == date {
			return true
		}
	}
	return false
}
