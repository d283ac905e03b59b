package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-sixty-seventh round: roles in bilateral
// negotiations told without the word "dispute" (p1634-p1639: a wire on
// two prime ministers' fishing-limits talks, an agency on a leader's
// visit over a river dam, a wire on a bases treaty, an agency on a
// trade deal struck before sanctions, a wire on two presidents signing
// oil and security deals, an agency on a friendship treaty and a fleet's
// bases); each rule with sentences of its own.

// "The foreign ministers of A and B signed the accords ... after weeks of
// talks": plural instruments signed in a sentence that tells the talks
// make the signatories' states parties (pluralSignedAtTalks, roles
// signeddocument.go; p859, p1002). A batch of papers signed on a visit,
// with no talks told in the sentence, makes none.
func TestPluralInstrumentsSignedAtTalks(t *testing.T) {
	for _, text := range []string{
		"Accords signed\nVIENNA, May 4 - The foreign ministers of Slovakia and Hungary signed the accords on Friday after eleven weeks of talks at the chancellery.",
		"Accords signed\nVIENNA, May 4 - The foreign ministers of Slovakia and Hungary today signed three treaties, ending a negotiation that had lasted two years.",
	} {
		if got := partiesOf(t, text); !slices.Equal(got, []string{"Hungary", "Slovakia"}) {
			t.Errorf("%q: parties %v, want Hungary and Slovakia", text, got)
		}
	}
	text := "Accords signed\nVIENNA, May 4 - The foreign ministers of Slovakia and Hungary signed three agreements on Friday at the chancellery."
	if got := partiesOf(t, text); len(got) != 0 {
		t.Errorf("%q: parties %v, want none", text, got)
	}
}

// "X, the former Swedish prime minister who chairs the panel, carried
// proposals between the delegations": a post told left in an
// apposition after the name makes X no one at the table for that state,
// so the two sides the story's meetings bring together are not the host
// and the retired leader's state (leftPostOf, roles describedpair.go;
// p1638, as "former ... president X" before the name in p1002).
func TestApposedFormerPostNoSide(t *testing.T) {
	text := "Accords signed\nASTANA, May 4 (AFP) - The presidents of Armenia and Azerbaijan signed deals on Friday to resume gas exports after three days of talks.\n" +
		"Arman Tevosyan and Rauf Guliyev put their names to the texts at a ceremony attended by Kazakh Prime Minister Dauren Abenov and European Union envoy Lars Holmqvist.\n" +
		"Holmqvist, the former Swedish prime minister who chairs the EU panel, carried proposals between the two delegations all week until the leaders consented to sit down."
	if got := partiesOf(t, text); slices.Contains(got, "Sweden") || slices.Contains(got, "Kazakhstan") {
		t.Errorf("parties %v, want neither the host nor the retired envoy's state", got)
	}
}

// "The prime ministers of A and B concluded three days of conversations
// this evening with an agreement to ...": the outcome told as how the
// sitting ended is an agreement reached, as "reached an agreement" is,
// and makes the two states parties (endedWithAgreement, roles roles.go;
// p1358, p1634). Filed from a capital, the home state stands for a
// titled participant given no state (homeSideOf; p1634). Conversations
// ended with a dinner tell no agreement.
func TestTalksEndedWithAgreement(t *testing.T) {
	for _, text := range []string{
		"Nordic talks\nOSLO, May 4 (Reuter) - The prime ministers of Sweden and Denmark concluded three days of conversations in Oslo this evening with an agreement to meet again in June.",
		"Nordic talks\nOSLO, May 4 (Reuter) - Prime Minister Nils Varda and Denmark's Prime Minister, Erik Kaya, ended two days of talks in Oslo today with the draft of a provisional agreement letting Norwegian trawlers fish the strait.",
	} {
		if got := partiesOf(t, text); len(got) != 2 || !slices.Contains(got, "Denmark") {
			t.Errorf("%q: parties %v, want Denmark and its counterpart", text, got)
		}
	}
	text := "Nordic talks\nOSLO, May 4 (Reuter) - The prime ministers of Sweden and Denmark concluded three days of conversations in Oslo this evening with a dinner at the palace."
	if got := partiesOf(t, text); len(got) != 0 {
		t.Errorf("%q: parties %v, want none", text, got)
	}
}

// "The presidents of A and B signed deals on Friday ... X and Y, who
// began their talks on Tuesday, put their names to ...": the two people
// that open the sentence after the plural title hold its post in each
// side, in the order named (nextSentenceHolders, actors respective.go;
// p1505, p1638). Two people named later in that sentence hold none by it.
func TestPluralTitleHoldersNextSentence(t *testing.T) {
	text := "Accords signed\nVIENNA, May 4 (AFP) - The presidents of Armenia and Azerbaijan signed deals on Friday after four days of talks.\n" +
		"Arman Tevosyan and Rauf Guliyev, who began their talks on Tuesday, put their names to the texts at a ceremony in the Hofburg."
	rec := corefRecord(t, text)
	for name, state := range map[string]string{"Arman Tevosyan": "Armenia", "Rauf Guliyev": "Azerbaijan"} {
		if got := affiliationOf(rec, name); got != state {
			t.Errorf("want %s of %s, got %q: %s", name, state, got, dump(rec))
		}
	}
	text = "Accords signed\nVIENNA, May 4 (AFP) - The presidents of Armenia and Azerbaijan met in Vienna on Friday.\n" +
		"Aides said on Saturday that Arman Tevosyan and Rauf Guliyev would see the texts next week."
	rec = corefRecord(t, text)
	if got := affiliationOf(rec, "Arman Tevosyan"); got != "" {
		t.Errorf("want Tevosyan with no state, got %q: %s", got, dump(rec))
	}
}
