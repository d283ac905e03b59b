package extract

import "testing"

// Issue 14's five-hundred-and-eleventh round: a targeted batch (p3098-p3103:
// talks told by a hyphenated sponsor or host — Italian-hosted,
// Saudi-hosted, Egyptian-hosted, Turkish-mediated, UN-backed,
// Iranian-brokered — and hosts who welcomed or received the two sides
// whose own talks are told beside it); each rule with sentences of its
// own.

// fivehundredeleventhLead tells two men's talks; the second line tells a
// host's welcome.
const fivehundredeleventhLead = "Rivals meet\nMALMO, May 6 - Senator Tomas Berg and Governor Jan Kowal shook hands on Tuesday at a Swedish-hosted meeting in Malmo."

// "Prime Minister X welcomed the two men at the villa": a welcome verb
// in the active whose object is a counted plural of people ("the two
// men", "the two delegations") is the host receiving the sides of the
// talks just told (activeWelcome, pluralGuests; p3098). The negative
// cases: "welcomed the two accords" and "welcomed the two men's
// agreement" comment on a text and meet no one.
func TestWelcomedTheTwoMen(t *testing.T) {
	for _, line := range []string{
		"Prime Minister Ana Ruiz welcomed the two men at the villa in the morning, hours before the summit opened.",
		"Prime Minister Ana Ruiz welcomed the two leaders at the villa.",
	} {
		rec := corefRecord(t, fivehundredeleventhLead+"\n"+line)
		if !heldAll(rec, "Tomas Berg", "Jan Kowal", "Ana Ruiz") {
			t.Errorf("%q: want Ruiz with Berg and Kowal: %s", line, dump(rec))
		}
	}
	for _, line := range []string{
		"Prime Minister Ana Ruiz welcomed the two accords in a statement.",
		"Prime Minister Ana Ruiz welcomed the two men's agreement in a statement.",
	} {
		rec := corefRecord(t, fivehundredeleventhLead+"\n"+line)
		if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
			t.Errorf("%q: a comment made a meeting: %s", line, dump(rec))
		}
	}
}

// "X and Y welcomed the two delegations": two hosts named together still
// receive the guests the counted plural stands for — the heads of the
// delegations just told — not only each other (p3099). The negative
// case: two hosts who "welcomed the two reports" meet no delegation head.
func TestTwoHostsWelcomedTheTwoDelegations(t *testing.T) {
	const lead = "Talks open\nMALMO, May 6 - Swedish-hosted talks between Latvian and Estonian officials opened at the castle in Malmo on Tuesday.\nSecretary of State Tomas Berg led the Latvian delegation, which included adviser Karl Ots. Foreign Minister Jan Kowal headed the Estonian side, accompanied by aide Piet Mol."
	line := "Foreign Minister Ana Ruiz and adviser Lars Holm welcomed the two delegations."
	rec := corefRecord(t, lead+"\n"+line)
	if !heldAll(rec, "Ana Ruiz", "Lars Holm", "Tomas Berg", "Jan Kowal") {
		t.Errorf("%q: want the hosts with Berg and Kowal: %s", line, dump(rec))
	}
	line = "Foreign Minister Ana Ruiz and adviser Lars Holm welcomed the two reports."
	rec = corefRecord(t, lead+"\n"+line)
	if heldAll(rec, "Ana Ruiz", "Tomas Berg") {
		t.Errorf("%q: a comment made a meeting: %s", line, dump(rec))
	}
}
