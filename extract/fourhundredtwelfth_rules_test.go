package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-twelfth round: signings told by other verbs
// and absolute clauses (p2504-p2509: a 1920s broadsheet on a pact
// initialled at a lakeside conference, the initialling of a Balkan peace
// plan at an air base, a desert treaty signing watched by a president and
// a king, party leaders initialling a framework accord, a friendship
// treaty signed in a capital, a peace treaty signed before a chairman);
// each rule with sentences of its own.

// "A and B affixed their signatures to the treaty in X on Tuesday",
// "affixed their names to the accord": "affixed" signs a text as "put"
// does, only before "their (his, her) signatures (names) to" (nameVerbs,
// meeting namesPut; p2508). The negative case: "affixed" without a name
// put to a text tells no encounter.
func TestAffixedSignaturesTellSigning(t *testing.T) {
	pair := func(text string) bool {
		for _, m := range heldAt(t, text, corefPub) {
			if slices.Contains(m.Participants, "Tomas Verhoek") && slices.Contains(m.Participants, "Peter Moyo") {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Accord signed\nForeign Minister Tomas Verhoek and Foreign Minister Peter Moyo affixed their signatures to the trade accord in Lusaka on Tuesday.",
		"Accord signed\nForeign Minister Tomas Verhoek and Foreign Minister Peter Moyo affixed their names to the trade accord in Lusaka on Tuesday.",
	} {
		if !pair(text) {
			t.Errorf("%q: no held meeting of Verhoek and Moyo, want the signing", text)
		}
	}
	for _, text := range []string{
		"Stamps issued\nForeign Minister Tomas Verhoek and Foreign Minister Peter Moyo affixed their stamps to the letters in Lusaka on Tuesday.",
	} {
		if pair(text) {
			t.Errorf("%q: held meeting of Verhoek and Moyo, want none", text)
		}
	}
}
