package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-twenty-sixth round: meetings told from one
// side's readout (p1988-p1993: a 1989 Holy See bulletin on a private
// audience, a 2008 presidential press service on a mediator's courtesy
// calls, a 2012 national news bureau on a royal audience and talks, a
// 2014 ministry readout on a minister hosting her counterpart, a 2014
// state agency on a sultan's audience, a 1972 state agency on a
// chairman's reception); each rule with sentences of its own.

// An official readout styles the object of a reception with its
// honorifics and their periods — "received in audience at X Palace
// yesterday evening His Excellency Dr. Y", "hosted her Chinese
// counterpart, H.E. Mr. Y, Minister of ..." — and the object is still the
// person named after them (args.ObjectAfterAdjuncts, DescribedObject;
// p1991, p1992).
func TestReadoutHonorificBeforeObject(t *testing.T) {
	pub := time.Date(2015, 4, 9, 0, 0, 0, 0, time.UTC)
	rec := recordAt(t, "Sultan receives visitor\n\nMUSCAT, April 9 (Agency) - Sultan Karim bin Tariq received in audience at Qasr Noor Palace yesterday evening His Excellency Dr. Farid Nasser, President of Iran, who is on a state visit.\n", pub)
	if meetingWith(rec, "Karim bin Tariq", "Farid Nasser") == nil {
		t.Errorf("want the audience of Karim bin Tariq with Farid Nasser: %s", dump(rec))
	}
	rec = recordAt(t, "Ministers hold talks\n\nNEW DELHI, April 9 - External Affairs Minister Anita Kumar hosted her Chinese counterpart, H.E. Mr. Zhao Lin, Minister of Foreign Affairs of China, at Lotus House today.\n", pub)
	if meetingWith(rec, "Anita Kumar", "Zhao Lin") == nil {
		t.Errorf("want Anita Kumar's meeting with Zhao Lin: %s", dump(rec))
	}
	// A thing received after the adjuncts is still no one met.
	rec = recordAt(t, "Sultan receives letter\n\nMUSCAT, April 9 (Agency) - Sultan Karim bin Tariq received at Qasr Noor Palace yesterday a letter from Dr. Farid Nasser, President of Iran.\n", pub)
	if meetingWith(rec, "Karim bin Tariq", "Farid Nasser") != nil {
		t.Errorf("a letter received is no meeting: %s", dump(rec))
	}
}

// A state agency closes a reception with who else was there: "Present on
// the occasion were A and B" — the occasion is the reception just told
// (roster.invertedPresence, lexicon presenceOccasions; p1993, and the
// shape of p1674).
func TestPresentOnTheOccasion(t *testing.T) {
	pub := time.Date(1975, 3, 4, 0, 0, 0, 0, time.UTC)
	rec := recordAt(t, "Chairman receives guests\n\nPEKING, March 4 (Agency) - Chairman Wang Fu this evening met with Prime Minister Taro Kato of Japan in his study and had a friendly conversation with him. Present on the occasion were Premier Li Bo and Foreign Minister Zhang Min.\n", pub)
	for _, p := range []string{"Li Bo", "Zhang Min"} {
		if meetingWith(rec, "Wang Fu", p) == nil {
			t.Errorf("want %s at Wang Fu's meeting: %s", p, dump(rec))
		}
	}
}
