package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-forty-fifth round: an untargeted batch
// (p2702-p2707: a 1960s New York broadsheet on a governor's mission to
// Bogota, a 1970s broadsheet on a secretary of state's talks in Kingston,
// a 1980s Caribbean agency on an emergency regional summit, a 1990s Miami
// paper on a presidential summit in Bridgetown, a 2010s Guyanese daily on
// a border meeting before the UN chief, a 2000s Canadian wire on a prime
// minister's talks in Bogota); each rule with sentences of its own.

// "joined the latter half of the meeting", "took part in a later part
// of the talks": an attendance word governing a share of the sitting told
// before, past nearNoun's five words (portionOfSitting; p2702, p2644).
// The negative case: "joined a second round of the talks" is no share.
func TestPortionOfSittingJoinsTheMeeting(t *testing.T) {
	lead := "Ministers confer\nPrime Minister Jan Kowal met President Tomas Berg in Lima on Monday.\n"
	for _, line := range []string{
		"Foreign Minister Piotr Zielinski joined the latter half of the meeting late in the day.",
		"Foreign Minister Ola Nowak and Trade Minister Piotr Zielinski took part in the closing part of the talks.",
		"Trade Minister Piotr Zielinski sat in on the last portion of the session.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Piotr Zielinski") {
			t.Errorf("%q: want Zielinski at the Kowal-Berg meeting: %s", line, dump(rec))
		}
	}
	toks := fourhundredfortyfifthToks("Piotr Zielinski joined a second round of the talks.")
	if portionOfSitting(toks, 2) {
		t.Errorf("a second round of the talks read as a share of the sitting")
	}
}

// fourhundredfortyfifthToks: the tokens of one sentence.
func fourhundredfortyfifthToks(s string) []text.Token {
	return text.Tokenize(s)
}

// "A and B sat in on the meeting": those who sit in join the meeting told
// before, seated (no side of its talks), not a meeting of their own
// sentence (p2707, p885).
func TestSittersJoinTheMeetingToldBefore(t *testing.T) {
	rec := corefRecord(t, "Ministers confer\nPrime Minister Jan Kowal of Chile met President Tomas Berg of Peru in Lima on Monday for talks on the border dispute.\n"+
		"Trade Minister Ola Nowak and Foreign Minister Piotr Zielinski sat in on the meeting.")
	if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Ola Nowak", "Piotr Zielinski") {
		t.Errorf("want the sitters at the Kowal-Berg meeting: %s", dump(rec))
	}
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && !slices.Contains(m.Participants, "Jan Kowal") {
			t.Errorf("a meeting of the sitters' own: %v", m.Participants)
		}
	}
	if len(rec.Negotiations) == 0 {
		t.Errorf("the sitters took the sides of the talks away: %s", dump(rec))
	}
}
