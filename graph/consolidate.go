package graph

import (
	"cmp"
	"slices"
	"time"
)

// One meeting, many sources. When articles describe the same encounter,
// their reports attach to one Meeting node. The rule (SameMeeting) is
// deliberately conservative, since a wrong merge hides a meeting while a
// missed one only shows it twice:
//
//   - at least two participants in common, and at least half of the
//     smaller cast;
//   - places compatible: when both reports name a place, the same place;
//   - dates compatible: when both are dated, the periods overlap, allowing
//     a day either side (time zones, "Friday" reported on Saturday);
//   - when either is undated, the same named place, or sources published
//     within three days of each other.
//
// Status and mode do not decide: a meeting reported as planned by one
// article and held by the next is one meeting.

// KnownMeeting is a meeting already in the graph that shares participants
// with one being loaded.
type KnownMeeting struct {
	ID             string
	Date           string
	DateStart      string
	DateEnd        string
	PlaceID        string
	ParticipantIDs []string
	Reports        []ReportRow
}

// closeDays is how far apart publication dates may be for undated reports
// of the same participants to be taken as one meeting.
const closeDays = 3

// SameMeeting reports whether a new meeting row describes a known meeting.
func SameMeeting(k KnownMeeting, m MeetingRow) bool {
	shared := 0
	for _, id := range m.ParticipantIDs {
		if slices.Contains(k.ParticipantIDs, id) {
			shared++
		}
	}
	if shared < 2 || 2*shared < min(len(k.ParticipantIDs), len(m.ParticipantIDs)) {
		return false
	}
	if k.PlaceID != "" && m.PlaceID != "" && k.PlaceID != m.PlaceID {
		return false
	}
	if k.DateStart != "" && m.DateStart != "" {
		return daysBetween(m.DateStart, k.DateEnd) >= -1 && daysBetween(k.DateStart, m.DateEnd) >= -1
	}
	if k.PlaceID != "" && k.PlaceID == m.PlaceID {
		return true
	}
	for _, r := range k.Reports {
		if d := daysBetween(r.Published, m.Report.Published); r.Published != "" && m.Report.Published != "" && d >= -closeDays && d <= closeDays {
			return true
		}
	}
	return false
}

// daysBetween is b − a in days for YYYY-MM-DD strings; dates that do not
// parse count as far apart.
func daysBetween(a, b string) int {
	ta, err1 := ParseDate(a)
	tb, err2 := ParseDate(b)
	if err1 != nil || err2 != nil {
		return 1 << 20
	}
	return int(tb.Start.Sub(ta.Start) / (24 * time.Hour))
}

// Consolidate points each row at the known meeting it describes, when one
// does (known holds, per row ID, the candidates sharing participants; it
// only reads them), and
// sets every row's node properties from all the reports of its meeting.
// A row whose own ID is already known keeps it, so loading a record again
// changes nothing.
func Consolidate(rows []MeetingRow, known map[string][]*KnownMeeting) {
	for i := range rows {
		row := &rows[i]
		cands := known[row.ID]
		var match *KnownMeeting
		for j := range cands {
			if cands[j].ID == row.ID {
				match = cands[j]
				break
			}
		}
		if match == nil {
			best := -1
			for j := range cands {
				if !SameMeeting(*cands[j], *row) {
					continue
				}
				if s := matchScore(cands[j], row); s > best {
					best, match = s, cands[j]
				}
			}
			if match != nil {
				row.ID, row.Merged = match.ID, true
			}
		}
		reports := []ReportRow{row.Report}
		if match != nil {
			for _, r := range match.Reports {
				if r.SourceID != row.Report.SourceID {
					reports = append(reports, r)
				}
			}
			if row.PlaceID == "" {
				row.PlaceID = match.PlaceID
			}
		}
		row.Date, row.DateStart, row.DateEnd, row.Status, row.Mode = summarize(reports)
	}
}

func matchScore(k *KnownMeeting, m *MeetingRow) int {
	s := 0
	for _, id := range m.ParticipantIDs {
		if slices.Contains(k.ParticipantIDs, id) {
			s += 4
		}
	}
	if k.PlaceID != "" && k.PlaceID == m.PlaceID {
		s += 2
	}
	if k.Date != "" && k.Date == m.Date {
		s += 3
	}
	return s
}

// summarize derives a meeting's properties from all its reports: the most
// precise date (the earliest report breaks ties), held if any report says
// so and otherwise the latest report's status, in person if any report
// says so and otherwise the first known mode.
func summarize(reports []ReportRow) (date, start, end string, status Status, mode Mode) {
	slices.SortFunc(reports, func(a, b ReportRow) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.SourceID, b.SourceID))
	})
	var width time.Duration
	for _, r := range reports {
		d, err := ParseDate(r.Date)
		if err != nil {
			continue
		}
		if w := d.End.Sub(d.Start); date == "" || w < width {
			date, width = r.Date, w
			start, end = d.Start.Format(day), d.End.Format(day)
		}
	}
	mode = UnknownMode
	for _, r := range reports {
		status = r.Status // the latest report's, unless one says held
		if mode == UnknownMode && r.Mode != "" {
			mode = r.Mode
		}
	}
	for _, r := range reports {
		if r.Status == Held {
			status = Held
		}
		if r.Mode == InPerson {
			mode = InPerson
		}
	}
	return date, start, end, status, mode
}
