package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-fifteenth round: an untargeted batch
// (p2522-p2527: Latin American and Iberian agencies and dailies, 1980s to
// 2020s, in translated style); each rule with sentences of its own.

// "with the facilitation of X and the accompaniment of A and B": the
// translated "acompañamiento" names the countries that accompany a peace
// process, third parties like observers, so A and B are no pair of sides
// (lexicon "thirdPartyNouns", roles/observerlist.go; p66, p2527). The
// negative case: "talks between A and B" with no such noun still pairs
// them.
func TestAccompanimentListIsNoSides(t *testing.T) {
	for _, text := range []string{
		"Rivals open talks\nThe government and the rebels signed on Friday a memorandum that opens a negotiation, with the facilitation of Sweden and the accompaniment of Brazil and Chile.",
		"Rivals open talks\nThe second round of the negotiation ended on Tuesday with the accompaniment of Brazil and Chile.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"Brazil", "Chile"} {
			if hasPartyNamed(rec, s) {
				t.Errorf("%q: want %s no party: %s", text, s, dump(rec))
			}
		}
	}
	text := "Rivals open talks\nThe negotiation between Brazil and Chile ended on Tuesday in the capital."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if !hasPartyNamed(rec, "Brazil") || !hasPartyNamed(rec, "Chile") {
		t.Errorf("%q: want Brazil and Chile parties: %s", text, dump(rec))
	}
}
