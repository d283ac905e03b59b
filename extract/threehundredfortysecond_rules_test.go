package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-forty-second round: talks told as an event
// whose sides and people are named in other sentences (p2084-p2089: a
// 1969 wire on frontier talks opened in a capital, a 1990 agency on the
// first round of premiers' talks, a 2005 agency on a fifth round closed at
// a manor, a 2002 daily on talks closed at a naval base, a 1990 agency on
// a first round closed with a communique, a 1988 agency on direct talks
// opened under a secretary-general); each rule with sentences of its own.

// "The talks between A and B, which began on Tuesday at X, ended today":
// the verb of taking place comes past a relative clause set off by
// commas (relativeThenEvent in meeting/when.go; p2086, p623), and the
// relative clause dates the talks by their opening day (beganRelative;
// p2086, p857, p951, p1227). The negative cases: talks that never took
// place, or a main verb that tells no event, give no held meeting.
func TestTalksPastRelativeClause(t *testing.T) {
	pub := time.Date(1994, 3, 10, 0, 0, 0, 0, time.UTC) // a Thursday
	lead := "Talks end\n\nZENDA, March 10 (Agency) - "
	for _, s := range []string{
		"The talks between Foreign Minister Anton Kolb and Prime Minister Karl Vorst, which began on Tuesday at a lakeside villa, ended today with a joint statement.\n",
		"The talks between Foreign Minister Anton Kolb and Prime Minister Karl Vorst, which began on Tuesday at a villa near Zenda, outside the old town, ended today.\n",
		"The talks between Foreign Minister Anton Kolb and Prime Minister Karl Vorst, which opened on Tuesday, were held behind closed doors.\n",
	} {
		rec := recordAt(t, lead+s, pub)
		m := meetingWith(rec, "Anton Kolb", "Karl Vorst")
		if m == nil || m.Status != graph.Held {
			t.Errorf("%q: want held talks of Kolb and Vorst: %s", s, dump(rec))
			continue
		}
		if m.Date != "1994-03-08" {
			t.Errorf("%q: want the talks dated to their opening, 1994-03-08, got %q", s, m.Date)
		}
	}
	for _, s := range []string{
		"The talks between Foreign Minister Anton Kolb and Prime Minister Karl Vorst, which were never arranged, ended today as an idea.\n",
		"The talks between Foreign Minister Anton Kolb and Prime Minister Karl Vorst, which began as an idea on Tuesday, were criticised by the press.\n",
	} {
		rec := recordAt(t, lead+s, pub)
		if m := meetingWith(rec, "Anton Kolb", "Karl Vorst"); m != nil && m.Status == graph.Held {
			t.Errorf("%q: want no held talks: %s", s, dump(rec))
		}
	}
}

// "A and B signed the accord at the end of nine hours of talks": "at the
// end of", "at the close of", "at the conclusion of" govern the talks as
// "after" does, so the talks took place (closeOfPrep in meeting/when.go;
// p2087, p350). The negative cases: an accord to be signed at the end of
// talks is planned, and "at the end of the week" names no talks.
func TestTalksAtTheirClose(t *testing.T) {
	pub := time.Date(1994, 3, 10, 0, 0, 0, 0, time.UTC)
	lead := "Accord signed\n\nZENDA, March 10 (Agency) - "
	for _, s := range []string{
		"Foreign Minister Anton Kolb and Prime Minister Karl Vorst signed a border accord at the end of nine hours of talks beside the lake.\n",
		"Foreign Minister Anton Kolb and Prime Minister Karl Vorst agreed on a joint commission at the close of the talks.\n",
		"Foreign Minister Anton Kolb and Prime Minister Karl Vorst issued a statement at the conclusion of talks in Zenda.\n",
	} {
		rec := recordAt(t, lead+s, pub)
		if m := meetingWith(rec, "Anton Kolb", "Karl Vorst"); m == nil || m.Status != graph.Held {
			t.Errorf("%q: want held talks of Kolb and Vorst: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Foreign Minister Anton Kolb and Prime Minister Karl Vorst will sign a border accord at the end of talks in Zenda next month.\n",
		"Foreign Minister Anton Kolb and Prime Minister Karl Vorst issued separate statements at the end of the week.\n",
	} {
		rec := recordAt(t, lead+s, pub)
		if m := meetingWith(rec, "Anton Kolb", "Karl Vorst"); m != nil && m.Status == graph.Held {
			t.Errorf("%q: want no held talks: %s", s, dump(rec))
		}
	}
}
