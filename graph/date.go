package graph

import (
	"fmt"
	"time"
)

// PartialDate is a date known to the day, the month or only the year.
type PartialDate struct {
	Start, End time.Time // the first and last day it may mean
	Precision  string    // "day", "month" or "year"
}

// ParseDate reads YYYY-MM-DD, YYYY-MM or YYYY and refuses impossible dates
// such as 2024-02-30.
func ParseDate(s string) (PartialDate, error) {
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
