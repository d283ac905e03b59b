package extract

import "testing"

// Issue 14's five-hundred-and-fifty-first round: a targeted batch
// (p3338-p3343: wire copy, agencies and broadsheets, 1983-2017, on envoys'
// and ministers' calls told by "had seen X", "called on", "sat down with",
// "conferred with", "was closeted with", "received in audience", beside
// send-offs and sightings that are none); each rule with sentences of its
// own.

// "had seen X in P on D" tells an earlier meeting in the pluperfect
// (perfectSeen; p3338, p3340, p3342, p3324, p425): the subject met X.
// The negative cases: "had seen the need for" names no one, and "was
// seen leaving the palace" is a sighting, not a meeting.
func TestHadSeenPersonIsMeeting(t *testing.T) {
	text := "Envoy in Colombo\nCOLOMBO, March 3. The envoy, Ravi Malhan, arrived on Wednesday from Madras, where he had seen opposition leader Kumar Selvanathan on Monday."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Ravi Malhan", "Kumar Selvanathan") {
		t.Errorf("want the envoy's earlier meeting, got %s", dump(rec))
	}
	// The perfect is a verb for the conjuncts too: the call told after
	// "and had spoken with" stays a second encounter (p3339).
	text = "Envoy in Colombo\nCOLOMBO, March 3. Foreign Minister Ravi Malhan had seen President Anil Varma on Saturday and had spoken with Premier Joan Tresk by telephone on Tuesday."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Ravi Malhan", "Anil Varma") || !heldAll(rec, "Ravi Malhan", "Joan Tresk") {
		t.Errorf("want both encounters, got %s", dump(rec))
	}
	text = "Envoy in Colombo\nCOLOMBO, March 3. Foreign Minister Ravi Malhan said he had seen the need for talks with Kumar Selvanathan's party."
	rec = corefRecord(t, text)
	if heldAll(rec, "Ravi Malhan", "Kumar Selvanathan") {
		t.Errorf("a need seen read as a meeting, got %s", dump(rec))
	}
	text = "Envoy in Colombo\nCOLOMBO, March 3. Foreign Minister Ravi Malhan was seen leaving the residence of Kumar Selvanathan's brother on Monday."
	rec = corefRecord(t, text)
	if heldAll(rec, "Ravi Malhan", "Kumar Selvanathan") {
		t.Errorf("a sighting read as a meeting, got %s", dump(rec))
	}
	// Told apart, the people seen never met each other: "A and B in their
	// capitals", "A in P on D, and B there the next day" (SeenApart; p604,
	// p3324).
	text = "Envoy in Colombo\nCOLOMBO, March 3. Foreign Minister Ravi Malhan had seen President Anil Varma and Premier Joan Tresk in their capitals last week."
	rec = corefRecord(t, text)
	if heldAll(rec, "Anil Varma", "Joan Tresk") {
		t.Errorf("two people seen apart joined, got %s", dump(rec))
	}
	text = "Envoy in Colombo\nCOLOMBO, March 3. Foreign Minister Ravi Malhan had seen President Anil Varma in Delhi on Monday, and Premier Joan Tresk there the next day."
	rec = corefRecord(t, text)
	if heldAll(rec, "Anil Varma", "Joan Tresk") {
		t.Errorf("two people seen apart joined, got %s", dump(rec))
	}
}
