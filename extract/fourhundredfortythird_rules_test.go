package extract

import "testing"

// Issue 14's four-hundred-and-forty-third round: attendees told after the
// meeting sentence, who sat at the meeting just told rather than at one
// of their own (p2690-p2695: a 1985 wire on two prime ministers' talks, a
// 1998 agency readout of two presidents' talks, a 1974 wire and a 1990
// agency on state visits, a 1985 agency on accords signed at talks, a
// 1976 agency readout of a chancellor received by a party leader); the
// rule with sentences of its own.

// "A and B took part in the later part": a stretch of the
// sitting ("part", "half", "stage"; lexicon sittingPortions) names the
// talks just told, so the two sat at them, where and when they were held
// (p2693, p2644). The round's own predicate for it repeated round 445's
// portionOfSitting, merged the same hour; at the merge the lead kept
// that one, with this round's "stage" and "phase". "an early stage of the festival"
// names no talks.
func TestPartOfTheTalksJoinsTheMeeting(t *testing.T) {
	for _, c := range []string{
		"Leaders confer\n\nLARNOVA, May 4 (Reuters) - President Tomas Verdal held talks in Larnova today with Prime Minister Piet Hasko. Foreign Minister Marc Doulan and Finance Minister Ilse Brandt participated in the later phase of the talks on trade.\n",
		"Leaders confer\n\nLARNOVA, May 4 (Reuters) - President Tomas Verdal held talks in Larnova today with Prime Minister Piet Hasko. Foreign Minister Marc Doulan and Finance Minister Ilse Brandt took part in the final stage of the talks.\n",
	} {
		rec := corefRecord(t, c)
		m := meetingWith(rec, "Tomas Verdal", "Marc Doulan")
		if m == nil || meetingWith(rec, "Piet Hasko", "Ilse Brandt") == nil || m.Place != "Larnova" {
			t.Errorf("%q: want the two ministers at the Larnova talks: %s", c, dump(rec))
		}
	}
	rec := corefRecord(t, "Leaders confer\n\nLARNOVA, May 4 (Reuters) - President Tomas Verdal held talks in Larnova today with Prime Minister Piet Hasko. Marc Doulan and Ilse Brandt took part in an early stage of the festival.\n")
	if meetingWith(rec, "Tomas Verdal", "Marc Doulan") != nil {
		t.Errorf("a festival: want no seat at the talks: %s", dump(rec))
	}
}
