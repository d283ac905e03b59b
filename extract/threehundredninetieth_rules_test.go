package extract

import "testing"

// Issue 14's three-hundred-and-ninetieth round: signings (p2372-p2377: a
// border claim sent to a mixed commission by three signatories, an old
// London broadsheet, Geneva, 1966; a ceasefire protocol signed in one
// capital and by the last side in another, a Russian wire, 1994; a sea
// border settled by letters handed over in separate rooms, a French
// agency, 2022; a separate treaty signed at a resort in the presence of a
// chancellor, an old broadsheet, 1922; a treaty of friendship signed by an
// ambassador and a prime minister, an Indian agency, 1950; a peace
// agreement signed before a crowd with three witnesses, a Pacific daily,
// 2001); each rule with sentences of its own.

// "A signed for X and B signed for Y, in the presence of C": the witnesses of a
// signing told by its signatories side by side sat at it
// (meeting.signingWitnesses; p2375, p1745), the list's own "of" ("and of
// D and E") going on with it. A name inside a witness's post ("the
// envoy of Dr. F") is no witness. The negative case: a signing for one
// side only is still no meeting.
func TestSignedForSidesWitnesses(t *testing.T) {
	for _, s := range []string{
		"Tomas Varga signed for Kelvia and Ivo Marsh signed for Dorland, in the presence of Lena Ostrova, the Pelish president.",
		"Tomas Varga signed for Kelvia and Ivo Marsh signed for Dorland, in the presence of Lena Ostrova, the envoy of Dr. Piet Salden, and of Rui Amaral.",
	} {
		rec := corefRecord(t, "Pact signed\nKORAM, May 3 - "+s)
		for _, w := range []string{"Tomas Varga", "Ivo Marsh"} {
			if !metPair(rec, w, "Lena Ostrova") {
				t.Errorf("%s: want %s with the witness: %s", s, w, dump(rec))
			}
		}
		if metPair(rec, "Tomas Varga", "Piet Salden") {
			t.Errorf("%s: a name in a post read as a witness: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, "Pact signed\nKORAM, May 3 - Tomas Varga signed for Kelvia and Ivo Marsh signed for Dorland, in the presence of Lena Ostrova, the envoy of Dr. Piet Salden, and of Rui Amaral.")
	if !metPair(rec, "Ivo Marsh", "Rui Amaral") {
		t.Errorf("want the list's second witness: %s", dump(rec))
	}
	rec = corefRecord(t, "Pact signed\nKORAM, May 3 - Tomas Varga signed for Kelvia in the presence of Lena Ostrova.")
	if metPair(rec, "Tomas Varga", "Lena Ostrova") {
		t.Errorf("a signing for one side read as a meeting: %s", dump(rec))
	}
}

// "the envoy of Dr. F" is the complement of a noun as "the envoy of
// President F" is: an abbreviated honorific's period stands between "of"
// and the name like a title (args.honorificPeriod; p1745, p1679), so F is
// no participant. The positive case: the envoy still met.
func TestHonorificPeriodComplement(t *testing.T) {
	for _, s := range []string{
		"Tomas Varga met Lena Ostrova, the envoy of Dr. Piet Salden, in Koram on Monday.",
		"Tomas Varga met Lena Ostrova, the envoy of M. Piet Salden, in Koram on Monday.",
	} {
		rec := corefRecord(t, "Talks held\nKORAM, May 3 - "+s)
		if !metPair(rec, "Tomas Varga", "Lena Ostrova") {
			t.Errorf("%s: want Varga with Ostrova: %s", s, dump(rec))
		}
		if metPair(rec, "Tomas Varga", "Piet Salden") {
			t.Errorf("%s: the name in the envoy's post read as a participant: %s", s, dump(rec))
		}
	}
}

// "TOWN: The agreement was signed here yesterday": a town of the
// gazetteer's smaller places in capitals, closed by a colon, opens the
// text as a dateline does, as a city already did ("CITY:"), so "here" is
// that town (mention.datelineTown; p2377). The negative case: the town's
// name in title case before a colon in the body is no dateline.
func TestColonDatelineTown(t *testing.T) {
	rec := corefRecord(t, "Peace deal signed\nKOKOPO: The agreement was signed here yesterday by Tomas Varga and Ivo Marsh.")
	m := meetingOf(rec, "Tomas Varga", "Ivo Marsh")
	if m == nil || m.Place != "Kokopo" {
		t.Errorf("want the signing placed in the dateline's town: %s", dump(rec))
	}
	rec = corefRecord(t, "Peace deal signed\nThe agreement was signed yesterday by Tomas Varga and Ivo Marsh. Kokopo: a note on the venue follows.")
	if m := meetingOf(rec, "Tomas Varga", "Ivo Marsh"); m != nil && m.Place == "Kokopo" {
		t.Errorf("a town in the body read as a dateline: %s", dump(rec))
	}
}
