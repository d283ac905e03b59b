package extract

import "testing"

// Issue 14's five-hundred-and-twenty-seventh round: an untargeted batch
// (p3194-p3199: Israeli, Egyptian, Qatari, Palestinian and wire outlets on
// Gaza ceasefire, hostage and prisoner-exchange talks, 2006-2025 — a
// broadsheet on an exchange sealed in Cairo, an agency on indirect Cairo
// talks, an Egyptian agency on a calm, a Qatari daily on an agreement
// announced in Doha, a Palestinian agency on an Egyptian delegation in
// Gaza, an Israeli site on a Doha summit); each rule with sentences of its
// own.

// "The talks, which opened on Thursday, brought together A, B and C": the
// relative clause between the talks and their verb does not hide that the
// talks sat and who sat at them (relativeThenEvent with gatherVerbs;
// p3199, p1811, p520). The negative case: "the talks, which were
// postponed, would bring together A and B" tells talks not held.
func TestRelativeThenBroughtTogether(t *testing.T) {
	text := "Envoys meet on the border\nThe talks, which opened on Thursday, brought together Ruritanian intelligence chief Jan Kolar, Freedonian Prime Minister Piet Vos and Sylvanian envoy Anna Marek."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Jan Kolar", "Piet Vos", "Anna Marek") {
		t.Errorf("want the three at the talks, got %s", dump(rec))
	}
	text = "Envoys meet on the border\nThe talks, which were postponed last month, would bring together Ruritanian intelligence chief Jan Kolar and Freedonian Prime Minister Piet Vos."
	rec = corefRecord(t, text)
	if heldAll(rec, "Jan Kolar", "Piet Vos") {
		t.Errorf("talks to come read as held, got %s", dump(rec))
	}
}

// "X received at his office in Muscat today Y" and "X received on
// Wednesday at his headquarters in Gaza City an Egyptian delegation headed
// by Y": the host's own venue, named after a possessive, is an adjunct
// between the verb and its object as a named palace is (OwnVenueEnd,
// receptionSiteEnd; p2347, p3198). The negative case: "received at his
// office today a letter from Y" names no guest.
func TestReceivedAtOwnVenue(t *testing.T) {
	for _, text := range []string{
		"Envoy in Arland\nTELMA, May 3 (ANA) - Foreign Minister Jan Kolar received at his office in Telma today Dr. Piet Vos, the Freedonian deputy foreign minister.",
		"Envoy in Arland\nTELMA, May 3 (ANA) - President Jan Kolar received on Wednesday at his residence in Port Arno a Freedonian security delegation headed by Major General Piet Vos.",
	} {
		rec := corefRecord(t, text)
		if !heldAll(rec, "Jan Kolar", "Piet Vos") {
			t.Errorf("want the reception, got %s", dump(rec))
		}
	}
	rec := corefRecord(t, "Envoy in Arland\nTELMA, May 3 (ANA) - Foreign Minister Jan Kolar received at his office in Telma today a letter from Piet Vos, the Freedonian deputy foreign minister.")
	if heldAll(rec, "Jan Kolar", "Piet Vos") {
		t.Errorf("a letter read as a guest, got %s", dump(rec))
	}
}
