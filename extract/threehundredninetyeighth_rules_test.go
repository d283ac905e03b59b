package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-ninety-eighth round: held meetings told
// only by their outcome (p2420-p2425: a capital daily on two presidents'
// border accord, an agency on a hill-station summit's accord, an agency
// on a maritime treaty signed by two foreign ministers, a wire on a
// president's talks at a prime minister's residence, an agency on the
// first meeting of two leaders across a strait, an agency on a peace
// declaration signed by two neighbours' leaders); each rule with
// sentences of its own.

// heldMeeting398 is the held meeting of rec with both a and b, or nil.
func heldMeeting398(rec graph.Record, a, b string) *graph.Meeting {
	for i, m := range rec.Meetings {
		if m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return &rec.Meetings[i]
		}
	}
	return nil
}

// "A and B agreed yesterday at P to ..." is their encounter at P
// (meeting.agreedAt; p2420, p1321, p104): two people who came to an
// agreement at a named place were there together. Without a place, or
// with one agreeing alone, "agreed" stays no meeting.
func TestAgreedAtPlace(t *testing.T) {
	lead := "Border accord\nFresh steps on the frontier were announced on Saturday.\n"
	for _, s := range []string{
		"Presidents Tomas Varga and Elena Morosi agreed yesterday at the Belem Palace in Lisbon to settle their frontier dispute.",
		"The Chancellor, Dr Tomas Varga, and the Prime Minister, Mrs Elena Morosi, agreed at Lisbon late last night to open a joint commission.",
	} {
		rec := corefRecord(t, lead+s)
		m := heldMeeting398(rec, "Tomas Varga", "Elena Morosi")
		if m == nil || m.Place != "Lisbon" {
			t.Errorf("%q: want Varga and Morosi met in Lisbon: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Presidents Tomas Varga and Elena Morosi agreed yesterday to settle their frontier dispute.",
		"President Tomas Varga agreed in Lisbon to settle the frontier dispute with Elena Morosi's government.",
	} {
		rec := corefRecord(t, lead+s)
		if heldMeeting398(rec, "Tomas Varga", "Elena Morosi") != nil {
			t.Errorf("%q: want no meeting of Varga and Morosi: %s", s, dump(rec))
		}
	}
}

// "A emerged from talks with B late Saturday" tells talks held, with
// their day (meeting.emergedFromTalks; p2423): one comes out of talks
// that took place. "withdrew from talks with B" tells none.
func TestEmergedFromTalks(t *testing.T) {
	lead := "Talks end\nLISBON (AP) -- "
	for _, s := range []string{
		"Foreign Minister Anton Derlev emerged from talks with Prime Minister Maria Solvik at her residence late Saturday with a promise of aid.",
		"Anton Derlev emerged from his talks with Maria Solvik in Lisbon on Saturday.",
	} {
		rec := corefRecord(t, lead+s)
		m := heldMeeting398(rec, "Anton Derlev", "Maria Solvik")
		if m == nil || m.Date != "2025-05-03" {
			t.Errorf("%q: want Derlev and Solvik met on 2025-05-03: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Anton Derlev withdrew from talks with Maria Solvik on Saturday.")
	if heldMeeting398(rec, "Anton Derlev", "Maria Solvik") != nil {
		t.Errorf("withdrew: want no meeting: %s", dump(rec))
	}
}

// "before" with onlookers after it, "shook hands before a crowd of
// photographers at the hotel in P on Saturday afternoon", is "in front
// of", no clause of an earlier time (text.audienceBefore; p2424): the
// day told after the onlookers is the handshake's.
func TestAudienceBeforeKeepsClause(t *testing.T) {
	lead := "Leaders meet\nMONTEVIDEO, May 4 - "
	s := "President Anton Derlev and Premier Maria Solvik shook hands before a crowd of photographers at the Grand Hotel in Montevideo on Saturday afternoon."
	rec := corefRecord(t, lead+s)
	m := heldMeeting398(rec, "Anton Derlev", "Maria Solvik")
	if m == nil || m.Date != "2025-05-03" {
		t.Errorf("%q: want Derlev and Solvik met on 2025-05-03: %s", s, dump(rec))
	}
}
