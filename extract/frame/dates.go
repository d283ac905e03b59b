package frame

import (
	"fmt"
	"slices"
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
	// Days: a range of days ("from 18 to 20 November") runs this many
	// days past its first, which Value holds.
	Days int
	// Year: the expression states its year ("May 4, 1966", "May 1966");
	// Relative: it is counted from the publication ("on Monday", "last
	// week", "yesterday").
	Year, Relative bool
}

// FindDates returns the dates stated in tokens [cs, ce) of a sentence.
// Relative expressions need the publication date and are skipped without
// it.
func FindDates(toks []text.Token, cs, ce int, pub time.Time) []DateExpr {
	return FindDatesIn(toks, cs, ce, pub, time.Time{})
}

// FindDatesIn is FindDates in a story told at a time of its own (the
// last dated event of a historical narrative, StoryTimes): a day or month
// told without its year ("on January 9", "in March") is the one nearest
// that time, not the publication.
func FindDatesIn(toks []text.Token, cs, ce int, pub, story time.Time) []DateExpr {
	var out []DateExpr
	known := !pub.IsZero()
	near := pub
	if !story.IsZero() {
		near = story
	}
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Lower
	}
	for k := cs; k < ce; k++ {
		l := toks[k].Lower
		if t, n, ok := numericDate(toks, k, near); ok {
			// "13.07.2023", "Thursday (13/7)", "07/06/2023", "2023-07-31"
			out = append(out, DateExpr{At: k, Value: Day(t), Year: n})
			k += 2
			continue
		}
		if _, ok := lexicon.Weekdays[l]; ok && known && numericAfterWeekday(toks, k, near) {
			continue // "on Thursday (13/7)": the figures tell the day
		}
		if wd, ok := lexicon.Weekdays[l]; ok && known {
			if d, ok := weekOfWeekday(pub, wd, at(k+1), at(k+2), at(k+3)); ok {
				// "on Monday of last week": the day in the calendar
				// week named, read with its "week" (issue 14's
				// five-hundred-and-thirty-fifth round; p3246, p1286).
				out = append(out, DateExpr{At: k, Value: Day(d), Relative: true})
				k += 3
				continue
			}
			switch at(k - 1) {
			case "last":
				out = append(out, DateExpr{At: k, Value: Day(prevWeekday(pub, wd, false)), Relative: true})
			case "next":
				out = append(out, DateExpr{At: k, Value: Day(nextWeekday(pub, wd, false)), Relative: true})
			default:
				out = append(out, DateExpr{At: k, Value: Day(prevWeekday(pub, wd, true)), Weekday: wd, Bare: true, Relative: true})
			}
			continue
		}
		if mo, ok := lexicon.Months[strings.TrimSuffix(l, ".")]; ok && (l != "may" || toks[k].Cap) && toks[k].Cap {
			if mention.DateNamesGroup(toks, k) {
				continue // "the June 5 Movement" names a group
			}
			n := k + 1
			if at(n) == "." {
				n++
			}
			if at(k-1) == "of" && dayNumber(at(k-2)) > 0 && at(k-3) == "the" {
				// "the 14th of July", "the 2nd of May, 2021": a day told
				// before its month with "of".
				out = appendRange(out, k, yearAfter(toks, k+1), mo, dayNumber(at(k-2)), dayNumber(at(k-2)), near)
				continue
			}
			switch {
			case dayNumber(at(n)) > 0: // "May 15", "Aug. 14", "October 7, 2023", "July 31st"
				dd := dayNumber(at(n))
				y := yearAfter(toks, n+1)
				if y == 0 && known {
					y = relativeYearAfter(toks, n+1, pub)
				}
				last := dd
				if rangeMarks[at(n+1)] && mention.IsNumber(at(n+2)) && len(at(n+2)) <= 2 {
					// "February 27-28, 1998": a range of days from its
					// first, in the year told after its last.
					last, _ = strconv.Atoi(at(n + 2))
					if y == 0 {
						y = yearAfter(toks, n+3)
					}
					if y == 0 && known {
						// "July 8-9 last year": a relative year told
						// after the range's last day counts from the
						// publication like one after a single day
						// (rangeRelativeYear, issue 14's
						// three-hundred-and-sixty-third round); the
						// year nearest the story put it in this year.
						y = relativeYearAfter(toks, n+3, pub)
					}
				}
				if y == 0 && known {
					y = pluperfectDayYear(toks, k, near, mo, dd, near.Equal(pub))
				}
				out = appendRange(out, k, y, mo, dd, last, near)
			case dayNumber(at(k-1)) > 0: // "2 November", "4th June"; "27-28 February" from its first day
				dd := dayNumber(at(k - 1))
				last := dd
				if rangeMarks[at(k-2)] && dayNumber(at(k-3)) > 0 {
					dd = dayNumber(at(k - 3))
				}
				y := yearAfter(toks, k+1)
				if y == 0 && known {
					y = relativeYearAfter(toks, k+1, pub)
				}
				if y == 0 && known {
					y = pluperfectDayYear(toks, k, near, mo, dd, near.Equal(pub))
				}
				out = appendRange(out, k, y, mo, dd, last, near)
			case isYear(at(n)): // "May 2024"
				y, _ := strconv.Atoi(at(n))
				out = append(out, DateExpr{At: k, Value: fmt.Sprintf("%04d-%02d", y, mo), Year: true})
			case commaYear(toks, k, n):
				// "in July, 1955": the month of the year after the comma,
				// not the month nearest the publication
				// (hundred-and-fifty-sixth round, p969).
				y, _ := strconv.Atoi(at(n + 1))
				out = append(out, DateExpr{At: k, Value: fmt.Sprintf("%04d-%02d", y, mo), Year: true})
			case known && (monthBack[at(k-1)] || monthAhead[at(k-1)]):
				// "last June", "next March": the nearest such month
				// before (after) the publication's, counted from it.
				out = append(out, DateExpr{At: k, Value: shiftedMonth(pub, mo, monthAhead[at(k-1)]), Relative: true})
			case known && (at(k-1) == "in" || at(k-1) == "early" || at(k-1) == "late" || at(k-1) == "-" || at(k-1) == "mid" || monthPartOf(toks, k)):
				y := closestYear(near, mo, 15)
				if ry := relativeYearAfter(toks, k+1, pub); ry != 0 {
					// "in November last year": the year named after
					// the month, counted from the publication.
					out = append(out, DateExpr{At: k, Value: fmt.Sprintf("%04d-%02d", ry, mo), Year: true, Relative: true})
					continue
				}
				if time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC).After(near) && (pluperfectBefore(toks, k) || near.Equal(pub) && (simplePastMeetBefore(toks, k) || sinceBefore(toks, k))) {
					// "X had discussed it with Y in April", told in
					// November: a month before a past already past when
					// the story is told is the one before, not next year's.
					y--
				}
				out = append(out, DateExpr{At: k, Value: fmt.Sprintf("%04d-%02d", y, mo)})
			}
			continue
		}
		if shift, ok := oldStyleMonthShift(l); ok && known {
			// "on the 5th inst.", "the 12th ult.", "the 14th, 15th and
			// 18th inst.": the days before the Latin month word.
			out = append(out, oldStyleDays(toks, k, monthFrom(pub, shift))...)
			continue
		}
		if isYear(l) && (at(k-1) == "in" || at(k-1) == "of") && !mention.IsNumber(at(k-2)) {
			out = append(out, DateExpr{At: k, Value: l, Year: true})
			continue
		}
		if !known {
			continue
		}
		if l == "ago" {
			// "Twenty years ago today", "fifty years ago this week": an
			// anniversary story dates its event from the publication,
			// as precisely as the words after "ago" allow; not counted
			// from the news of the day, it sets the story in its time.
			if n := yearsBefore(toks, k); n > 0 {
				then := pub.AddDate(-n, 0, 0)
				v := strconv.Itoa(then.Year())
				switch {
				case at(k+1) == "today":
					v = Day(then)
				case at(k+1) == "this" && (at(k+2) == "week" || at(k+2) == "month"):
					v = Month(then)
				}
				out = append(out, DateExpr{At: k, Value: v, Year: true})
			}
			continue
		}
		if at(k-1) == "ago" || at(k-2) == "ago" && at(k-1) == "this" {
			continue // read with "ago"
		}
		if l == "month" && k >= 3 && at(k-2) == "of" && oldOrdinalDay(at(k-3)) > 0 {
			if shift, ok := spelledMonthShift(at(k - 1)); ok {
				// "on the 18th of this month", "the 2nd of last
				// month": the days before the spelled-out month.
				out = append(out, oldStyleDays(toks, k-2, monthFrom(pub, shift))...)
				continue
			}
		}
		before := len(out)
		switch {
		case l == "week" && at(k-1) == "last":
			out = append(out, DateExpr{At: k, Value: Month(pub.AddDate(0, 0, -7))})
		case l == "week" && at(k-1) == "this":
			out = append(out, DateExpr{At: k, Value: Month(pub)})
		case l == "week" && at(k-1) == "the" && at(k-2) == "in" && (at(k-3) == "earlier" || at(k-3) == "later"):
			// "earlier in the week", "later in the week": the story's
			// week, read as "earlier this week" is (the
			// five-hundred-and-forty-ninth round: p3330, p1759, p2701).
			out = append(out, DateExpr{At: k, Value: Month(pub)})
		case l == "week" && at(k-1) == "next":
			out = append(out, DateExpr{At: k, Value: Month(pub.AddDate(0, 0, 7))})
		case l == "month" && at(k-1) == "this":
			out = append(out, DateExpr{At: k, Value: Month(pub)})
		case l == "month" && at(k-1) == "last":
			out = append(out, DateExpr{At: k, Value: Month(monthFrom(pub, -1))})
		case l == "month" && at(k-1) == "next":
			out = append(out, DateExpr{At: k, Value: Month(monthFrom(pub, 1))})
		case (l == "night" || l == "evening" && at(k-2) != "the") && at(k-1) == "last":
			// "last evening", as Indian and British papers write "last
			// night" (the five-hundred-and-fifteenth round: p3124, p600,
			// p1006); "the last evening session" is no day.
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
		for i := before; i < len(out); i++ {
			out[i].Relative = true
		}
	}
	return out
}

