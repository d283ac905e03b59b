package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-seventy-ninth round: held and planned
// meetings coordinated in one sentence (p2306-p2311: a wire on a U.S.
// envoy's Belgrade talks, a news agency on a premier's South Asian tour,
// an old broadsheet on a shuttle at Aswan, a Nairobi daily on a mediated
// handshake, a wire on an envoy's New York talks, an old broadsheet on a
// visit to a country house); each rule with sentences of its own.

// bothMeeting379 is the first meeting of rec holding both a and b, with
// whether there is one.
func bothMeeting379(rec graph.Record, a, b string) (graph.Meeting, bool) {
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m, true
		}
	}
	return graph.Meeting{}, false
}

// A past "was" or "were" after "and" opens the subject's later act, as
// "will" does (lexicon "conjunctModals"; p2306): "held talks with B on
// Monday and was due to travel on to X" is a meeting held, the
// plans in the conjunct are the trip's. The negative case: "was due to
// meet B" before any past predicate stays planned.
func TestPastModalConjunctKeepsHeld(t *testing.T) {
	lead := "Envoy in Valdora\nVALDORA, March 6 - Arland pressed Borvia again this week.\n"
	for _, v := range []string{"was due to fly", "was expected to fly", "was scheduled to fly"} {
		rec := corefRecord(t, lead+"Envoy Tomas Vidal held five hours of talks with President Lars Eklund late on Monday and "+v+" on to Geneva on Wednesday to brief the allies, officials said.")
		m, ok := bothMeeting379(rec, "Tomas Vidal", "Lars Eklund")
		if !ok || m.Status != graph.Held {
			t.Errorf("%q: want Vidal and Eklund met: %s", v, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Envoy Tomas Vidal was due to meet President Lars Eklund on Friday, officials said.")
	if m, ok := bothMeeting379(rec, "Tomas Vidal", "Lars Eklund"); !ok || m.Status != graph.Planned {
		t.Errorf("want a planned meeting: %s", dump(rec))
	}
}

// An encounter split off by its own time after "and" and a modal is the
// subject's later act, planned, in the city its conjunct names
// (modalConjunct, meeting/distribute.go; p2308): "spent three hours with
// B today and will fly to X tomorrow to see C" holds the meeting with B
// and plans the one with C. The negative cases: "met B on Monday and C
// on Tuesday" holds both.
func TestModalConjunctSplitIsPlanned(t *testing.T) {
	lead := "Talks in Valdora\nVALDORA, March 4 - Arland and Borvia edged closer to a truce.\n"
	for _, v := range []string{"will fly to Geneva tomorrow to see", "will travel to Geneva tomorrow to see"} {
		rec := corefRecord(t, lead+"Foreign Minister Tomas Vidal spent three hours with President Lars Eklund at his residence here today and "+v+" Mrs Anna Rossi.")
		if m, ok := bothMeeting379(rec, "Tomas Vidal", "Lars Eklund"); !ok || m.Status != graph.Held || slices.Contains(m.Participants, "Anna Rossi") {
			t.Errorf("%q: want Vidal and Eklund met alone: %s", v, dump(rec))
		}
		if m, ok := bothMeeting379(rec, "Tomas Vidal", "Anna Rossi"); !ok || m.Status != graph.Planned || m.Place != "Geneva" {
			t.Errorf("%q: want Vidal to see Rossi in Geneva: %s", v, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Foreign Minister Tomas Vidal met President Lars Eklund on Monday and Mrs Anna Rossi on Tuesday.")
	if !metPair(rec, "Tomas Vidal", "Lars Eklund") || !metPair(rec, "Tomas Vidal", "Anna Rossi") {
		t.Errorf("want both meetings held: %s", dump(rec))
	}
}
