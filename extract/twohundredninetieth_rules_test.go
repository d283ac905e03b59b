package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-ninetieth round: roles, the sides of a
// dispute the story tells in a sentence other than the meeting's
// (p1772-p1777: "the row between A and B", "A's claim to the islands",
// "the rebels fighting the government"); each rule with sentences of its
// own.

func twohundredninetiethRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: time.Date(2016, 5, 9, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// "the row between A and B", "the feud between A and B" name the sides'
// quarrel as "the dispute between A and B" does (roles.rowBetween; p1773,
// p1772): the two states are the parties, capitals standing for them.
// "row" is no negotiation noun elsewhere: a "front row between" two
// people seats them and makes no party.
func TestRowBetweenTwoStatesGivesParties(t *testing.T) {
	meet := "Peru's Foreign Minister Carlos Ibarra met Chilean Foreign Minister Ana Solis in Lima on Monday. "
	for _, s := range []string{
		"The row between Peru and Chile over fishing rights has soured relations for a decade.",
		"The bitter feud between Lima and Santiago has also been fed by a border incident.",
		"The long-running spat between Peru and Chile flared again in March.",
	} {
		rec := twohundredninetiethRecord(t, "Ministers meet\n\n"+meet+s)
		if !partyNamed(rec, "Peru") || !partyNamed(rec, "Chile") {
			t.Errorf("%s: want Peru and Chile as parties: %s", s, dump(rec))
		}
	}
	s := "The two ministers sat in the front row at the concert that evening."
	rec := twohundredninetiethRecord(t, "Ministers meet\n\n"+meet+s)
	if len(rec.Negotiations) > 0 {
		t.Errorf("%s: want no negotiation: %s", s, dump(rec))
	}
}
