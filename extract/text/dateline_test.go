package text

import (
	"fmt"
	"testing"
	"time"
)

func TestDatelineDate(t *testing.T) {
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	// Built from parts, so every combination of place, date order,
	// abbreviation, year and separator is tried.
	places := []string{"CAIRO", "Doha", "NEW YORK", "ABU DHABI", "Port-au-Prince", "WASHINGTON (AP)"}
	seps := []string{" —", " –", " -", " (Wire) -", ":"}
	for _, place := range places {
		for _, sep := range seps {
			for _, m := range []time.Month{time.January, time.May, time.September, time.December} {
				for _, form := range []string{"January", "Jan.", "Jan"} {
					name := m.String()
					switch form {
					case "Jan.":
						name = name[:3] + "."
					case "Jan":
						name = name[:3]
					}
					for _, withYear := range []bool{true, false} {
						date := fmt.Sprintf("%s 7", name)
						if withYear {
							date += ", 2024"
						}
						text := fmt.Sprintf("Headline\n\n%s, %s%s Envoys met on Monday.", place, date, sep)
						got, yearKnown, ok := DatelineDate(text, now)
						want := time.Date(2024, m, 7, 0, 0, 0, 0, time.UTC)
						if !withYear {
							want = time.Date(2026, m, 7, 0, 0, 0, 0, time.UTC)
							if want.After(now) {
								want = want.AddDate(-1, 0, 0)
							}
						}
						if !ok || !got.Equal(want) || yearKnown != withYear {
							t.Errorf("%q: %v %v %v, want %v", text, got, yearKnown, ok, want)
						}
					}
				}
			}
		}
	}
	// Day before month.
	if got, _, ok := DatelineDate("DOHA, 27 May 2024 - Talks.", now); !ok || got.Format("2006-01-02") != "2024-05-27" {
		t.Errorf("day-first dateline: %v %v", got, ok)
	}
	// No dateline, or no date in it: nothing.
	for _, text := range []string{"Envoys met in Cairo on May 7.", "CAIRO (Reuters) - Envoys met.", "CAIRO, Maybe 7 - x", "CAIRO, June 31 - x", ""} {
		if got, _, ok := DatelineDate(text, now); ok {
			t.Errorf("%q: read %v", text, got)
		}
	}
}
