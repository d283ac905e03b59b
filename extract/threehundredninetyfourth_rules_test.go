package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-ninety-fourth round: a stranger's batch of
// Central, South and East Asian ministry readouts and agencies
// (p2396-p2401); each rule with sentences of its own.

// onlyHeld394: rec holds a held meeting whose participants are exactly
// want, in any order.
func onlyHeld394(rec graph.Record, want ...string) bool {
	for _, m := range rec.Meetings {
		if m.Status != graph.Held || len(m.Participants) != len(want) {
			continue
		}
		all := true
		for _, w := range want {
			all = all && slices.Contains(m.Participants, w)
		}
		if all {
			return true
		}
	}
	return false
}

// A meeting noun that a verb of recalling or appraising takes as object,
// with "between A and B" naming two people, was A's and B's
// (meeting.onlookedBetween; p2400's shape): the recalling subject was
// put in it, and a reduced relative after B ("B held in X") lost B. A
// noun a meeting verb's own subject holds ("A held talks with B") is no
// such object and keeps its people.
func TestOnlookedBetweenPair(t *testing.T) {
	lead := "Ministers speak by phone\nOn May 3, Foreign Minister Arlo Vennick of Freedonia held a telephone talk with Foreign Minister Tomas Quell of Sylvania.\n"
	for _, s := range []string{
		"The two ministers recalled the summit meeting between Prime Minister Bram Ostrow and President Kiril Danev held in Lisbon in March last year.",
		"Vennick recalled the summit meeting between Prime Minister Bram Ostrow and President Kiril Danev held in Lisbon in March last year.",
		"The two ministers hailed the Freedonia-Sylvania Summit Meeting between Prime Minister Bram Ostrow and President Kiril Danev held in Lisbon in March.",
	} {
		rec := corefRecord(t, lead+s)
		if !onlyHeld394(rec, "Bram Ostrow", "Kiril Danev") {
			t.Errorf("%q: want only Ostrow and Danev met: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Prime Minister Bram Ostrow held talks with President Kiril Danev in Lisbon on Monday.")
	if !onlyHeld394(rec, "Bram Ostrow", "Kiril Danev") {
		t.Errorf("want Ostrow and Danev met: %s", dump(rec))
	}
}

// A meeting told in an "as" clause that goes along with the main clause's
// act, "A and B agreed on Wednesday to ..., as the two leaders met", is
// on the main clause's day (meeting.simultaneousAs; p667, p2397): it took
// the publication month. "serves as" opens no clause and lends no day.
func TestSimultaneousAsDay(t *testing.T) {
	lead := "Talks open\n"
	for _, s := range []string{
		"Freedonia and Sylvania on Wednesday agreed to review the old treaty as Foreign Minister Bram Ostrow and his Sylvanian counterpart Kiril Danev co-chaired a session of their joint commission.",
		"President Bram Ostrow and President Kiril Danev agreed on Wednesday to settle their dispute through dialogue, as the two leaders met in Lisbon.",
	} {
		rec := corefRecord(t, lead+s)
		ok := false
		for _, m := range rec.Meetings {
			if m.Status == graph.Held && slices.Contains(m.Participants, "Bram Ostrow") && slices.Contains(m.Participants, "Kiril Danev") {
				ok = ok || m.Date == "2025-04-30"
			}
		}
		if !ok {
			t.Errorf("%q: want the meeting on the day of the agreement: %s", s, dump(rec))
		}
	}
}
