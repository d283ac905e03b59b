package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-ninety-third round: parties of negotiations
// told as groups or by their negotiators (p2390-p2395: a wire on two armed
// sides' delegations in a Gulf port, an agency on rebel and government
// panels in a neighbour's capital, an agency on a guerrilla group's talks
// under guarantor countries, an old broadsheet on a pit dispute under a
// conciliation service, an agency on a mediator between a junta and an
// opposition alliance, an old broadsheet on two delegations at a lakeside
// spa); each rule with sentences of its own.

// heldPair393: rec holds a held meeting with both a and b.
func heldPair393(rec graph.Record, a, b string) bool {
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return true
		}
	}
	return false
}

// A side told by its body before its name, "A and the delegation of the
// B Front met", is the pair's second side (args.afterBodyOf; p2395's
// shape): the body's "of the" put the name beyond the pair's reach and
// the meeting had one side. The body's own side first ("the Peruvian
// delegation and the delegation of the B") and a plain "A and the B"
// stay as they were.
func TestBodyOfSecondSide(t *testing.T) {
	lead := "Talks in Quito\nQUITO, May 4 - A new round of peace talks opened.\n"
	for _, s := range []string{
		"Peru and the delegation of the Sierra Liberation Front met in Quito on Friday for talks on a ceasefire.",
		"The Peruvian delegation and the delegation of the Sierra Liberation Front met in Quito on Friday.",
		"Peru and the negotiators of the Sierra Liberation Front held talks in Quito on Friday.",
		"Peru and the Sierra Liberation Front met in Quito on Friday.",
	} {
		rec := corefRecord(t, lead+s)
		if !heldPair393(rec, "Peru", "Sierra Liberation Front") {
			t.Errorf("%q: want Peru and the front met: %s", s, dump(rec))
		}
	}
}
