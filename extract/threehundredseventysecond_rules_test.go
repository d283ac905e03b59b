package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-seventy-second round: a host who receives
// several delegations or their heads (p2264-p2269); each rule with
// sentences of its own.

// pairPlace372: the place of the record's first meeting that holds both a
// and b, "" when none does.
func pairPlace372(rec graph.Record, a, b string) string {
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m.Place
		}
	}
	return ""
}

// A bare title after the "by" of a passive reception, past how the guests
// were received ("were received together by the President"), names the
// host the story gave that post, as right after the verb
// (receivedPastManner, actors/positions.go; p2265). The negative case: a
// bare title after "by" that follows no reception verb stays nobody.
func TestReceivedTogetherByTitle(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE, Friday - The Marland President, Ivo Lenk, opened the conference this morning.\n\nMr Tomas Varga of Kessin and Mr Ana Rook of Dorval were received together by the President.")
	if !metPair(rec, "Ivo Lenk", "Tomas Varga") || !metPair(rec, "Ivo Lenk", "Ana Rook") {
		t.Errorf("want the President, received together, met both guests: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nVALMORE, Friday - The Marland President, Ivo Lenk, opened the conference this morning.\n\nMr Tomas Varga of Kessin and Mr Ana Rook of Dorval met, as requested together by the President.")
	if metPair(rec, "Ivo Lenk", "Tomas Varga") {
		t.Errorf("want no meeting of the President from a request: %s", dump(rec))
	}
}

// A dateline whose state AP abbreviates as a capital and a short word,
// each with its period ("TOWN, W.Va. (AP) -"), names the town the story's
// meetings are held in (stateAbbreviation, mention/dateline.go; p698,
// p2267).
func TestDatelineTwoPartStateAbbreviation(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nHARPERS FERRY, W.Va. (AP) - Tomas Varga met Ivo Lenk on Monday at a lodge in the hills.")
	if got := pairPlace372(rec, "Tomas Varga", "Ivo Lenk"); got != "Harpers Ferry" {
		t.Errorf("want the meeting at Harpers Ferry, got %q: %s", got, dump(rec))
	}
}