// yearsBefore is the count of years in "N years ago" whose "ago" is at
// token k: digits or number words ("twenty", "twenty-five"), else 0.
func yearsBefore(toks []text.Token, k int) int {
	if k < 2 || toks[k-1].Lower != "years" {
		return 0
	}
	w := toks[k-2].Lower
	if mention.IsNumber(w) {
		n, _ := strconv.Atoi(w)
		return n
	}
	n := numberWord(w)
	if n > 0 && n < 10 && k >= 4 && (toks[k-3].Text == "-") {
		if tens := numberWord(toks[k-4].Lower); tens >= 20 && tens%10 == 0 {
			n += tens // "twenty-five"
		}
	}
	return n
}

// numberWord is the value of a number word: units and teens in
// [unitNumbers] from one, tens in [tenNumbers] from twenty; 0 else.
func numberWord(w string) int {
	if i := slices.Index(unitNumbers, w); i >= 0 {
		return i + 1
	}
	if i := slices.Index(tenNumbers, w); i >= 0 {
		return 20 + 10*i
	}
	return 0
}

var (
	unitNumbers = lexicon.List("unitNumbers")
	tenNumbers  = lexicon.List("tenNumbers")
)

// DayShift reads in tokens [cs, ce) a day counted from the event told
// before: "the previous day", "the day before", "a day earlier", "the
// next day", "the following day", "two days later", "three days
// earlier". It returns the count, negative back in time. "The day before
// the summit" counts from the summit, not the event told before: a
// "before" or "after" with an object of its own is no such phrase.
func DayShift(toks []text.Token, cs, ce int) (int, bool) {
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Lower
	}
	for k := cs; k < ce; k++ {
		if l := at(k); shiftDayParts[l] {
			// "the following morning", "the night before": one day,
			// never a count ("two mornings later" is not told).
			if at(k-1) == "the" && shiftAhead[at(k+1)] && freeEnd(toks, k+2) {
				return 1, true
			}
			if at(k-1) == "the" && shiftBack[at(k+1)] && freeEnd(toks, k+2) && at(k+1) != "after" {
				return -1, true
			}
			if at(k-2) == "the" && (shiftBack[at(k-1)] || shiftAhead[at(k-1)]) && (freeEnd(toks, k+1) || subjectAfterOpener(toks, k-2, k+1)) {
				if shiftBack[at(k-1)] {
					return -1, true
				}
				return 1, true
			}
			continue
		}
		if l := at(k); l != "day" && l != "days" {
			continue
		}
		// "the previous day", "the next day", "the following day"
		if at(k-2) == "the" && (shiftBack[at(k-1)] || shiftAhead[at(k-1)]) && !freeEnd(toks, k+1) && !subjectAfterOpener(toks, k-2, k+1) {
			continue // "the next day's talks"
		}
		if at(k-2) == "the" && shiftBack[at(k-1)] {
			return -1, true
		}
		if at(k-2) == "the" && shiftAhead[at(k-1)] {
			return 1, true
		}
		// "a day earlier", "the day before", "two days later"
		n := 0
		switch {
		case at(k) == "day" && (at(k-1) == "a" || at(k-1) == "the" || at(k-1) == "one"):
			n = 1
		case at(k) == "days" && mention.IsNumber(at(k-1)):
			n, _ = strconv.Atoi(at(k - 1))
		case at(k) == "days":
			n = numberWord(at(k - 1))
		}
		if n == 0 || n > 31 || !freeEnd(toks, k+2) && !countOpener(toks, k) {
			continue
		}
		switch {
		case shiftBack[at(k+1)]:
			return -n, true
		case shiftAhead[at(k+1)]:
			return n, true
		}
	}
	return 0, false
}

