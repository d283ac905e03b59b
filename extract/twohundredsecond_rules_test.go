package extract

import "testing"

// Issue 14's two-hundred-and-second round: signing ceremonies as meetings
// (p1244-p1249: letters signed in two places with an envoy watching each
// signature, a ceasefire memorandum signed before a president, six
// ministers each signing for a state, a truce plan signed apart, a peace
// accord signed for two sides with witnesses, mirror documents each signed
// with the same two brokers); each rule with sentences of its own.

// "A signed for X, B for Y, C for Z and D for W": the signing verb gapped
// after commas, each signatory with the side he signed for (meeting
// gappedSignerComma; p1246). The negative case: one signatory with an
// apposition set off by commas before the verb signs for one side only,
// no ceremony of two sides.
func TestGappedSignatoriesAfterCommas(t *testing.T) {
	rec := twohundredthRecord(t, "Treaty signed\nLUSAKA, May 3 - The foreign ministers of four states signed a treaty in Lusaka on Monday. Mr Lars Kemp signed for Valdoria, Mr Tomas Varga for Kesland, Mr Ivo Stan for Morland and Mr Paul Ostrov for Tarsia.")
	for _, p := range [][2]string{{"Lars Kemp", "Tomas Varga"}, {"Tomas Varga", "Ivo Stan"}, {"Lars Kemp", "Paul Ostrov"}} {
		if !metPair(rec, p[0], p[1]) {
			t.Errorf("want %s and %s met at the signing: %s", p[0], p[1], dump(rec))
		}
	}
	rec = twohundredthRecord(t, "Treaty signed\nLUSAKA, May 3 - Mr Lars Kemp, the foreign minister, signed for Valdoria in Lusaka on Monday, a day after Mr Tomas Varga had left the city.")
	if metPair(rec, "Lars Kemp", "Tomas Varga") {
		t.Errorf("one signatory, no ceremony: %s", dump(rec))
	}
}

// "... and B, the prime minister, who has also held the foreign ministry
// since August, for Y": the elided second signing past an apposition and
// a relative clause (meeting signedFor; p1246). The negative case: a
// name with no "for" after its insertions signs for no side.
func TestGappedSignatoryPastRelativeClause(t *testing.T) {
	rec := twohundredthRecord(t, "Treaty signed\nLUSAKA, May 3 - The two ministers signed a treaty in Lusaka on Monday. Mr Lars Kemp signed for Valdoria and Mr Tomas Varga, the Kesland prime minister, who has also run the foreign ministry since June, for Kesland.")
	if !metPair(rec, "Lars Kemp", "Tomas Varga") {
		t.Errorf("want Kemp and Varga met at the signing: %s", dump(rec))
	}
	rec = twohundredthRecord(t, "Treaty signed\nLUSAKA, May 3 - Mr Lars Kemp signed for Valdoria in Lusaka on Monday and Mr Tomas Varga, the Kesland prime minister, who has also run the foreign ministry since June, criticised the treaty.")
	if metPair(rec, "Lars Kemp", "Tomas Varga") {
		t.Errorf("Varga signed nothing: %s", dump(rec))
	}
}

// "A signed one document with Defence Minister B and C": the partners of
// a signing, named past the words of a title, met the signatory
// (meeting signedWithPerson; p1249), and "then" may stand before the
// verb. The negative cases: a state as partner names no one met, and a
// decree is no text two sides sign.
func TestSignedWithTitledPartner(t *testing.T) {
	rec := twohundredthRecord(t, "Deal signed\nLUSAKA, May 3 - Valdorian Defence Minister Lars Kemp signed one document with Kesland Defence Minister Tomas Varga and Ivo Stan in Lusaka on Monday.")
	if !metPair(rec, "Lars Kemp", "Tomas Varga") || !metPair(rec, "Lars Kemp", "Ivo Stan") {
		t.Errorf("want Kemp, Varga and Stan met at the signing: %s", dump(rec))
	}
	rec = twohundredthRecord(t, "Deal signed\nLUSAKA, May 3 - Morland's Trade Minister Paul Ostrov then signed an identical text with Kesland Defence Minister Tomas Varga in Lusaka on Monday.")
	if !metPair(rec, "Paul Ostrov", "Tomas Varga") {
		t.Errorf("want Ostrov and Varga met at the signing: %s", dump(rec))
	}
	rec = twohundredthRecord(t, "Deal signed\nLUSAKA, May 3 - Defence Minister Lars Kemp signed a decree with Interior Minister Tomas Varga present in Lusaka on Monday.")
	if metPair(rec, "Lars Kemp", "Tomas Varga") {
		t.Errorf("a decree is no text two sides sign: %s", dump(rec))
	}
}

// "A watched B sign the letter": the watcher stood by the signer, an
// encounter (meeting watchedSign; p1244). The negative case: a state
// watched signing names no person met.
func TestWatchedPersonSign(t *testing.T) {
	rec := twohundredthRecord(t, "Letter signed\nLUSAKA, May 3 - Foreign Minister Lars Kemp watched Mr. Tomas Varga sign the letter at the party headquarters in Lusaka on Monday.")
	if !metPair(rec, "Lars Kemp", "Tomas Varga") {
		t.Errorf("want Kemp and Varga met: %s", dump(rec))
	}
	rec = twohundredthRecord(t, "Treaty watched\nLUSAKA, May 3 - Foreign Minister Lars Kemp watched Kesland sign the treaty in Lusaka on Monday.")
	if len(rec.Meetings) > 0 {
		t.Errorf("a state watched signing is no encounter: %s", dump(rec))
	}
}
