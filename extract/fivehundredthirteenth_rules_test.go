package extract

import "testing"

// Issue 14's five-hundred-and-thirteenth round: an untargeted batch
// (p3110-p3115: Pacific, Australian and New Zealand outlets and agencies on
// Pacific Islands peace talks and summits, 1985-2008 — a French agency on
// an envoy's talks in New Caledonia, a New Zealand daily on Fiji's rivals
// in Wellington, a wire on a Guadalcanal accord, an Australian agency on
// Bougainville talks in Cairns, a broadcaster on a Forum retreat in Niue,
// a regional monthly on a Melanesian pact); each rule with sentences of its
// own.

// "A signed for the government and B signed for the province. C witnessed
// the agreement.": a text two sides sign is witnessed only at its signing,
// so its active witness was at the signing just told, as one who
// "witnessed the signing" was; and "the initialling" and "the signatures"
// are such occasions too (attendsSigning; p3112, p2507, p854). The
// negative case: "witnessed the clashes" after a signing joins no one.
func TestWitnessedTheTextAtSigning(t *testing.T) {
	const lead = "Accord signed\nLIMA, May 6 - Prime Minister Tomas Berg signed for the government and Governor Jan Kowal signed for the province on Monday."
	for _, line := range []string{
		"Senator Ana Ruiz witnessed the agreement.",
		"The envoy Ana Ruiz, who drafted the text, witnessed the accord.",
		"The envoy Ana Ruiz, who drafted the text, witnessed the initialling.",
		"The event was held at the town hall, and the mayor, Ana Ruiz, who witnessed the signatures, spoke briefly.",
	} {
		rec := corefRecord(t, lead+"\n"+line)
		if !heldAll(rec, "Tomas Berg", "Jan Kowal", "Ana Ruiz") {
			t.Errorf("%q: want Ruiz with Berg and Kowal: %s", line, dump(rec))
		}
	}
	line := "Senator Ana Ruiz witnessed the clashes."
	rec := corefRecord(t, lead+"\n"+line)
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("%q: a witness of clashes joined the signing: %s", line, dump(rec))
	}
	// The text witness does not displace an attendance told before it in
	// the sentence: "attended by A and B, who witnessed the memorandum for
	// C" keeps A at the signing (p2047).
	line = "The signing ceremony was attended by Senator Ana Ruiz and the envoy Hugo Lind, who witnessed the agreement for the union."
	rec = corefRecord(t, "Accord signed\nLIMA, May 6 - Prime Minister Tomas Berg and Governor Jan Kowal signed the memorandum on Monday.\n"+line)
	if !heldAll(rec, "Tomas Berg", "Jan Kowal", "Ana Ruiz", "Hugo Lind") {
		t.Errorf("%q: want Ruiz and Lind with Berg and Kowal: %s", line, dump(rec))
	}
}

// "X stayed away from the meeting": a meeting one keeps away from is no
// meeting of one's own, so a delegate who "represented" the side instead
// does not meet X (refused; p3114, and the same verb in p1743, p357). The
// negative case: "stayed on after the meeting and held talks with Y" meets Y.
func TestStayedAwayFromTheMeeting(t *testing.T) {
	const lead = "Leaders confer\nLIMA, May 6 - Forum leaders met on the coast on Monday.\n"
	for _, line := range []string{
		"Peru's interim prime minister, Commodore Tomas Berg, stayed away from the meeting, telling reporters he had urgent business at home. Peru was represented instead by its interim foreign minister, Jan Kowal.",
		"Peru's interim prime minister, Commodore Tomas Berg, kept away from the meeting, telling reporters he had urgent business at home. Peru was represented instead by its interim foreign minister, Jan Kowal.",
	} {
		rec := corefRecord(t, lead+line)
		if heldAll(rec, "Tomas Berg", "Jan Kowal") {
			t.Errorf("%q: the absent premier met his stand-in: %s", line, dump(rec))
		}
	}
	line := "Commodore Tomas Berg stayed on after the meeting and held talks with Jan Kowal."
	rec := corefRecord(t, lead+line)
	if !heldAll(rec, "Tomas Berg", "Jan Kowal") {
		t.Errorf("%q: want Berg with Kowal: %s", line, dump(rec))
	}
}