// freeEnd: no object follows at k: a punctuation mark, the end, or a
// word that opens no noun phrase ("two days later in Oslo", "the day
// before, X").
func freeEnd(toks []text.Token, k int) bool {
	if k >= len(toks) || !toks[k].Word {
		return k >= len(toks) || toks[k].Text != "'s"
	}
	return shiftFollowers[toks[k].Lower]
}

// countOpener: the counted shift at day noun k ("Two days earlier", "A
// day later") opens the sentence and the subject follows with no comma
// ("Two days earlier A had dined with B", "Three days later Prime
// Minister A drove out to meet B"): "earlier" and "later" take no object,
// so the capitalised word after them is the subject, where one after
// "before" may be the object ("a day before Christmas"). The four-
// hundred-and-thirty-second round (p2625, p1652).
func countOpener(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Lower != "earlier" && toks[k+1].Lower != "later" {
		return false
	}
	return subjectAfterOpener(toks, k-1, k+2)
}

// subjectAfterOpener: the phrase from token from to e opens the sentence
// ("The following morning", "On the next day") and a capitalised word
// follows it with no comma between: the subject's name or title ("The
// following morning Prime Minister X received Y"), not a noun the phrase
// modifies, which would be written in lower case ("the next day's
// talks", "the next day session").
func subjectAfterOpener(toks []text.Token, from, e int) bool {
	if from == 1 && toks[0].Lower == "on" {
		from = 0
	}
	return from == 0 && e < len(toks) && toks[e].Word && toks[e].Cap
}

// shiftBack and shiftAhead count days from the event told before:
// "the previous day", "two days later"; shiftFollowers may come after
// such a phrase ("the day before in Oslo", "a day later he met").
var (
	shiftBack      = lexicon.Words("shiftBack")
	shiftAhead     = lexicon.Words("shiftAhead")
	shiftFollowers = lexicon.Words("shiftFollowers")
	shiftDayParts  = lexicon.Words("shiftDayParts")
)

// rangeMarks join the first and last day of a range: "27-28", "3 to 5".
var rangeMarks = map[string]bool{"-": true, "–": true, "to": true}

// monthBack and monthAhead, before a month name, count it from the
// publication, back or forward: "last June", "next March".
var (
	// monthParts name a part of the month after "the" and before "of":
	// "at the end of May", "in the middle of February" (monthPartOf).
	monthParts = lexicon.Words("monthParts")
	// monthPartPreps open such a phrase as a time, not a deadline.
	monthPartPreps = lexicon.Words("monthPartPreps")
	monthBack      = lexicon.Words("monthBack")
	monthAhead     = lexicon.Words("monthAhead")
)

// shiftedMonth is month mo nearest before (ahead: after) the publication's
// month: in September "last June" is this year's June, in May it is last
// year's.
func shiftedMonth(pub time.Time, mo int, ahead bool) string {
	y := pub.Year()
	if !ahead && mo >= int(pub.Month()) {
		y--
	}
	if ahead && mo <= int(pub.Month()) {
		y++
	}
	return fmt.Sprintf("%04d-%02d", y, mo)
}

