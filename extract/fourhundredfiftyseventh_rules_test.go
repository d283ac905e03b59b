package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-fifty-seventh round: a batch on dates
// (p2774-p2779: a 1980s wire on a foreign minister's first call in
// Bangkok, a 2000s agency on ministers' temple talks, a 2000s wire on a
// minister's Ankara visit, a 2000s Mozambican agency on a president's
// talks with the opposition leader, a 2000s wire on a president's Jakarta
// visit, a 2000s Malaysian agency on border talks), where a meeting's day
// is told in another clause than the meeting; each rule with sentences
// of its own.

// fourhundredfiftyseventhRecord extracts text, published on corefPub (a
// Tuesday).
// fourhundredfiftyseventhDate: the date of the held meeting of a and b,
// "-" when there is none.
func fourhundredfiftyseventhDate(rec graph.Record, a, b string) string {
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m.Date
		}
	}
	return "-"
}

// "A, who arrived in P on Monday, held talks with B": the day of the
// arrival told in a relative clause on the subject dates the meeting of
// the main clause when the sentence tells no other time (p2774, p1960,
// p2356, p351, p1049). Negative cases: the meeting's own day wins, an
// arrival "late" or at night may put the talks on the next day, "later
// met" may too, and a relative clause that tells no arrival ("who took
// office on Sunday") dates nothing of the meeting.
func TestArrivalRelativeDatesTheMeeting(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Foreign Minister Jan Kowal, who arrived in Lima on Monday for a two-day visit, held talks with President Tomas Berg.", "2025-05-05"},
		{"Foreign Minister Jan Kowal, who arrived here on Monday on his first visit, went straight into talks with President Tomas Berg.", "2025-05-05"},
		{"Foreign Minister Jan Kowal, who landed in Lima on Sunday, also called on President Tomas Berg at the palace.", "2025-05-04"},
		{"Foreign Minister Jan Kowal, who arrived in Lima on Sunday, met President Tomas Berg on Monday.", "2025-05-05"},
		{"Foreign Minister Jan Kowal, who arrived in Lima late on Sunday, met President Tomas Berg at the palace.", "2025-05"},
		{"Foreign Minister Jan Kowal, who took office on Sunday, met President Tomas Berg at the palace.", "2025-05"},
		{"Foreign Minister Jan Kowal, who arrived in Lima on Sunday, later met President Tomas Berg at the palace.", "2025-05"},
	} {
		rec := corefRecord(t, "Ministers confer\n"+c.line)
		if got := fourhundredfiftyseventhDate(rec, "Jan Kowal", "Tomas Berg"); got != c.want {
			t.Errorf("%q: date %s, want %s: %s", c.line, got, c.want, dump(rec))
		}
	}
}
