package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-thirty-seventh round: met-pairs with a
// guest's or host's party told with "accompanied by", "was joined by" or
// "with him were" (p2054-p2059: a 1999 national agency on a declaration
// signed after a bus journey across a border, a 1955 broadsheet on a
// chancellor's first session in a foreign capital, a 2018 national agency
// on a neighbour's delegation received, a 2000 agency on a leader's
// arrival for a first summit, a 1970 broadsheet on the first meeting of
// two heads of government, a 2005 wire on a peace accord signed under a
// facilitator); each rule with sentences of its own.

// "Both men were joined during the session by X", "They were later
// joined for the afternoon session by Y", "A was joined at the table by
// Z": the occasion may stand between the verb of joining and its agent,
// and an adverb of sequence between "were" and the verb; the companions
// still sat at the meeting told before (escortOccasionBy, pluralJoinSubject
// in roster.go; p1589, p298, p1833, p2058).
func TestJoinedWithOccasionBeforeAgent(t *testing.T) {
	pub := time.Date(2011, 5, 4, 0, 0, 0, 0, time.UTC)
	intro := "Leaders meet\n\nVALDORIA, May 3 (Agency) - President Tomas Brenner and Prime Minister Ilse Korvath held talks here on Tuesday on the disputed river islands.\n\n"
	for _, s := range []string{
		"The two men were joined during the session by Anton Reisz, who chairs the river commission.\n",
		"They were later joined for the afternoon session by Anton Reisz, the chief negotiator.\n",
		"Korvath was joined at the table by her Foreign Minister, Anton Reisz.\n",
	} {
		rec := recordAt(t, intro+s, pub)
		if meetingWith(rec, "Tomas Brenner", "Anton Reisz") == nil {
			t.Errorf("%q: want Reisz at the talks with Brenner: %s", s, dump(rec))
		}
	}
	// The negative case: the joining is on a trip, no sitting.
	rec := recordAt(t, intro+"Korvath was joined on the flight home by her daughter, Maria Korvath.\n", pub)
	if meetingWith(rec, "Tomas Brenner", "Maria Korvath") != nil {
		t.Errorf("a flight is no sitting: %s", dump(rec))
	}
}

// "A called on B. He was joined by C and D for the talks": the sentence of
// the joining reads as an encounter of A with C and D alone; it is the
// sitting told before, which C and D joined (joinedOwnSitting in
// roster.go; p2057, p2058, p1833). The negative case: a participle whose
// list runs into the verb of the meeting ("A, flanked by C, met B") is
// the sentence's own meeting, left as it is.
func TestJoinedCompanionsSitAtTheMeetingBefore(t *testing.T) {
	pub := time.Date(2011, 5, 4, 0, 0, 0, 0, time.UTC)
	intro := "Leaders meet\n\nVALDORIA, May 3 (Agency) - President Tomas Brenner arrived in Valdoria on Tuesday for talks on the disputed river islands.\n\nIn the afternoon Brenner called on Prime Minister Ilse Korvath at the Assembly Hall.\n\n"
	rec := recordAt(t, intro+"He was joined by Foreign Minister Anton Reisz and Defence Minister Paul Hadek for the talks, which lasted some ninety minutes.\n", pub)
	m := meetingWith(rec, "Ilse Korvath", "Anton Reisz")
	if m == nil || meetingWith(rec, "Ilse Korvath", "Paul Hadek") == nil {
		t.Fatalf("want Reisz and Hadek at the talks with Korvath: %s", dump(rec))
	}
	n := 0
	for _, mt := range rec.Meetings {
		if mt.Status == "held" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one held meeting, got %d: %s", n, dump(rec))
	}
	rec = recordAt(t, "Leaders meet\n\nVALDORIA, May 3 (Agency) - Brenner, flanked by Anton Reisz and Paul Hadek, met Prime Minister Ilse Korvath here on Tuesday.\n", pub)
	if meetingWith(rec, "Ilse Korvath", "Anton Reisz") == nil {
		t.Errorf("want the participle's meeting kept: %s", dump(rec))
	}
}