// appendRange appends the day dd, or the range of days from dd to last of
// one month, as appendDay does.
func appendRange(out []DateExpr, k, y, mo, dd, last int, pub time.Time) []DateExpr {
	n := len(out)
	out = appendDay(out, k, y, mo, dd, pub)
	if len(out) > n && last > dd && last <= 31 {
		out[n].Days = last - dd
	}
	return out
}

func appendDay(out []DateExpr, k, y, mo, dd int, pub time.Time) []DateExpr {
	if dd < 1 || dd > 31 {
		return out
	}
	stated := y != 0
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
	return append(out, DateExpr{At: k, Value: Day(t), Year: stated})
}

// numericDate reads a day written in figures from token k: "13.07.2023"
// and "13/07/2023" (day, month, year, the order of most of the world),
// "07/06/2023" (month first, as American and some Asian copy writes it),
// "2023-07-31" (year first), and, after a weekday and a parenthesis,
// "Thursday (13/7)" with no year (Indonesian and Malaysian copy). The
// figures are one glued run. When both orders make a date, the weekday
// told just before it decides ("Thursday (07/06/2023)"), else the day
// nearest near; a day with no year is in the year nearest near. A run
// with no year is read only after such a weekday: "3/4" alone is a
// fraction or a score, "3.5" a decimal. n: the year was stated.
func numericDate(toks []text.Token, k int, near time.Time) (t time.Time, n bool, ok bool) {
	at := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].Lower
	}
	glued := func(i int) bool { return i < len(toks) && toks[i].Glued }
	if !mention.IsNumber(at(k)) || !glued(k+1) || !glued(k+2) || !mention.IsNumber(at(k+2)) {
		return t, false, false
	}
	sep := at(k + 1)
	if sep != "/" && sep != "." && sep != "-" {
		return t, false, false
	}
	if glued(k) && (at(k-1) == sep || mention.IsNumber(at(k-1))) {
		return t, false, false // inside a longer run ("1/2/3/4")
	}
	a, _ := strconv.Atoi(at(k))
	b, _ := strconv.Atoi(at(k + 2))
	if isYear(at(k)) && sep == "-" && len(at(k+2)) == 2 && at(k+3) == "-" && glued(k+3) && glued(k+4) && len(at(k+4)) == 2 && mention.IsNumber(at(k+4)) {
		// "2023-07-31"
		yy, _ := strconv.Atoi(at(k))
		dd, _ := strconv.Atoi(at(k + 4))
		if glued(k+5) && (at(k+5) == "-" || mention.IsNumber(at(k+5))) {
			return t, false, false
		}
		return calendarDay(yy, b, dd)
	}
	y, end := 0, k+3
	if at(k+3) == sep && glued(k+3) && glued(k+4) && isYear(at(k+4)) {
		y, _ = strconv.Atoi(at(k + 4))
		end = k + 5
	}
	if glued(end) && (at(end) == sep || mention.IsNumber(at(end))) && !fullStopAfter(toks, end, y, sep) {
		return t, false, false
	}
	if len(at(k)) > 2 || len(at(k+2)) > 2 {
		return t, false, false
	}
	wd := weekdayBefore(toks, k)
	if y == 0 && (sep != "/" || wd < 0 || near.IsZero()) || y != 0 && sep == "-" {
		return t, false, false
	}
	var cands []time.Time
	for _, o := range [][2]int{{a, b}, {b, a}} { // day-month, then month-day
		yy := y
		if yy == 0 {
			yy = closestYear(near, o[1], o[0])
		}
		if c, _, ok := calendarDay(yy, o[1], o[0]); ok && !slices.Contains(cands, c) {
			cands = append(cands, c)
		}
	}
	if wd >= 0 {
		cands = slices.DeleteFunc(cands, func(c time.Time) bool { return int(c.Weekday()) != wd })
	}
	if len(cands) == 0 {
		return t, false, false
	}
	best := cands[0]
	if len(cands) > 1 && !near.IsZero() && absDays(cands[1].Sub(near)) < absDays(best.Sub(near)) {
		best = cands[1]
	}
	return best, y != 0, true
}

// fullStopAfter: the dot glued after a dotted day with its year closes
// the sentence ("the talks took place in Baku on 14.05.2021." in
// second-language agency copy; issue 14's two-hundred-and-seventy-fifth
// round, p1686): nothing glued follows it, so it ends the date, not a
// longer run of figures ("1.2.3.4", a version or an outline number).
func fullStopAfter(toks []text.Token, end, y int, sep string) bool {
	if y == 0 || sep != "." || end >= len(toks) || toks[end].Text != "." {
		return false
	}
	return end+1 >= len(toks) || !toks[end+1].Glued
}

// numericAfterWeekday: the weekday at k is followed by a day in figures
// ("Thursday (13/7)", "Thursday, 13.07.2023"), which numericDate reads.
func numericAfterWeekday(toks []text.Token, k int, near time.Time) bool {
	for i := k + 1; i <= k+2 && i < len(toks); i++ {
		if _, _, ok := numericDate(toks, i, near); ok {
			return true
		}
		if toks[i].Text != "(" && toks[i].Text != "," {
			return false
		}
	}
	return false
}

// weekdayBefore is the weekday told just before token k, past a
// parenthesis or comma ("Thursday (13/7)", "Monday, 31.07.2023"); -1
// when there is none.
func weekdayBefore(toks []text.Token, k int) int {
	for i := k - 1; i >= 0 && i >= k-2; i-- {
		if wd, ok := lexicon.Weekdays[toks[i].Lower]; ok {
			return wd
		}
		if toks[i].Text != "(" && toks[i].Text != "," {
			return -1
		}
	}
	return -1
}

