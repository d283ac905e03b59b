package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-fifty-fifth round: places of meetings
// (p1562-p1567: a news agency on first formal talks at a hill resort
// filed from the capital, an accord signed aboard a navy ship anchored
// off a town, envoys' talks in a capital with an earlier round and a
// visit elsewhere, a truce agreed in a village across a border under a
// "border" dateline, an old broadsheet on a king's mountain palace, a
// wire on generals at a desert airfield); each rule with sentences of
// its own.

// r255PairPlace is the place of the first meeting that pairs a and b, and
// whether there is one.
func r255PairPlace(t *testing.T, text, a, b string) (string, bool) {
	t.Helper()
	rec := hundredeightyfourthRecord(t, text)
	m := meetingWith(rec, a, b)
	if m == nil {
		return "", false
	}
	return m.Place, true
}

// "X visited Y and met Z": the place visited, joined by "and" to the
// meeting, is the meeting's (visitedThenMet, meeting/when.go; lexicon
// "visitedPlaceVerbs"; p1564). The negative cases: a visit told in a
// relative clause with a list of places, and one set apart by a time
// phrase and a comma, do not place a meeting told later elsewhere.
func TestVisitedPlaceThenMet(t *testing.T) {
	for _, c := range []string{
		"Envoy sees minister\nThe groundwork was laid in May, when former envoy Marta Quell visited Lisbon and met Foreign Minister Joao Brandt.",
		"Envoy sees minister\nIn May former envoy Marta Quell toured Lisbon and then met Foreign Minister Joao Brandt.",
	} {
		place, ok := r255PairPlace(t, c, "Marta Quell", "Joao Brandt")
		if !ok || place != "Lisbon" {
			t.Errorf("%q: want the meeting in Lisbon, got %q (found %v)", c, place, ok)
		}
	}
	for _, c := range []string{
		"Envoy sees minister\nMarta Quell, who had visited Lisbon and Madrid, met Foreign Minister Joao Brandt in Oslo on Monday.",
		"Envoy sees minister\nMarta Quell visited Lisbon in March, and on Monday she met Foreign Minister Joao Brandt in Oslo.",
	} {
		place, _ := r255PairPlace(t, c, "Marta Quell", "Joao Brandt")
		if place == "Lisbon" {
			t.Errorf("%q: want no meeting in Lisbon, got %q", c, place)
		}
	}
}
