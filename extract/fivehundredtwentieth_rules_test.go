package extract

import "testing"

// Issue 14's five-hundred-and-twentieth round: an untargeted batch
// (p3152-p3157: francophone African agencies' English services on Central
// African and Great Lakes mediation, 2001-2017 — a pan-African agency on a
// Burundian ceasefire protocol in Dar es Salaam and on a Chadian accord in
// Tripoli, a Brazzaville agency on a Central African forum, a Congolese
// agency on a ceasefire in the Pool, and a Kinshasa agency on a Lusaka
// summit and on an accord signed in Pretoria); each rule with sentences of
// its own.

// "under the joint facilitation of the envoy, A, and of President B", "with
// the mediation of the presidents of X, A, and of Y, B": a mediation noun's
// "of" phrase coordinated by "and of" names a second broker, who brokers as
// the first does (ofConjunctBrokers; p3157, p685). The negative case: an
// "and of" that leaves the mediation phrase for the talks' topic ("and of
// the border") adds no broker.
func TestMediationOfAndOfBrokers(t *testing.T) {
	const lead = "Accord reached\nLIMA, May 6 - Peru and the Andean Front signed an accord on Monday"
	for _, c := range []struct{ line, first, second string }{
		{" under the joint facilitation of the Andean envoy, Tomas Berg, and of Chilean President Jan Kowal.", "Tomas Berg", "Jan Kowal"},
		{" with the mediation of the presidents of Chile, Tomas Berg, and of Bolivia, Jan Kowal.", "Tomas Berg", "Jan Kowal"},
	} {
		rec := corefRecord(t, lead+c.line)
		if !hasMediator(rec, c.first) || !hasMediator(rec, c.second) {
			t.Errorf("%q: want %s and %s brokering: %s", c.line, c.first, c.second, dump(rec))
		}
	}
	line := " under the facilitation of Chilean President Jan Kowal, and of the talks on trade and of Bolivia's claims, Tomas Berg spoke later."
	rec := corefRecord(t, lead+line)
	if hasMediator(rec, "Tomas Berg") {
		t.Errorf("%q: a name past the topic brokered: %s", line, dump(rec))
	}
}
