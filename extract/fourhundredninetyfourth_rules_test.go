package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-ninety-fourth round: an untargeted batch
// (p2996-p3001: cross-strait talks, state visits and mediation in Chinese
// and Taiwanese outlets in English, 1994-2019 — a Taiwanese agency on the
// heads of the two sides' affairs offices in Nanjing, a Chinese agency on
// a party chairman's talks in Beijing, a Hong Kong daily on a meeting at
// an Asian forum, a Taipei daily on four pacts signed in Taipei, a
// Chinese agency on an envoy at ceasefire talks in Kunming, a Hong Kong
// daily on a negotiator's arrival in Taipei); each rule with sentences of
// its own.

// "A and B put their names to a text at the X Palace": a named venue
// holds the signatories together, an encounter of its own as a ceremony
// or a craft does, though no gazetteer knows the building and the day was
// told before (signedAtVenue; p2999, p102). The negative case: the same
// signing told with no venue, place or time stays an act of a meeting
// told before, and with none told it is no meeting.
func TestNamesPutAtANamedVenueMeet(t *testing.T) {
	for _, line := range []string{
		"Chairman Arno Delk and President Cyr Manou put their names to the two pacts at the Lakeview Hotel before lunch.",
		"Arno Delk of Ruritania and Cyr Manou of Westland put their names to the act at the Meridian Palace, with President Ola Brandt at their side.",
	} {
		rec := corefRecord(t, "Pacts signed\nThe heads of the two bodies signed four pacts on Tuesday.\n"+line)
		if !heldAll(rec, "Arno Delk", "Cyr Manou") {
			t.Errorf("%q: want Delk and Manou met: %s", line, dump(rec))
		}
	}
	line := "Chairman Arno Delk and President Cyr Manou put their names to the two pacts before lunch."
	rec := corefRecord(t, "Pacts signed\nThe heads of the two bodies signed four pacts on Tuesday.\n"+line)
	if heldAll(rec, "Arno Delk", "Cyr Manou") {
		t.Errorf("%q: a signing with no venue read as a meeting: %s", line, dump(rec))
	}
}

// "A and B signed the pacts", "signed two treaties": the plurals of
// signedNouns are as sure a joint signing as "agreements" and "accords"
// (p2999, p1597, p705). The negative case: one signatory signing treaties
// meets no one.
func TestSignedPactsAndTreatiesMeet(t *testing.T) {
	for _, line := range []string{
		"Foreign Minister Arno Delk and Foreign Minister Cyr Manou signed the pacts in Lima on Tuesday.",
		"Foreign Minister Arno Delk and Foreign Minister Cyr Manou signed two treaties in Lima on Tuesday.",
	} {
		rec := corefRecord(t, "Pacts signed\n"+line)
		if !heldAll(rec, "Arno Delk", "Cyr Manou") {
			t.Errorf("%q: want Delk and Manou met: %s", line, dump(rec))
		}
	}
	line := "Foreign Minister Arno Delk signed two treaties in Lima on Tuesday, said Cyr Manou, a spokesman."
	if rec := corefRecord(t, "Pacts signed\n"+line); heldAll(rec, "Arno Delk", "Cyr Manou") {
		t.Errorf("%q: a lone signatory met his spokesman: %s", line, dump(rec))
	}
}
