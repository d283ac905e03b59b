package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-ninety-fifth round: participants listed after
// the meeting sentence (p2402-p2407: an agency on a premier's talks with a
// neighbour's head of government, a state agency on two foreign ministers'
// talks, an agency on a multi-party meeting with guarantor states, an old
// broadsheet on two prime ministers' talks, a daily on a mediated opening
// round between two parties, a wire on a regional summit); each rule with
// sentences of its own.

// heldPair395: rec holds a held meeting with both a and b.
func heldPair395(rec graph.Record, a, b string) bool {
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return true
		}
	}
	return false
}

// A same-day dispatch lists those at the sitting in the present tense,
// "Taking part are A and B", "Taking part on the X side are A and B"
// (listCopula; p1825's and p2403's shape): the list joins the talks told
// before, as its past-tense form does.
func TestPresentTenseTakingPart(t *testing.T) {
	lead := "Talks open in Lisbon\nLISBON, March 3 - Talks between Foreign Minister Arno Velten of Ostria and Foreign Minister Pavel Drumov of Varnia opened in Lisbon today.\n"
	for _, s := range []string{
		"Taking part on the Varnian side are Deputy Minister Ilya Sorokov and Ambassador Teodor Minkov.",
		"Taking part are Deputy Minister Ilya Sorokov and Ambassador Teodor Minkov.",
		"Taking part in the talks are Deputy Minister Ilya Sorokov and Ambassador Teodor Minkov.",
	} {
		rec := corefRecord(t, lead+s)
		if !heldPair395(rec, "Arno Velten", "Ilya Sorokov") || !heldPair395(rec, "Pavel Drumov", "Teodor Minkov") {
			t.Errorf("%q: want the listed people at the talks: %s", s, dump(rec))
		}
	}
}

// A clause after a semicolon opens an inverted list as a sentence does:
// "The X delegation is headed by A; with him are B and C" (p2403's shape)
// puts B and C at the talks told before, with A's counterpart.
func TestSemicolonWithHimList(t *testing.T) {
	lead := "Talks open in Lisbon\nLISBON, March 3 - Talks between Foreign Minister Arno Velten of Ostria and Foreign Minister Pavel Drumov of Varnia opened in Lisbon today.\n"
	for _, s := range []string{
		"The Ostrian delegation is headed by Arno Velten; with him are State Secretary Karl Imhof and Ambassador Lena Brauch.",
		"The Ostrian delegation was headed by Arno Velten; with him were State Secretary Karl Imhof and Ambassador Lena Brauch.",
	} {
		rec := corefRecord(t, lead+s)
		if !heldPair395(rec, "Pavel Drumov", "Karl Imhof") || !heldPair395(rec, "Pavel Drumov", "Lena Brauch") {
			t.Errorf("%q: want the companions at the talks: %s", s, dump(rec))
		}
	}
}
