package text

// The publication day a dateline gives, for articles submitted without one
// (the explorer's Add article); the mention stage (mention/dateline.go) reads its city.

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// datelineDateRE matches a dateline's place and date at the start of a
// line: "CAIRO, May 27 —", "WASHINGTON, Sept. 3, 2024 (Reuters) -",
// "Doha, 5 June -". The place is one to five capitalised words. The
// date may also close with a full stop or the line's end, as older
// papers print it on a line of its own or run the text on after it
// ("ERFURT, March 19.", "BONN, Nov. 17", "LUCKNOW, Nov. 18. Officials
// ..."), and the month may be in capitals ("PEKING, OCTOBER 20.").
// The city may carry its country or state after a comma, as wire copy
// prints a city the reader may not place ("HAKONE, Japan, March 18 -"),
// and a broadsheet's full stop may run straight into its dash ("NEW
// DELHI, Sept. 10.—The ..."), as older papers print the dateline.
var datelineDateRE = regexp.MustCompile(`^\s*[A-Z][\p{L}.'’-]*(?:[ -][A-Z][\p{L}.'’-]*){0,4}\s*(?:\([^)]{1,30}\))?\s*,\s*` +
	`(?:[A-Z][\p{L}.'’-]*(?:[ -][A-Z][\p{L}.'’-]*){0,2}\s*,\s*)?` +
	`(?:([A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Z][a-z]{2,8}|[A-Z]{3,9})\.?)(?:,?\s+(\d{4}))?\s*(?:\(|-|–|—|:|\.\s*[-–—]|\.(?:\s|$)|$)`)

var monthNames = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		name := m.String()
		monthNames[strings.ToLower(name)] = m
		monthNames[strings.ToLower(name[:3])] = m
	}
	monthNames["sept"] = time.September
}

// DatelineDate reads the publication day from an article's dateline in its
// first lines. A dateline without a year ("CAIRO, May 27 —") is taken as
// the latest such day on or before now, and yearKnown is false so the
// caller can say so. ok is false when no dateline gives a date.
func DatelineDate(text string, now time.Time) (day time.Time, yearKnown, ok bool) {
	lines := strings.SplitN(text, "\n", 12)
	for _, line := range lines {
		m := datelineDateRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		monthName, dayText := m[1], m[2]
		if monthName == "" {
			monthName, dayText = m[4], m[3]
		}
		month, found := monthNames[strings.ToLower(monthName)]
		if !found {
			continue
		}
		d, _ := strconv.Atoi(dayText)
		if d < 1 || d > 31 {
			continue
		}
		if m[5] != "" {
			y, _ := strconv.Atoi(m[5])
			t := time.Date(y, month, d, 0, 0, 0, 0, time.UTC)
			if t.Day() != d {
				continue // 31 June
			}
			return t, true, true
		}
		y := now.Year()
		t := time.Date(y, month, d, 0, 0, 0, 0, time.UTC)
		if t.After(now) {
			t = time.Date(y-1, month, d, 0, 0, 0, 0, time.UTC)
		}
		if t.Day() != d {
			continue
		}
		return t, false, true
	}
	return time.Time{}, false, false
}

// datelineWeekdayRE matches a dateline that gives the day of the week in
// place of a date, as Commonwealth broadsheets and their wire services
// print a dispatch filed the day before ("CANBERRA, Thursday.—The ...",
// "TOWNSVILLE, Friday (AAP). — ...", "LONDON, Tuesday." on a line of its
// own, "GODESBERG, Thursday Night."). The weekday must close the dateline:
// one followed by a date in figures or a month ("NAIROBI, Wednesday
// January 30, 2008") is a dated dateline, not this one. The town may
// carry its country after a comma, as a dated dateline's may
// ("KORAM, Borvia, Sunday.": a correspondent's dispatch from a town the
// reader may not place; the two-hundred-and-sixty-fourth round, p1617).
var datelineWeekdayRE = regexp.MustCompile(`^\s*[A-Z][\p{L}.'’-]*(?:[ -][A-Z][\p{L}.'’-]*){0,4}\s*(?:\([^)]{1,30}\))?\s*,\s*` +
	`(?:[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,2}\s*,\s*)?` +
	`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)(?:\s+(?:Night|Evening|Morning|night|evening|morning))?` +
	`\s*(?:\([^)]{1,40}\))?\s*(?:\.\s*[-–—]|\.(?:\s|$)|\s[-–—]|[-–—]|:|$)`)

var weekdayNames = map[string]time.Weekday{
	"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday, "Wednesday": time.Wednesday,
	"Thursday": time.Thursday, "Friday": time.Friday, "Saturday": time.Saturday,
}

// weekdayFull: the full name of a dateline's weekday, which the Malaysian
// and Singapore broadsheets cut to its first letters and a period
// ("KUALA LUMPUR, Fri. -", "SINGAPORE, Wed. --").
func weekdayFull(w string) string {
	if !strings.HasSuffix(w, ".") {
		return w
	}
	for name := range weekdayNames {
		if strings.HasPrefix(name, w[:3]) {
			return name
		}
	}
	return w
}

// DatelineWeekday reads the weekday a dateline in the article's first
// lines gives in place of a date ("CANBERRA, Thursday.—"); ok is false
// when none does. The caller turns it into a day against the
// publication day (extract.filingDay).
func DatelineWeekday(text string) (wd time.Weekday, ok bool) {
	lines := strings.SplitN(text, "\n", 12)
	for _, line := range lines {
		if m := datelineWeekdayRE.FindStringSubmatch(line); m != nil {
			return weekdayNames[weekdayFull(m[1])], true
		}
	}
	return 0, false
}
