package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-eighty-first round: a stranger's batch
// (p2318-p2323: a wire on informal Cambodian talks, a Portuguese agency on
// an Angolan signing, an old Indian broadsheet on a summit in the hills, a
// wire on an Aceh signing, a Central Asian agency on Syrian talks, a
// Spanish agency on a border peace); each rule with sentences of its own.

// placeOf381 is the place of the first meeting of rec holding both a and
// b, with whether there is one.
func placeOf381(rec graph.Record, a, b string) (string, bool) {
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m.Place, true
		}
	}
	return "", false
}

// A city after "the government in" (or "regime", "authorities") names the
// rulers who sit there, not where a meeting was (governmentSeat,
// meeting/when.go; p2318, p2079, p1375): in the lead, the story stays
// under its dateline; later, the meeting takes the dateline's city.
// The negative cases: "met in X" still places the meeting in X, and the
// dateline's own city after "government in" stays the place.
func TestGovernmentSeatIsNoPlace(t *testing.T) {
	rec := corefRecord(t, "Rivals meet\nGENEVA, March 4 - Lars Eklund, prime minister of the government in Lisbon, and rebel chief Tomas Vidal faced each other across a table on Monday in a villa by the lake.\n")
	if p, ok := placeOf381(rec, "Lars Eklund", "Tomas Vidal"); !ok || p != "Geneva" {
		t.Errorf("lead: want Eklund and Vidal met in Geneva: %s", dump(rec))
	}
	rec = corefRecord(t, "Envoy's week\nGENEVA, March 4 - Arland pressed Borvia again this week.\nEnvoy Tomas Vidal met rebel chief Lars Eklund on Monday and urged him to talk to the regime in Lisbon.\n")
	if p, ok := placeOf381(rec, "Lars Eklund", "Tomas Vidal"); !ok || p != "Geneva" {
		t.Errorf("later: want Eklund and Vidal met in Geneva: %s", dump(rec))
	}
	rec = corefRecord(t, "Envoy's week\nGENEVA, March 4 - Arland pressed Borvia again this week.\nEnvoy Tomas Vidal met rebel chief Lars Eklund in Lisbon on Monday.\n")
	if p, ok := placeOf381(rec, "Lars Eklund", "Tomas Vidal"); !ok || p != "Lisbon" {
		t.Errorf("met in: want Lisbon: %s", dump(rec))
	}
}
