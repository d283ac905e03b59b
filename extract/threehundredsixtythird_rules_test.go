package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's three-hundred-and-sixty-third round: dates told relative to
// another date or year (p2210-p2215: a summit's anniversary with earlier
// summits "last year", a Korean agency, 2019; a visit and a return visit
// told as day ranges "last year", a Chinese agency, 2019; a political
// committee, "the previous day" and "earlier this month", a U.S. wire,
// 1978; a meeting dated in the sentence after and talks "two days later",
// a wire, 2016; a second round and a first told as a range "last year",
// a French agency, 2000; a summit's days counted from its first, a
// Sudanese paper, 2012); each rule with sentences of its own.

// "on July 8-9 last year": a relative year told after a range of days
// is counted from the publication, as after a single day
// (frame.relativeYearAfter from the range's last day; p2211, p2143,
// where the year nearest the story put a range of the year before in
// the publication's year). The negative case: a range with no year
// after it keeps the story's time.
func TestDayRangeRelativeYear(t *testing.T) {
	pub := time.Date(2015, 5, 7, 0, 0, 0, 0, time.UTC)
	for s, want := range map[string]string{
		"The two envoys met in Koram on July 8-9 last year .":                           "2014-07-08",
		"The first summit of the two leaders was held in Koram on June 4-5 last year .": "2014-06-04",
		"The accord was initialled on Jan. 12-14 next year , the envoys said .":         "2016-01-12",
		"The two envoys met in Koram on March 3-4 .":                                    "2015-03-03",
	} {
		toks := text.Tokenize(s)
		ds := frame.FindDatesIn(toks, 0, len(toks), pub, pub)
		if len(ds) == 0 || ds[0].Value != want {
			t.Errorf("%s: want %s, got %+v", s, want, ds)
		}
	}
	rec := corefRecord(t, "Leaders meet\nKORAM - Borvian President Piet Oster held talks with Arlander Prime Minister Jan Dorn in Koram on Monday. The first summit between Oster and Dorn was held in Lisbon on June 4-5 last year, months after the border clash.")
	m := meetingOf(rec, "Piet Oster", "Jan Dorn")
	found := false
	for _, mm := range rec.Meetings {
		if mm.Place == "Lisbon" && mm.Status == "held" && mm.Date == "2024-06-04" {
			found = true
		}
	}
	if m == nil || !found {
		t.Errorf("want the Lisbon summit held on 2024-06-04: %s", dump(rec))
	}
}

// "since the summit broke down in February", told in September: a month
// or day in a "since" clause is the last one before the publication, not
// the nearest (frame.sinceBefore; p2210, p392), so the summit is held,
// not a plan for next February. The negative cases: a "since" with a
// plan's "expected" between keeps the nearest month, and a month with
// no "since" before it keeps it too.
func TestSinceClauseMonthIsPast(t *testing.T) {
	pub := time.Date(2015, 9, 10, 0, 0, 0, 0, time.UTC)
	for s, want := range map[string]string{
		"Koram has not answered since the summit broke down in February .":          "2015-02",
		"The envoys have not met since the talks on Feb. 27 at a hotel in Lisbon .": "2015-02-27",
		"Since the talks are expected in February , the envoys wait .":              "2016-02",
		"The envoys will meet in February .":                                        "2016-02",
	} {
		toks := text.Tokenize(s)
		ds := frame.FindDatesIn(toks, 0, len(toks), pub, pub)
		if len(ds) == 0 || ds[0].Value != want {
			t.Errorf("%s: want %s, got %+v", s, want, ds)
		}
	}
	rec := corefRecord(t, "Leaders meet\nKORAM - Borvia has not answered Arlander calls for talks since the Lisbon summit between Piet Oster and Jan Dorn broke down in September.")
	m := meetingOf(rec, "Piet Oster", "Jan Dorn")
	if m == nil || m.Status != "held" || m.Date != "2024-09" {
		t.Errorf("want the Lisbon summit held in 2024-09: %s", dump(rec))
	}
}
