package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-seventieth round: meetings told in the
// passive or with the meeting as subject (p2252-p2257: "the talks were
// attended by A and B", "A was received by B", "the meeting, chaired by
// A, brought together B and C", "A will be joined by B"); each rule with
// sentences of its own.

// plannedWith: a meeting of the record that holds both a and b and is not
// held.
func plannedWith(rec graph.Record, a, b string) bool {
	for _, m := range rec.Meetings {
		if m.Status != graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return true
		}
	}
	return false
}

// A purpose infinitive ("to discuss") whose governing verb is a modal
// future further back than six words — past a passive's list of agents or
// a trip's destination and day — serves an act still to come: the meeting
// is planned and its weekday resolves forward (modalPurpose,
// meeting/when.go; p2254, p2094). The negative case: a modal inside a
// relative clause is that clause's, and the trip told in the past stays
// held.
func TestModalPurposePlanned(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE (Agency) - On Wednesday, the ministers will be joined by Tomas Varga, by Ivo Lenk and by envoys of the four northern states, to discuss the border.")
	if metPair(rec, "Tomas Varga", "Ivo Lenk") || !plannedWith(rec, "Tomas Varga", "Ivo Lenk") {
		t.Errorf("want the joined session planned, not held: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nVALMORE (Agency) - Ana Rook will travel to Kessin on Friday to discuss the border with Tomas Varga.")
	if metPair(rec, "Ana Rook", "Tomas Varga") || !plannedWith(rec, "Ana Rook", "Tomas Varga") {
		t.Errorf("want the trip's talks planned, not held: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nVALMORE (Agency) - Ana Rook, who will retire in June, flew to Kessin on Friday to discuss the border with Tomas Varga.")
	if !metPair(rec, "Ana Rook", "Tomas Varga") {
		t.Errorf("want the talks of a past trip held: %s", dump(rec))
	}
}
