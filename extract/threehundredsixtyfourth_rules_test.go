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

// The person who brought people already told "together" sat with them at
// the meeting just told, in the same sentence ("A and B faced each other,
// when X brought the pair together") or in the one before ("X, who had
// flown in, brought both men together at an inn")
// (gathererJoins, meeting/places.go; p2216, p876, p584). The negative
// case: a gathering with a time of its own ("brought them together for
// talks in August") told an earlier meeting, and its broker does not join
// this one.
func TestGathererJoinsMeeting(t *testing.T) {
	rec := corefRecord(t, "Leaders meet\n\nVALMORE, May 3 - President Tomas Varga and Premier Ivo Lenk faced each other across one table in Valmore on Monday after a year of war, when the Borvian Premier, Mr. Karl Mott, brought the pair together in the old hall.")
	for _, p := range []string{"Tomas Varga", "Ivo Lenk"} {
		if !metPair(rec, "Karl Mott", p) {
			t.Errorf("want Mott with %s: %s", p, dump(rec))
		}
	}
	rec = corefRecord(t, "Leaders meet\n\nVALMORE, May 3 - President Tomas Varga and Premier Ivo Lenk met on Monday for their first talks in a year. Karl Mott, who flew in from Koram that morning, brought the two men together at a hotel in Valmore.")
	for _, p := range []string{"Tomas Varga", "Ivo Lenk"} {
		if !metPair(rec, "Karl Mott", p) {
			t.Errorf("want Mott with %s: %s", p, dump(rec))
		}
	}
	rec = corefRecord(t, "Leaders meet\n\nVALMORE, May 3 - President Tomas Varga and Premier Ivo Lenk met in Valmore on Monday. Karl Mott, who brought them together for talks in August, was not there.")
	for _, m := range rec.Meetings {
		if m.Status == "held" && m.Date == "2025-05-05" && slices.Contains(m.Participants, "Karl Mott") {
			t.Errorf("want Mott kept from the Monday meeting: %s", dump(rec))
		}
	}
}

// "X saw A and B one at a time, then brought them together": one
// person's meetings with each of several people apart,
// then that person bringing them "together", tell one more meeting of
// them all, dated by a time after "together" when there is one
// (GatheredApart, meeting/places.go; p2203, p1332, p447, p1275, p551).
// The negative case: "failed to bring them together" is an attempt.
func TestGatheredApartMeeting(t *testing.T) {
	rec := corefRecord(t, "Leaders meet\n\nVALMORE, May 3 - Karl Mott saw President Tomas Varga and Premier Ivo Lenk one at a time in his palace, then brought both men together in his study.")
	if !metPair(rec, "Tomas Varga", "Ivo Lenk") {
		t.Errorf("want Varga with Lenk: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders meet\n\nVALMORE, May 3 - Karl Mott held separate sessions with President Tomas Varga and Premier Ivo Lenk in Valmore last week before bringing them together on Thursday evening.")
	found := false
	for _, m := range rec.Meetings {
		if m.Status == "held" && slices.Contains(m.Participants, "Tomas Varga") && slices.Contains(m.Participants, "Ivo Lenk") {
			found = true
			if m.Date != "2025-05-01" {
				t.Errorf("want the gathering dated 2025-05-01, got %q: %s", m.Date, dump(rec))
			}
		}
	}
	if !found {
		t.Errorf("want Varga with Lenk: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders meet\n\nVALMORE, May 3 - Karl Mott visited Valmore last week and held separate meetings with President Tomas Varga and Premier Ivo Lenk but failed to bring them together.")
	if metPair(rec, "Tomas Varga", "Ivo Lenk") {
		t.Errorf("want no meeting of Varga and Lenk: %s", dump(rec))
	}
}