// calendarDay is the day y-mo-dd when the calendar has it.
func calendarDay(y, mo, dd int) (time.Time, bool, bool) {
	if mo < 1 || mo > 12 || dd < 1 || dd > 31 || y < 1000 {
		return time.Time{}, false, false
	}
	t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd {
		return time.Time{}, false, false
	}
	return t, true, true
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// dayNumber is the day of the month a token tells: one or two digits, or
// the same with an ordinal's ending ("4th", "1st", "22nd", "3rd", as
// British, Indian and Gulf copy writes "4th June" and "June 4th"); 0 when
// it tells none.
func dayNumber(w string) int {
	if len(w) > 2 {
		for _, suf := range dayOrdinalEnds {
			if strings.HasSuffix(w, suf) {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
	}
	if len(w) > 2 || !mention.IsNumber(w) {
		return 0
	}
	dd, _ := strconv.Atoi(w)
	if dd > 31 {
		return 0
	}
	return dd
}

// dayOrdinalEnds: "4th", "1st", "22nd", "3rd".
var dayOrdinalEnds = lexicon.List("dayOrdinalEnds")

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

// relativeYearAfter: the year of "last year", "this year" or "next
// year" told at k (a comma may come first) right after a day and month
// ("on 20 November last year", "Nov. 3 this year"), counted from the
// publication pub; 0 when none follows. Without it the day took the
// year nearest the story's time, so a story that had just recalled
// 1991 put "20 November last year" in 1990 (issue 14's
// two-hundred-and-sixty-fifth round).
func relativeYearAfter(toks []text.Token, k int, pub time.Time) int {
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k+1 >= len(toks) || toks[k+1].Lower != "year" {
		return 0
	}
	switch toks[k].Lower {
	case "last":
		return pub.Year() - 1
	case "this":
		return pub.Year()
	case "next":
		return pub.Year() + 1
	}
	return 0
}

// commaYear: the month at k, told after a preposition of time ("in",
// "since", "until", "by"), is followed at n by a comma and a year that no
// other figure runs on from ("in July, 1955", "since May, 1952"): the
// older style of "in July 1955". "In July, 1,500 troops" and "in May,
// 2021 and 2022" (a figure or a list after the year) are no such date.
func commaYear(toks []text.Token, k, n int) bool {
	if k == 0 || n+1 >= len(toks) || toks[n].Text != "," || !isYear(toks[n+1].Lower) || !monthYearPreps[toks[k-1].Lower] {
		return false
	}
	if n+2 < len(toks) && (mention.IsNumber(toks[n+2].Lower) || toks[n+2].Lower == "and" || toks[n+2].Lower == "or" || toks[n+2].Lower == "-") {
		return false
	}
	return true
}

// monthYearPreps open a month told with its year after a comma.
var monthYearPreps = lexicon.Words("monthYearPreps")

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

// weekOfWeekday is the day with weekday wd in the calendar week, Monday
// to Sunday, that "of last week", "of this week" or "of next week" names
// counting from pub's.
func weekOfWeekday(pub time.Time, wd int, of, which, week string) (time.Time, bool) {
	shift, ok := map[string]int{"last": -7, "this": 0, "next": 7}[which]
	if of != "of" || week != "week" || !ok {
		return time.Time{}, false
	}
	monday := pub.AddDate(0, 0, -((int(pub.Weekday())+6)%7)+shift)
	return monday.AddDate(0, 0, (wd+6)%7), true
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

// pluperfectDayYear is the year of a day told without one ("on March
// 23", "2 November") after a pluperfect in its clause ("X had received Y
// in Z on March 23", told in November), when the year nearest near would
// put it after near: an act already past when the story is told is not
// next year's, so it is the year before (issue 14's
// three-hundred-and-first round; p1841). The same reading
// pluperfectBefore gives a month told alone ("had discussed it in
// April"). 0 when the nearest year stands.
//
// news is true when the day is read from the publication itself, not from
// a story's own earlier year (a retrospective's "met again on October
// 18", told of 1984): only then does a simple past meeting verb
// (simplePastMeetBefore) put the day in the year before as well.
func pluperfectDayYear(toks []text.Token, k int, near time.Time, mo, dd int, news bool) int {
	y := closestYear(near, mo, dd)
	if !time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC).After(near) || !(pluperfectBefore(toks, k) || news && (simplePastMeetBefore(toks, k) || sinceBefore(toks, k))) {
		return 0
	}
	return y - 1
}

// pluperfectBefore: a "had" with a past participle after it ("had
// discussed", "had met", "had been") stands before the month at k in its
// clause, with no "will", "would" or "to" of a plan between.
func pluperfectBefore(toks []text.Token, k int) bool {
	for i := k - 1; i >= 0; i-- {
		l := toks[i].Lower
		switch {
		case toks[i].Text == ";" || pluperfectStops[l]:
			return false
		case l == "had" && i+1 < k && toks[i+1].Word && !toks[i+1].Cap:
			n := toks[i+1].Lower
			return strings.HasSuffix(n, "ed") || n == "been" || pastParticiples[n]
		}
	}
	return false
}

// simplePastMeetBefore: a meeting verb in the simple past ("met",
// "talked", "initialled") stands before the month at k in its clause, with
// no "will", "would" or "to" of a plan between and no "be" or "been" of a
// passive before it ("will be met"). "A and B met C near Z on January 20",
// told in August, is this January, not next: a day told without its year
// took the year nearest the publication, so a meeting more than half a
// year past became next year's and a plan (issue 14's
// three-hundred-and-thirty-sixth round). The same look back as
// pluperfectBefore, for the simple past.
func simplePastMeetBefore(toks []text.Token, k int) bool {
	for i := k - 1; i >= 0; i-- {
		l := toks[i].Lower
		switch {
		case toks[i].Text == ";" || pluperfectStops[l]:
			return false
		case simplePastMeets[l] && toks[i].Word && !toks[i].Cap:
			return i == 0 || !passiveAux[toks[i-1].Lower]
		}
	}
	return false
}

// sinceBefore: a "since" opens the clause of the month or day at k, with
// no "will", "would" or "to" of a plan between ("has not answered since
// the summit broke down in February", "since the last round collapsed
// in November", "since the talks on June 4"): "since" counts from a time
// already past when the story is told, so the month or day told in its
// clause without a year is the last one, not the nearest, which put a
// summit seven months past in next February and made it a plan
// (sinceClausePast, issue 14's three-hundred-and-sixty-third round;
// p2210, p392). The same look back as simplePastMeetBefore.
func sinceBefore(toks []text.Token, k int) bool {
	for i := k - 1; i >= 0; i-- {
		l := toks[i].Lower
		switch {
		case toks[i].Text == ";" || pluperfectStops[l]:
			return false
		case l == "since" && toks[i].Word:
			return true
		}
	}
	return false
}

// simplePastMeets: meeting verbs in the simple past.
var simplePastMeets = lexicon.Words("simplePastMeets")

// passiveAux before a past form make it a passive participle, which may
// tell a plan ("will be met", "is to be signed").
var passiveAux = lexicon.Words("passiveAux")

// pluperfectStops end the look back for a "had": words of a plan or a
// time still ahead.
var pluperfectStops = lexicon.Words("pluperfectStops")

// pastParticiples: irregular participles that may follow "had".
var pastParticiples = lexicon.Words("pastParticiples")

// yearList: the year at k is one of a list ("at war in 1941, 1981 and
// 1995"): several events, none of which the story goes on in.
func yearList(toks []text.Token, k int) bool {
	return k+2 < len(toks) && (toks[k+1].Text == "," || toks[k+1].Lower == "and") && isYear(toks[k+2].Text)
}

// sinceSpanYear: the year at k, after its opener, closes a "since"
// phrase in its own clause ("the decade since relations were restored
// in 1989", "the largest since the war ended in 1975"): "since" counts a
// span from that year's event to the time of telling, so the year dates
// the span's start, not a story the sentences after go on in (issue 14's
// four-hundred-and-eighteenth round, p2540). Within eight words, no
// clause mark between.
func sinceSpanYear(toks []text.Token, k int) bool {
	for i := k - 2; i >= 0 && k-i <= 9; i-- {
		switch toks[i].Text {
		case ",", ";", ":", "(", ")", "\"":
			return false
		}
		if toks[i].Lower == "since" {
			return true
		}
	}
	return false
}

// presentBackground: a present-tense "is" or "are" stands before the year
// at k in its sentence, outside quotes, so the sentence tells background to
// the news rather than a story set in that year.
func presentBackground(toks []text.Token, k int) bool {
	quoted := false
	for i := 0; i < k; i++ {
		switch toks[i].Lower {
		case "\"":
			quoted = !quoted
		case "is", "are":
			if !quoted {
				return true
			}
		}
	}
	return false
}

// relativeBackground: the year at k closes a relative clause opened by
// "that" or "which" right after a noun of a process ("talks that began
// in 1997", "a dispute which erupted in 2004"), within the year's clause
// (no comma between).
func relativeBackground(toks []text.Token, k int) bool {
	for i := k - 2; i >= 1 && k-i <= 10; i-- {
		switch toks[i].Text {
		case ",", ";", ":", "(", ")", "\"":
			return false
		}
		if l := toks[i].Lower; (l == "that" || l == "which") && backgroundHeads[toks[i-1].Lower] {
			return true
		}
	}
	return false
}

// reducedRelativeBackground: the year at k, after its opener, closes a
// participle phrase on a noun that a preposition governs ("from the lands
// occupied in 1967", "of territory seized in 1948", "over the border drawn
// in 1924"): the year dates the noun's own event. The noun and at most two
// words before it (a determiner, a modifier) stand between the
// preposition and the participle; a verb of the clause's own ("the two
// sides met in 1984") has no preposition before its subject.
func reducedRelativeBackground(toks []text.Token, k int) bool {
	p := k - 2
	if p < 2 || !toks[p].Word || toks[p].Cap {
		return false
	}
	if l := toks[p].Lower; !(len(l) > 4 && strings.HasSuffix(l, "ed")) && !backgroundParticiples[l] {
		return false
	}
	for i := p - 1; i >= 1 && p-i <= 3; i-- {
		t := toks[i]
		if !t.Word || t.Cap {
			return false
		}
		if i < p-1 && backgroundObjectPreps[t.Lower] {
			// The clause's own verb stands before the preposition ("said
			// Egypt would accept a withdrawal from ..."); without one the
			// participle may be that verb ("The talks on the border ended
			// in 1984").
			for j := i - 1; j >= 0; j-- {
				l := toks[j].Lower
				if toks[j].Text == "," || toks[j].Text == ";" {
					break
				}
				if clauseVerbMarks[l] || toks[j].Word && !toks[j].Cap && len(l) > 4 && strings.HasSuffix(l, "ed") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// backgroundParticiples: participles besides the "-ed" ones that close a
// phrase on a noun with the year of its own event ("land taken in 1967").
var backgroundParticiples = lexicon.Words("backgroundParticiples")

// backgroundObjectPreps govern the noun a dated participle phrase hangs
// on ("from the lands occupied in 1967").
var backgroundObjectPreps = lexicon.Words("backgroundObjectPreps")

// clauseVerbMarks: finite verbs that, before the preposition, show the
// clause has a verb of its own besides the participle.
var clauseVerbMarks = lexicon.Words("clauseVerbMarks")

// backgroundHeads: nouns of a process whose start or course a relative
// clause dates ("talks that began in 1997").
var backgroundHeads = lexicon.Words("backgroundHeads")

// yearOpeners, before a bare year, set a story in it: "in 1984" (not
// "the truce of 1984", which names an event).
var yearOpeners = lexicon.Words("yearOpeners")

func Day(t time.Time) string   { return t.Format("2006-01-02") }
func Month(t time.Time) string { return t.Format("2006-01") }

// historicalAge is how far before the publication a dated event sets a
// story in the past: a narrative of events years old tells the days of
// its own time without their year.
const historicalAge = 2 * 365 * 24 * time.Hour

// StoryTimes is, per sentence, the time a historical narrative has
// reached: the latest date that lies years before the publication, told
// with its year ("On January 4, 1966, ...") or, once the story is there,
// without it ("On January 9, ..."), until a date counted from the
// publication ("on Monday", "last week") or a recent dated event brings
// the story back to the news of the day. A date earlier than the time
// reached is a look back ("the positions held before August 5, 1965")
// and leaves it. Zero where the story is not told in the past.
func StoryTimes(sents []text.Sentence, pub time.Time) []time.Time {
	out := make([]time.Time, len(sents))
	if pub.IsZero() {
		return out
	}
	var cur time.Time
	for si := range sents {
		toks := sents[si].Toks
		xs := FindDatesIn(toks, 0, len(toks), pub, cur)
		// A year told alone after the sentence's own days ("on June 1,
		// according to minutes released in 2006") sets the story for the
		// sentences after, not for those days: sentTime is what they take.
		var sentTime time.Time
		lateYear := false
		for i := 0; i < len(xs); i++ {
			x := xs[i]
			lateYear = false
			if x.Relative {
				cur = time.Time{}
				continue
			}
			var t time.Time
			switch {
			case len(x.Value) == len("2006") && x.At > 0 && yearOpeners[toks[x.At-1].Lower] && presentBackground(toks, x.At):
				// "The talks are part of a dialogue that began in 1997.":
				// a year in a sentence told in the present is background
				// to the news of the day, not a story set in that year.
				continue
			case len(x.Value) == len("2006") && x.At > 0 && yearOpeners[toks[x.At-1].Lower] && relativeBackground(toks, x.At):
				// "The deal was reached in talks that began in 2018.": a
				// year in a relative clause dates the process the clause
				// hangs on, background to the news; the story stays in
				// its own time ("last met in April" is this April).
				continue
			case len(x.Value) == len("2006") && x.At > 0 && yearOpeners[toks[x.At-1].Lower] && reducedRelativeBackground(toks, x.At):
				// "a withdrawal from the lands occupied in 1967": a year
				// in a participle phrase on a noun governed by a
				// preposition dates that noun's event, not the story.
				continue
			case len(x.Value) == len("2006") && x.At > 0 && yearOpeners[toks[x.At-1].Lower] && sinceSpanYear(toks, x.At):
				// "trade has grown in the decade since relations were
				// restored in 1989": the year starts a span that runs up
				// to the news of the day, background to it; the days
				// told next without a year are the publication's.
				continue
			case len(x.Value) == len("2006-01") && x.Year && x.At > 0 && yearOpeners[toks[x.At-1].Lower] && sinceSpanYear(toks, x.At):
				// "have faced each other since the standoff began in May
				// 2020": a month of a year that starts a span up to the
				// news is background as a year alone is (issue 14's
				// five-hundred-and-sixty-fourth round; p3416, the shape in p2020,
				// p2175).
				continue
			case len(x.Value) == len("2006") && x.At > 0 && yearOpeners[toks[x.At-1].Lower] && !yearList(toks, x.At):
				// "In 1984, ...", "The hearings came in 1997.": a year
				// told alone sets the story in it; the days told next
				// without a year are that year's, so it stands for its
				// middle day, from which every day of it is nearest.
				y, _ := strconv.Atoi(x.Value)
				t = time.Date(y, time.July, 2, 0, 0, 0, 0, time.UTC)
			case len(x.Value) < len("2006-01") || !x.Year && cur.IsZero():
				continue
			default:
				var err error
				if t, err = time.Parse("2006-01-02", (x.Value + "-15")[:10]); err != nil {
					continue
				}
			}
			switch {
			case pub.Sub(t) < historicalAge:
				cur = time.Time{}
			case t.After(cur) || len(x.Value) == len("2006"):
				// A year told alone may also step back ("Thirty years
				// ago today ... In 1984, ... on January 23"): the story
				// goes on in it.
				before := cur
				cur = t
				if len(x.Value) == len("2006") {
					// "In 1984, ... met on January 23": the days after
					// the year in its sentence are read in it too.
					xs = append(xs[:i+1], FindDatesIn(toks, x.At+1, len(toks), pub, cur)...)
					if i > 0 && i == len(xs)-1 {
						lateYear, sentTime = true, before
					}
				}
			}
		}
		out[si] = cur
		if lateYear {
			out[si] = sentTime
		}
	}
	return out
}

// SpanOfDays: the tokens tell a stretch of several days ("after three
// days of talks", "ended 10 days of negotiations"): what happened in it
// happened over those days, not on one of them.
func SpanOfDays(toks []text.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "days" || toks[k+1].Lower != "of" {
			continue
		}
		if n, err := strconv.Atoi(toks[k-1].Text); err == nil && n >= 2 || numberWord(toks[k-1].Lower) >= 2 {
			return true
		}
	}
	return false
}

// monthFrom is a day in the month n months from pub's. It counts from the
// month's first day: AddDate would carry the 31st of August one month on
// into October, and the 31st of March one month back into March itself,
// so that "next month" and "last month" told at a month's end missed.
func monthFrom(pub time.Time, n int) time.Time {
	return time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, pub.Location()).AddDate(0, n, 0)
}

// monthPartOf: the month name at k follows "at (in, towards) the <part>
// of" — "at the end of May", "at the beginning of June", "in the middle
// of February" — and is dated as "in May" or "late May" is, to its month
// (the hundred-and-sixty-fourth round, p1020). A deadline ("by the end
// of May", "before the end of May", "until the end of May") is no time
// of an event.
func monthPartOf(toks []text.Token, k int) bool {
	return k >= 4 && toks[k-1].Lower == "of" && monthParts[toks[k-2].Lower] && toks[k-3].Lower == "the" && monthPartPreps[toks[k-4].Lower]
}

// Old papers and letters date a day by its ordinal and a Latin word for
// the month, counted from the day they are written: "the 5th inst."
// (instant, this month), "the 12th ult." (ultimo, last month), "the 2d
// prox." (proximo, next month); a list of days may share the word ("on
// the 14th, 15th and 18th inst."). Issue 14's two-hundred-and-eighty-
// fourth round (p1736, p1737, p1741).
var (
	oldMonthThis = lexicon.Words("oldMonthThis")
	oldMonthLast = lexicon.Words("oldMonthLast")
	oldMonthNext = lexicon.Words("oldMonthNext")
)

// oldStyleMonthShift: w is such a month word (its full stop dropped) and
// the month it means, counted from the publication's.
func oldStyleMonthShift(w string) (int, bool) {
	w = strings.TrimSuffix(w, ".")
	switch {
	case oldMonthThis[w]:
		return 0, true
	case oldMonthLast[w]:
		return -1, true
	case oldMonthNext[w]:
		return 1, true
	}
	return 0, false
}

// oldStyleDays reads the ordinal days told before the month word at k in
// month mo (its first day), earliest first: one ordinal right before the
// word, and those listed before it with commas and "and" back to "the".
// Nothing is read unless the list opens with "the", so "Room 5 inst."
// or a figure before an unrelated abbreviation is no date.
func oldStyleDays(toks []text.Token, k int, mo time.Time) []DateExpr {
	var days []DateExpr
	j := k - 1
	for j >= 0 {
		dd := oldOrdinalDay(toks[j].Lower)
		if dd == 0 {
			return nil
		}
		t := time.Date(mo.Year(), mo.Month(), dd, 0, 0, 0, 0, time.UTC)
		if t.Day() == dd {
			days = append(days, DateExpr{At: j, Value: Day(t), Relative: true})
		}
		if j > 0 && toks[j-1].Lower == "the" {
			slices.Reverse(days)
			return days
		}
		// "the 14th, 15th and 18th inst.": step over the list's joint.
		switch {
		case j > 1 && (toks[j-1].Text == "," || toks[j-1].Lower == "and"):
			j -= 2
		case j > 2 && toks[j-2].Text == "," && toks[j-1].Lower == "and":
			j -= 3
		default:
			return nil
		}
	}
	return nil
}

// spelledMonthShift: agencies writing in a second language spell the
// old papers' Latin month word out, "the 18th of this month", "the 2nd
// of last month", "the 13th of next month": a day's ordinal with "of" and
// the month counted from the publication, read as "inst.", "ult." and
// "prox." are (oldStyleDays). w is the word before "month"; it returns
// the month it means, counted from the publication's (issue 14's
// three-hundred-and-thirty-fifth round: p2045, p2047).
func spelledMonthShift(w string) (int, bool) {
	switch w {
	case "this", "current":
		return 0, true
	case "last", "previous":
		return -1, true
	case "next", "coming":
		return 1, true
	}
	return 0, false
}

// oldOrdinalDay is the day of an ordinal as old papers write it: "5th",
// "1st", and "2d", "3d", "22d", "23d" with the short ending of their
// time; 0 for anything else, a bare figure included.
func oldOrdinalDay(w string) int {
	for _, suf := range oldOrdinalEnds {
		if n := strings.TrimSuffix(w, suf); n != w && mention.IsNumber(n) {
			return dayNumber(n)
		}
	}
	return 0
}

// oldOrdinalEnds: "th", "st", "nd", "rd" and the old "d" of "2d", "3d".
var oldOrdinalEnds = lexicon.List("oldOrdinalEnds")

// spanEndWords tell the end of a span of days (lexicon).
var spanEndWords = lexicon.Words("spanEndWords")

// SpanEnd: the day told at at is the last day of a meeting told as a
// span — an ending word stands right before it, "here", "on" or "up" may
// come between ("ended on Saturday their talks of June 7-8",
// "the two-day summit ending on Saturday"). ok says so; days is the
// length of the span when an "N-day" compound comes a few words before
// the ending word ("two-day informal summit ending on"), else 0. Dated by
// its end, such a meeting was taken for its last day, where a range's
// first day dates it (issue 14's three-hundred-and-fifty-first round,
// p2141, p2143).
func SpanEnd(toks []text.Token, at int) (days int, ok bool) {
	e := at - 1
	for e >= 0 && (toks[e].Lower == "on" || toks[e].Lower == "here" || toks[e].Lower == "up") && at-e <= 2 {
		e--
	}
	if e < 0 || !spanEndWords[toks[e].Lower] {
		return 0, false
	}
	for j := e - 1; j >= 2 && j >= e-6; j-- {
		if toks[j].Lower != "day" || toks[j-1].Text != "-" {
			continue
		}
		n, err := strconv.Atoi(toks[j-2].Text)
		if err != nil {
			n = numberWord(toks[j-2].Lower)
		}
		if n >= 2 && n <= 14 {
			return n, true
		}
		break
	}
	return 0, true
}
