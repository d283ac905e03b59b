package extract

import "testing"

// Issue 14's two-hundred-and-seventy-first round: a stranger's batch
// (p1658-p1663, second-language agencies, foreign ministry releases and
// presidential websites); each rule with sentences of its own.

// "A and B signed today, in the hall of X, the agreement": a place set
// off by commas between "signed" and its object, as releases rendered
// from Spanish or French order it, hid the text signed, so no signing was
// read (meeting.setOffSignedObject; p1663, p1546). The negative cases: a
// set-off phrase that is no place ("signed, however, the letter") and an
// object that is no text sides sign.
func TestSignedAfterSetOffPlace(t *testing.T) {
	for _, s := range []string{
		"Oslo, May 4, 2025. The Minister of Foreign Affairs, Lars Holm, and the Minister of Foreign Affairs of Borvia, Pedro Alves, signed today, in the Hall of the Nations of the Nordic Council (NC), the Agreement on fisheries.",
		"Foreign Minister Lars Holm and Foreign Minister Pedro Alves signed, in Oslo on Sunday night, an agreement on fisheries.",
	} {
		rec := corefRecord(t, "Fisheries pact\n"+s)
		if !metPair(rec, "Lars Holm", "Pedro Alves") {
			t.Errorf("%s: want Holm with Alves: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Foreign Minister Lars Holm and Foreign Minister Pedro Alves signed, however, the letter to the council.",
		"Foreign Minister Lars Holm and Foreign Minister Pedro Alves signed today, in Oslo, the register of the museum.",
	} {
		rec := corefRecord(t, "Fisheries pact\n"+s)
		if metPair(rec, "Lars Holm", "Pedro Alves") {
			t.Errorf("%s: want no signing: %s", s, dump(rec))
		}
	}
}

// "Foreign Minister Lim Byung-se": a romanized given name whose first
// syllable ends in "ng" and has four to six letters ("Byung", "Chung",
// "Dong") was cut at the hyphen when its second syllable is a common word
// ("se", "won") or five letters long ("kwang"), and the person found as
// "Lim Byung" (mention.givenSyllable; p1659, p1265, p1560, p642, p1104,
// p985). The negative cases: a participle after the hyphen stays apart,
// and so does a longer compound ("a Lim Byung-se-led team").
func TestRomanizedNgSyllable(t *testing.T) {
	rec := corefRecord(t, "Ministers meet\nForeign Minister Lim Byung-se met Foreign Minister Anna Berg in Oslo on Monday. Envoy Park Dong-won and Envoy Tien Chung-kwang also attended.")
	for _, name := range []string{"Lim Byung-se", "Park Dong-won", "Tien Chung-kwang"} {
		if !hasPerson(rec, name) {
			t.Errorf("want person %s: %s", name, dump(rec))
		}
	}
	rec = corefRecord(t, "Ministers meet\nForeign Minister Anna Berg met the Borvian envoy Piet Young-led in Oslo on Monday.")
	if hasPerson(rec, "Piet Young-led") {
		t.Errorf("a participle taken into a name: %s", dump(rec))
	}
	rec = corefRecord(t, "Ministers meet\nForeign Minister Anna Berg met a Lim Byung-se-led team in Oslo on Monday.")
	if hasPerson(rec, "Lim Byung-se") {
		t.Errorf("a compound read as a given name: %s", dump(rec))
	}
}

// "The act was witnessed by X", "Y also took part at the act": the
// ceremony of a signing called "the act", as releases rendered from
// Spanish or Portuguese call it ("el acto", "o ato"), is a signing
// occasion, and "took part at" or "in" it an attendance (lexicon
// signingOccasions, merge.attendsSigning; p1245, p1663). The negative
// case: taking part at another act is none.
func TestSigningCalledAct(t *testing.T) {
	head := "Neighbours settle river quarrel\nThe foreign ministers of Ardenia and Belmora, Kasimir Olen and Radu Fenn, signed an interim accord on the river quarrel in Vienna on Monday. "
	for _, s := range []string{
		"The act was witnessed by Chancellor Ilse Marten.",
		"Chancellor Ilse Marten, the host of the round, took part at the act as a guest of honour.",
	} {
		rec := corefRecord(t, head+s)
		if !metPair(rec, "Kasimir Olen", "Ilse Marten") {
			t.Errorf("%s: want Marten at the signing: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, head+"Chancellor Ilse Marten took part at the parade on the river bank in March.")
	if metPair(rec, "Kasimir Olen", "Ilse Marten") {
		t.Errorf("an attendance of another occasion joined the signing: %s", dump(rec))
	}
}

// "A and B signed the agreement between Norway and Portugal": when two
// people or more signed, a state the signing's sentence names as a side of
// the text after "between" is the side a signer signed for, no
// participant beside them; a signer titled with no state of his own left
// it in the meeting (merge.textSidesOverSigners; p1663, p1231, p1098).
// The negative case: a state the sentence has them sign with ("an
// agreement with Norway") stays.
func TestTextSidesOverSigners(t *testing.T) {
	lead := "Sea border pact signed\n\nGENEVA, March 9 - Premier Lars Holm and Prime Minister Pedro Alves of Portugal this afternoon signed in Geneva "
	rec := corefRecord(t, lead+"the agreement between Norway and Portugal on the sea border.")
	if m := meetingOf(rec, "Lars Holm", "Pedro Alves"); m == nil || len(m.Participants) != 2 {
		t.Errorf("want Holm and Alves alone at the signing: %s", dump(rec))
	}
	// A witness joins such a signing, the sides of its text being no
	// states at the table (merge.attachPartials; p1663).
	rec = corefRecord(t, lead+"the agreement between Norway and Portugal on the sea border. The ceremony was witnessed by Chancellor Ilse Marten.")
	if !metPair(rec, "Lars Holm", "Ilse Marten") {
		t.Errorf("want the witness at the signing: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"an agreement with Norway on the sea border.")
	if !metPair(rec, "Lars Holm", "Norway") {
		t.Errorf("want Norway kept beside the signers: %s", dump(rec))
	}
}
