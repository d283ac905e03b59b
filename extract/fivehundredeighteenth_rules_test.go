package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-eighteenth round: a targeted batch
// (p3140-p3145: person-name boundaries — a wire on advisers' talks in
// Berlin, London dailies on a strike's and a pension dispute's talks at a
// conciliation service, a South African agency on wage talks, a Russian
// agency on factions' talks in Moscow, a Canadian daily on postal talks);
// each rule with sentences of its own.

// fivehundredeighteenthPerson: the record has a person of that name.
func fivehundredeighteenthPerson(rec graph.Record, name string) bool {
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && a.Name == name {
			return true
		}
	}
	return false
}

// "the unions met Ray Hill, managing director of the network": a name of
// two frequent words named before its post in apposition is a person, as
// it was after a post (postApposedAfter; p3141, p1055). The
// negative cases: a relative clause or an adjective after the comma opens
// no post.
func TestCommonWordNameBeforeApposedPost(t *testing.T) {
	const lead = "Talks resume\nLIMA, May 6 - The unions resumed talks on Monday.\n"
	for _, c := range []struct{ line, name string }{
		{"The unions sat across the table from Ray Hill, managing director of the network, until late evening.", "Ray Hill"},
		{"The northern delegation was headed by Jack Price, assistant secretary of state for trade, and met the southern side at noon.", "Jack Price"},
		{"The unions met Rose Green, the deputy chairman, at noon.", "Rose Green"},
	} {
		rec := corefRecord(t, lead+c.line)
		if !fivehundredeighteenthPerson(rec, c.name) {
			t.Errorf("%q: want person %s: %s", c.line, c.name, dump(rec))
		}
	}
	for _, c := range []struct{ line, name string }{
		{"The unions met at Green Cross, whose director welcomed them, at noon.", "Green Cross"},
		{"The unions met at Green Cross, a major venue of the city, at noon.", "Green Cross"},
	} {
		rec := corefRecord(t, lead+c.line)
		if fivehundredeighteenthPerson(rec, c.name) {
			t.Errorf("%q: ordinary words read as person %s: %s", c.line, c.name, dump(rec))
		}
	}
}
