package extract

import (
	"slices"
	"testing"
)

// Issue 14's three-hundred-and-sixty-fourth round: meetings told through a
// third party that brought the two sides together (p2216-p2221: a 1966
// broadsheet on a premier's conference of two neighbours, a 2008 wire on a
// former secretary-general's first meeting of two rivals, a 2007 Gulf
// agency on a king's reconciliation meeting, a 2008 Turkish agency on a
// trilateral summit, a 2018 Ethiopian agency on a prime minister's
// face-to-face of two rivals, a 2020 wire on a White House signing); each
// rule with sentences of its own.

// The person who "brought the two leaders together" sat with them at the
// meeting just told, in the same sentence ("A and B sat at one table,
// when X brought the two leaders together") or in the one before ("X, who
// flew in that morning, brought the two men together at a hotel")
// (gathererJoins, meeting/places.go; p2216, p876, p584). The negative
// case: a gathering with a time of its own ("brought them together for
// talks in August") told an earlier meeting, and its broker does not join
// this one.
func TestGathererJoinsMeeting(t *testing.T) {
	rec := hundredeightyfourthRecord(t, "Leaders meet\n\nVALMORE, May 3 - President Tomas Varga and Premier Ivo Lenk sat at the same table here this morning for the first time since the war, when the Borvian Premier, Mr. Karl Mott, brought the two leaders together at the opening session.")
	for _, p := range []string{"Tomas Varga", "Ivo Lenk"} {
		if !metPair(rec, "Karl Mott", p) {
			t.Errorf("want Mott with %s: %s", p, dump(rec))
		}
	}
	rec = hundredeightyfourthRecord(t, "Leaders meet\n\nVALMORE, May 3 - President Tomas Varga and Premier Ivo Lenk met on Monday for their first talks in a year. Karl Mott, who flew in from Koram that morning, brought the two men together at a hotel in Valmore.")
	for _, p := range []string{"Tomas Varga", "Ivo Lenk"} {
		if !metPair(rec, "Karl Mott", p) {
			t.Errorf("want Mott with %s: %s", p, dump(rec))
		}
	}
	rec = hundredeightyfourthRecord(t, "Leaders meet\n\nVALMORE, May 3 - President Tomas Varga and Premier Ivo Lenk met in Valmore on Monday. Karl Mott, who brought them together for talks in August, was not there.")
	for _, m := range rec.Meetings {
		if m.Status == "held" && m.Date == "2025-05-05" && slices.Contains(m.Participants, "Karl Mott") {
			t.Errorf("want Mott kept from the Monday meeting: %s", dump(rec))
		}
	}
}
