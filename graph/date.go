package graph

import (
	"fmt"
	"strings"
	"time"
)

// PartialDate is a date known to the day, the month or only the year.
type PartialDate struct {
	Start, End time.Time // the first and last day it may mean
	Precision  string    // "day", "month", "year" or "period"
}

// ParseDate reads YYYY-MM-DD, YYYY-MM or YYYY and refuses impossible dates
// such as 2024-02-30. A period is written as an ISO 8601 interval of two
// such dates, "2025-02-03/2025-02-04" (a trip from one day to another); it
// must not end before it starts.
func ParseDate(s string) (PartialDate, error) {
	if a, b, ok := strings.Cut(s, "/"); ok {
		from, err := parseOne(a)
		if err != nil {
			return PartialDate{}, err
		}
		to, err := parseOne(b)
		if err != nil {
			return PartialDate{}, err
		}
		if to.End.Before(from.Start) {
			return PartialDate{}, fmt.Errorf("%q ends before it starts", s)
		}
		return PartialDate{Start: from.Start, End: to.End, Precision: "period"}, nil
	}
	return parseOne(s)
}

func parseOne(s string) (PartialDate, error) {
	layouts := []struct {
		layout, precision string
		years, months     int
		days              int
	}{
		{"2006-01-02", "day", 0, 0, 1},
		{"2006-01", "month", 0, 1, 0},
		{"2006", "year", 1, 0, 0},
	}
	for _, l := range layouts {
		if len(s) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, s)
		if err != nil {
			return PartialDate{}, fmt.Errorf("%q is not a valid date", s)
		}
		end := t.AddDate(l.years, l.months, l.days).AddDate(0, 0, -1)
		return PartialDate{Start: t, End: end, Precision: l.precision}, nil
	}
	return PartialDate{}, fmt.Errorf("%q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
}
