package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-fifty-eighth round: an untargeted batch
// (p980-p985: a cross-strait round in a third city, a presidential
// phone-call readout, a hemisphere summit in a 1960s regional paper, a
// presidential visit told in a translated press release, a common-market
// treaty signed by four presidents, a normalization treaty signed in the
// 1960s); each rule with sentences of its own.

// signedHeld: some held meeting of text has all of want among its
// participants.
func signedHeld(t *testing.T, text string, want ...string) bool {
	t.Helper()
	for _, p := range heldPairs(t, text) {
		all := true
		for _, w := range want {
			all = all && slices.Contains(p, w)
		}
		if all {
			return true
		}
	}
	return false
}

// A joint signing whose object is a text with a capitalised title ("A
// and B signed the Treaty on Friendly Relations", "signed the Porto
// Declaration") is as much a meeting of the signatories as "signed the
// treaty" (jointSigning and namedText, meeting/meetings.go; p985, and
// p683 gains the signing as a meeting of its own). The negative cases: a
// capitalised word with no "the" before it opens no title ("signed
// Tuesday Treaty" is no signing of a text), and one signatory is no
// meeting however the text is named.
func TestSignedTitledText(t *testing.T) {
	for _, obj := range []string{"the Treaty on Friendly Relations", "the Porto Declaration", "the Joint Fisheries Agreement"} {
		s := "Foreign Minister Anton Keller and Foreign Minister Mirela Dobre signed " + obj + " in Vienna on Tuesday."
		if !signedHeld(t, s, "Anton Keller", "Mirela Dobre") {
			t.Errorf("%s: want a meeting of Keller and Dobre, got %v", obj, heldPairs(t, s))
		}
	}
	s := "Foreign Minister Anton Keller and Foreign Minister Mirela Dobre signed Tuesday Treaty papers in Vienna."
	if signedHeld(t, s, "Anton Keller", "Mirela Dobre") {
		t.Errorf("a capitalised word without 'the' read as a title: %v", heldPairs(t, s))
	}
	s = "Foreign Minister Anton Keller signed the Porto Declaration in Vienna on Tuesday, and Mirela Dobre praised it in Bucharest."
	if signedHeld(t, s, "Anton Keller", "Mirela Dobre") {
		t.Errorf("one signatory read as a meeting: %v", heldPairs(t, s))
	}
}
