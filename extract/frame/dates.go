package frame

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// DateExpr is a date found in a sentence, resolved against the
// publication date.
type DateExpr struct {
	At    int    // token index
	Value string // YYYY-MM-DD, YYYY-MM or YYYY
	// weekday is set for a bare weekday, which is re-resolved forward for
	// a planned meeting.
	Weekday int
	Bare    bool
}

// FindDates returns the dates stated in tokens [cs, ce) of a sentence.
// Relative expressions need the publication date and are skipped without
// it.
func FindDates(toks []text.Token, cs, ce int, pub time.Time) []DateExpr {
	var out []DateExpr
	known := !pub.IsZero()
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Lower
	}
	for k := cs; k < ce; k++ {
		l := toks[k].Lower
		if wd, ok := lexicon.Weekdays[l]; ok && known {
			switch at(k - 1) {
			case "last":
				out = append(out, DateExpr{At: k, Value: Day(prevWeekday(pub, wd, false))})
			case "next":
				out = append(out, DateExpr{At: k, Value: Day(nextWeekday(pub, wd, false))})
			default:
				out = append(out, DateExpr{At: k, Value: Day(prevWeekday(pub, wd, true)), Weekday: wd, Bare: true})
			}
			continue
		}
		if mo, ok := lexicon.Months[strings.TrimSuffix(l, ".")]; ok && (l != "may" || toks[k].Cap) && toks[k].Cap {
			n := k + 1
			if at(n) == "." {
				n++
			}
			switch {
			case mention.IsNumber(at(n)) && len(at(n)) <= 2: // "May 15", "Aug. 14", "October 7, 2023"
				dd, _ := strconv.Atoi(at(n))
				y := yearAfter(toks, n+1)
				out = appendDay(out, k, y, mo, dd, pub)
			case mention.IsNumber(at(k-1)) && len(at(k-1)) <= 2: // "2 November"; "27-28 February" from its first day
				dd, _ := strconv.Atoi(at(k - 1))
				if (at(k-2) == "-" || at(k-2) == "–" || at(k-2) == "to") && mention.IsNumber(at(k-3)) && len(at(k-3)) <= 2 {
					dd, _ = strconv.Atoi(at(k - 3))
				}
				y := yearAfter(toks, k+1)
				out = appendDay(out, k, y, mo, dd, pub)
			case isYear(at(n)): // "May 2024"
				y, _ := strconv.Atoi(at(n))
				out = append(out, DateExpr{At: k, Value: fmt.Sprintf("%04d-%02d", y, mo)})
			case known && (at(k-1) == "in" || at(k-1) == "early" || at(k-1) == "late" || at(k-1) == "-" || at(k-1) == "mid"):
				out = append(out, DateExpr{At: k, Value: fmt.Sprintf("%04d-%02d", closestYear(pub, mo, 15), mo)})
			}
			continue
		}
		if isYear(l) && (at(k-1) == "in" || at(k-1) == "of") && !mention.IsNumber(at(k-2)) {
			out = append(out, DateExpr{At: k, Value: l})
			continue
		}
		if !known {
			continue
		}
		switch {
		case l == "week" && at(k-1) == "last":
			out = append(out, DateExpr{At: k, Value: Month(pub.AddDate(0, 0, -7))})
		case l == "week" && at(k-1) == "this":
			out = append(out, DateExpr{At: k, Value: Month(pub)})
		case l == "week" && at(k-1) == "next":
			out = append(out, DateExpr{At: k, Value: Month(pub.AddDate(0, 0, 7))})
		case l == "month" && at(k-1) == "this":
			out = append(out, DateExpr{At: k, Value: Month(pub)})
		case l == "month" && at(k-1) == "last":
			out = append(out, DateExpr{At: k, Value: Month(pub.AddDate(0, -1, 0))})
		case l == "month" && at(k-1) == "next":
			out = append(out, DateExpr{At: k, Value: Month(pub.AddDate(0, 1, 0))})
		case l == "night" && at(k-1) == "last":
			out = append(out, DateExpr{At: k, Value: Day(pub.AddDate(0, 0, -1))})
		case l == "tonight" || (l == "evening" || l == "afternoon") && at(k-1) == "this":
			out = append(out, DateExpr{At: k, Value: Day(pub)})
		case l == "yesterday":
			out = append(out, DateExpr{At: k, Value: Day(pub.AddDate(0, 0, -1))})
		case l == "today" || (l == "morning" && at(k-1) == "this"):
			out = append(out, DateExpr{At: k, Value: Day(pub)})
		case l == "tomorrow":
			out = append(out, DateExpr{At: k, Value: Day(pub.AddDate(0, 0, 1))})
		}
	}
	return out
}

func appendDay(out []DateExpr, k, y, mo, dd int, pub time.Time) []DateExpr {
	if dd < 1 || dd > 31 {
		return out
	}
	if y == 0 {
		if pub.IsZero() {
			return out
		}
		y = closestYear(pub, mo, dd)
	}
	t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd {
		return out // 30 February
	}
	return append(out, DateExpr{At: k, Value: Day(t)})
}

func yearAfter(toks []text.Token, k int) int {
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k < len(toks) && isYear(toks[k].Text) {
		y, _ := strconv.Atoi(toks[k].Text)
		return y
	}
	return 0
}

func isYear(s string) bool {
	if len(s) != 4 || !mention.IsNumber(s) {
		return false
	}
	y, _ := strconv.Atoi(s)
	return y >= 1900 && y <= 2199
}

// closestYear picks the year that puts month/day nearest the publication.
func closestYear(pub time.Time, mo, dd int) int {
	best, bestDiff := pub.Year(), time.Duration(1<<62)
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
		diff := t.Sub(pub)
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	return best
}

// prevWeekday is the latest date with weekday wd on or before pub
// (strictly before when sameDay is false).
func prevWeekday(pub time.Time, wd int, sameDay bool) time.Time {
	back := (int(pub.Weekday()) - wd + 7) % 7
	if back == 0 && !sameDay {
		back = 7
	}
	return pub.AddDate(0, 0, -back)
}

// nextWeekday is the earliest date with weekday wd on or after pub
// (strictly after when sameDay is false).
func nextWeekday(pub time.Time, wd int, sameDay bool) time.Time {
	fwd := (wd - int(pub.Weekday()) + 7) % 7
	if fwd == 0 && !sameDay {
		fwd = 7
	}
	return pub.AddDate(0, 0, fwd)
}

// NearestWeekday is the date with weekday wd closest to pub, ties forward:
// what "on Monday" means in a report of something expected.
func NearestWeekday(pub time.Time, wd int) time.Time {
	back := (int(pub.Weekday()) - wd + 7) % 7
	fwd := (wd - int(pub.Weekday()) + 7) % 7
	if back < fwd {
		return pub.AddDate(0, 0, -back)
	}
	return pub.AddDate(0, 0, fwd)
}

func Day(t time.Time) string   { return t.Format("2006-01-02") }
func Month(t time.Time) string { return t.Format("2006-01") }
