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
