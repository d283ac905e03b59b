package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-thirty-fifth round: Middle East peace
// talks 1970s-1990s, wire copy, agencies and broadsheets (p2042-p2047: a
// 1975 wire on a disengagement accord initialled in two capitals, a 1991
// wire on the first bilateral sessions of a peace conference, a 1994
// broadsheet on a self-rule accord signed in a third capital, a 1994
// royal agency on a monarch's declaration with a neighbour's premier, a
// 1991 agency on a secretary of state received by a president, a 1999
// agency on a memorandum signed under a host's auspices); each rule with
// sentences of its own.

// "His Majesty and X held talks", "X briefed His Majesty": court and
// agency copy names the monarch, once introduced ("His Majesty King Y"),
// by the style alone; it is the story's one monarch (bareMajestyRefs in
// actors/majesty.go; p2045, with the bare style in p977, p1786, p1990).
// The negative cases: with two monarchs, or none, the style stays no one.
func TestBareMajestyIsTheMonarch(t *testing.T) {
	pub := time.Date(1990, 3, 3, 0, 0, 0, 0, time.UTC)
	intro := "King opens parliament\n\nZENDA, March 3 (Agency) - His Majesty King Rudolf of Ruritania today opened the new parliament building in the capital.\n\n"
	for _, s := range []string{
		"His Majesty and the Bordurian Prime Minister Karl Vorst held talks this afternoon at the palace.\n",
		"Later the Bordurian Prime Minister Karl Vorst met His Majesty at the palace.\n",
	} {
		rec := recordAt(t, intro+s, pub)
		if meetingWith(rec, "Rudolf", "Karl Vorst") == nil {
			t.Errorf("%q: want the King's talks with Vorst: %s", s, dump(rec))
		}
	}
	for _, intro := range []string{
		"Kings meet\n\nZENDA, March 3 (Agency) - His Majesty King Rudolf of Ruritania today received His Majesty King Ottokar of Syldavia at the palace.\n\n",
		"Parliament opens\n\nZENDA, March 3 (Agency) - The President of Ruritania, Mr. Anton Kolb, today opened the new parliament building in the capital.\n\n",
	} {
		rec := recordAt(t, intro+"His Majesty and the Bordurian Prime Minister Karl Vorst held talks this afternoon at the palace.\n", pub)
		for _, who := range []string{"Rudolf", "Ottokar", "Anton Kolb"} {
			if meetingWith(rec, who, "Karl Vorst") != nil {
				t.Errorf("no one monarch: %s is not His Majesty: %s", who, dump(rec))
			}
		}
	}
}

// "met on the 18th of this month", "the 2nd of last month": agencies
// writing in a second language spell out the old papers' "inst." and
// "ult." after a day's ordinal; the day is read in the month counted
// from the publication (spelledMonthShift in frame/dates.go; p2045,
// p2047). The negative case: "this month" with no ordinal before it
// stays the month.
func TestOrdinalDayOfSpelledMonth(t *testing.T) {
	pub := time.Date(1994, 7, 25, 0, 0, 0, 0, time.UTC)
	for tail, want := range map[string]string{
		"met in Varna on the 5th of this month.":          "1994-07-05",
		"met in Varna on the 2nd of last month.":          "1994-06-02",
		"met in Varna on the 21st of this month to talk.": "1994-07-21",
		"met in Varna earlier this month.":                "1994-07",
	} {
		rec := recordAt(t, "Talks go on\n\nZENDA, July 25 (Agency) - The delegations headed by Mr. Arno Weisz and Mr. Piotr Malow "+tail+"\n", pub)
		if m := meetingWith(rec, "Arno Weisz", "Piotr Malow"); m == nil || m.Date != want {
			t.Errorf("%q: want the meeting of Weisz and Malow on %s: %s", tail, want, dump(rec))
		}
	}
}
