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

// "X received today in the Government Palace the president of B, Y":
// Spanish and Portuguese agencies in translation put the day and the
// place between the verb and its object, and write the object's title in
// lower case with its state after "of"; the person set off after it is
// the one received (args/participants.go lowerTitleOf; p2349, p1270's
// "will host in P the presidents of A and B, X and Y", p2524). The
// negative case: a lower-case title with no "of" ("the minister's
// report") brings in no person received.
func TestLowerTitleOfAfterAdjuncts(t *testing.T) {
	for _, text := range []string{
		"Leaders meet\nLIMA, 4 Jan (Agency).- President Tomas Varga of Peru received today the president of Chile, Ana Rook, with whom he discussed trade.",
		"Leaders meet\nLIMA, 4 Jan (Agency).- President Tomas Varga of Peru received today in the Government Palace the president of Chile, Ana Rook, with whom he discussed trade.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if !metPair(rec, "Tomas Varga", "Ana Rook") {
			t.Errorf("%q: want Varga and Rook met: %s", text, dump(rec))
		}
	}
	text := "Leaders meet\nLIMA, 4 Jan (Agency).- President Tomas Varga of Peru received today the minister's report on the border, Ana Rook said."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if metPair(rec, "Tomas Varga", "Ana Rook") {
		t.Errorf("%q: want no meeting: %s", text, dump(rec))
	}
}
