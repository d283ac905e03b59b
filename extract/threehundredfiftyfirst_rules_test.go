package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-fifty-first round: places and dates
// (p2138-p2143: a 1941 broadsheet on conferences off a naval base, a 1995
// wire on talks at an air base, a 2005 agency on a round held at a manor,
// a 2013 agency on a meeting at an estate in a valley, a 2003 daily on a
// deal signed at a lodge, a 2019 agency on a two-day summit in a coastal
// town); each rule with sentences of its own.

// "ended on Saturday their talks of June 7-8", "their two-day
// summit ending on Saturday": a day told as the end of the meeting's span
// is its close, and the span's first day dates the meeting, as a range's
// first day does (frame.SpanEnd, spanStarts in meeting/when.go; p2141,
// p2143). A day told without an ending word keeps its own date.
func TestSpanToldByItsEnd(t *testing.T) {
	pub := time.Date(2011, 5, 8, 0, 0, 0, 0, time.UTC) // a Sunday
	lead := "Leaders meet\n\nPORT ELIN, May 7 (Agency) -- "
	for _, c := range []struct{ s, want string }{
		{"President Ivo Marten and his counterpart Lena Sorvik ended on Saturday their talks of May 6-7 in a hill town, pledging closer ties.\n", "2011-05-06"},
		{"President Ivo Marten and his counterpart Lena Sorvik agreed on a joint fund at a three-day summit closing on Saturday in a mountain town.\n", "2011-05-05"},
		{"President Ivo Marten and his counterpart Lena Sorvik met on Saturday at a lake resort, during a visit from May 6 to 8.\n", "2011-05-07"},
	} {
		rec := recordAt(t, lead+c.s, pub)
		m := meetingWith(rec, "Ivo Marten", "Lena Sorvik")
		if m == nil {
			t.Errorf("%q: want a meeting of Marten and Sorvik: %s", c.s, dump(rec))
			continue
		}
		if m.Date != c.want {
			t.Errorf("%q: want %s, got %q", c.s, c.want, m.Date)
		}
	}
}
