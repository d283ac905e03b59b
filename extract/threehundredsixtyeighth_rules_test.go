package extract

import "testing"

// Issue 14's three-hundred-and-sixty-eighth round: fronted adverbial
// clauses that tell a meeting of their own (p2240-p2245: a 1971 wire on
// an adviser's calls in a capital, a 2016 agency on a prime minister's
// talks on a forum's fringes, a 1998 broadsheet on a prime minister's
// day of talks, a 1998 wire on a secretary-general's mission, a 2018
// paper on a host's two guests, a 2008 weekly on a mediator's shuttle);
// each rule with sentences of its own.

// "Having met X, ...", "After calling on X, the envoy went on to lunch
// with Y", "Having met the minister, X, in the afternoon, Z spent the
// evening with Y": the fronted adjunct tells the traveller's own meeting
// with X; the main clause's subject, a name after the adjunct's
// apposition or a description by post standing for the story's person,
// met Y, and X was at no meeting with Y (meeting.frontedGerund,
// coref.SequenceDescribed; p2240, p2241, p2242, p2243, p2245). The
// negative case: an adjunct with no person leaves the main clause's
// people together.
func TestFrontedAdjunctOwnMeeting(t *testing.T) {
	lead := "Envoy in Koram\nKORAM, Oct. 23 - Special Envoy Anna Oster arrived in the Borvian capital today on a mission to end the border dispute.\n"
	for _, s := range []string{
		"Having met the Borvian Prime Minister, Jan Dorn, in the afternoon, Anna Oster spent the evening with Bo Kram at a private dinner.",
		"After calling on Prime Minister Jan Dorn at his office in the old town this morning, the American envoy held talks with Bo Kram at the palace.",
		"Having met Prime Minister Jan Dorn twice on Saturday, the special envoy was driven to the palace for a meeting with Bo Kram.",
	} {
		rec := corefRecord(t, lead+s)
		if !metPair(rec, "Anna Oster", "Bo Kram") {
			t.Errorf("%s: want Oster with Kram: %s", s, dump(rec))
		}
		if !metPair(rec, "Anna Oster", "Jan Dorn") {
			t.Errorf("%s: want Oster with Dorn: %s", s, dump(rec))
		}
		if metPair(rec, "Jan Dorn", "Bo Kram") {
			t.Errorf("%s: the adjunct's person put with Kram: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Having arrived late on Saturday, Jan Dorn met Bo Kram at the palace.")
	if !metPair(rec, "Jan Dorn", "Bo Kram") {
		t.Errorf("want Dorn with Kram: %s", dump(rec))
	}
}
