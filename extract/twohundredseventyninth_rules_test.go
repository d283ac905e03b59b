package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-seventy-ninth round: phone-call readouts and
// second-language agencies (p1706-p1711: a presidency's call readout, an
// agency on a leaders' call, a press office's call readout, an agency on a
// new president's calls, an agency on a call that reopened relations, a
// wire on a call over a siege); each rule with sentences of its own.

// "A spoke by phone with B, who was in X. The two presidents discussed
// Y": the readout goes on telling the call it opened with, and the pair's
// "discussed" is that call, no meeting in person in X (callContinued,
// meeting callsequel.go; p1708, p1593, p599, p59, p978). "The two
// presidents met in X last month" is a meeting of its own.
func TestCallReadoutPairDiscussedIsTheCall(t *testing.T) {
	lead := "Readout of the call\n\nThis afternoon, President Ana Lind of Togo spoke by phone with President Kofi Mensah of Ghana, who was in Geneva for a conference. "
	for _, s := range []string{
		"The two presidents discussed the dispute over the border crossings.",
		"It was the first call between the two leaders since the elections. The two presidents discussed the dispute over the border crossings.",
	} {
		held := heldAt(t, lead+s, corefPub)
		if len(held) != 1 || held[0].Mode != graph.Call || held[0].Place != "" {
			t.Errorf("%q: held %+v, want the one call, with no place", s, held)
		}
	}
	held := heldAt(t, lead+"The two presidents met in Accra last month.", corefPub)
	inPerson := 0
	for _, m := range held {
		if m.Mode == graph.InPerson {
			inPerson++
		}
	}
	if inPerson != 1 {
		t.Errorf("held %+v, want the meeting in Accra kept beside the call", held)
	}
}

// "The accord was the fruit of talks held between the two states' delegates,
// and it was possible thanks to X": the
// talks noun's own verb is sought only up to a clause coordinated after
// a comma (clauseCoordinated, meeting coordinatedclause.go; p1710), so
// the later clause's "was possible" does not make the talks ones to come.
// "A meeting between A and B is expected" stays planned.
func TestCoordinatedClauseVerbNotTheTalks(t *testing.T) {
	lead := "Ties restored\n\nACCRA, May 6 (Wire) President Kofi Mensah of Ghana announced today that Ghana and Togo will restore diplomatic relations. "
	for _, s := range []string{
		"The accord was the fruit of talks held between delegates of the two states across the past year, and it was possible thanks to Benin.",
		"The accord was the fruit of talks held between delegates of the two states across the past year, and, as the minister put it, it was possible thanks to Benin.",
	} {
		if held := heldAt(t, lead+s, corefPub); len(held) != 1 {
			t.Errorf("%q: held %+v, want the talks between the two governments", s, held)
		}
	}
	s := "A meeting between delegates of the two states is expected in Lome next month."
	if held := heldAt(t, lead+s, corefPub); len(held) != 0 {
		t.Errorf("%q: held %+v, want none", s, held)
	}
}
