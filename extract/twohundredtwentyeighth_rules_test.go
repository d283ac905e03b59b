package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-twenty-eighth round: a stranger's batch
// (p1400-p1405: a 1960s wire on a UN mediator seeing two envoys in turn,
// an old broadsheet on a prisoners' accord signed in Delhi, a news
// agency's Kremlin signing on a breakaway region, a local paper on a
// priest's go-between talks at a state house, a wire on an EU-brokered
// party deal, a 1950s envoy's calls in Beirut); each rule with sentences
// of its own.

// A person after "sent by" or "dispatched by" sent the participants and
// is not one of them (senderAgent, args/participants.go; lexicon
// "senderVerbs"; p1403): "met two envoys sent by President X" pairs the
// host with the envoys, never with X, titles and demonyms between "by"
// and the name included. The negative cases: the sender who meets in a
// sentence of his own still meets, and "welcomed by X" (a host's
// passive, not a sender's) keeps X.
func TestSenderAfterSentByIsNoParticipant(t *testing.T) {
	lead := "Envoys in Valdora\nPresident Tomas Vidal of Arland faced growing pressure at home this week.\n"
	for _, c := range []string{
		lead + "On Thursday, President Vidal met at the palace two envoys sent by Borvian President Lars Eklund, Defence Minister Anna Rossi and Security Minister Piet Haas.",
		lead + "President Vidal received Defence Minister Anna Rossi and Security Minister Piet Haas, dispatched by President Lars Eklund, on Thursday.",
	} {
		rec := corefRecord(t, c)
		if !metPair(rec, "Tomas Vidal", "Anna Rossi") {
			t.Errorf("%q: want Vidal and Rossi met: %s", c, dump(rec))
		}
		if metPair(rec, "Tomas Vidal", "Lars Eklund") || metPair(rec, "Anna Rossi", "Lars Eklund") {
			t.Errorf("%q: want Eklund in no meeting: %s", c, dump(rec))
		}
	}
	for _, c := range []string{
		lead + "President Vidal met Borvian President Lars Eklund in Valdora on Thursday.",
		lead + "Defence Minister Anna Rossi was welcomed by President Lars Eklund in Valdora on Thursday.",
	} {
		rec := corefRecord(t, c)
		if !metPair(rec, "Tomas Vidal", "Lars Eklund") && !metPair(rec, "Anna Rossi", "Lars Eklund") {
			t.Errorf("%q: want Eklund in a meeting: %s", c, dump(rec))
		}
	}
}

// A trip told in the pluperfect or perfect is a trip made, as one in the
// simple past is (perfectArrival, meeting/when.go; lexicon
// "arrivalParticiples", "perfectModals"; p1401): "had flown to X earlier
// this month for consultations with Y" is a meeting held in X. The
// negative case: "would have flown to X for consultations with Y" tells
// a trip not made, so no meeting is held in X.
func TestPerfectTripPurposeMeetingHeld(t *testing.T) {
	lead := "Accord signed in Valdora\nVALDORA, Aug. 28 - Arland and Borvia signed a border accord today.\n"
	for _, v := range []string{"had flown", "had travelled", "has flown"} {
		text := lead + "Mr. Tomas Vidal " + v + " to Geneva earlier this month for consultations with the Foreign Minister, Dr. Lars Eklund, before the talks began."
		rec := corefRecord(t, text)
		if !metAt(rec, "Tomas Vidal", "Lars Eklund", "Geneva") {
			t.Errorf("%q: want Vidal and Eklund met in Geneva: %s", text, dump(rec))
		}
	}
	text := lead + "Mr. Tomas Vidal would have flown to Geneva earlier this month for consultations with the Foreign Minister, Dr. Lars Eklund, but the trip was cancelled."
	rec := corefRecord(t, text)
	if metAt(rec, "Tomas Vidal", "Lars Eklund", "Geneva") {
		t.Errorf("%q: want no meeting held in Geneva: %s", text, dump(rec))
	}
}

// metAt: a held meeting of a and b placed at place.
func metAt(rec graph.Record, a, b, place string) bool {
	for _, m := range rec.Meetings {
		if m.Status == "held" && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) && m.Place == place {
			return true
		}
	}
	return false
}
