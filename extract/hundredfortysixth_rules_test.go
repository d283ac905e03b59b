package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-forty-sixth round: met pairs missed although both
// people are found (p908-p913: a talks round whose delegation heads are
// named paragraphs later, a readout's delegation-level talks, an envoy who
// met a premier twice, "the two held" after a paragraph about one of them,
// a facilitator's round, a reconciliation meeting); the rule reads the
// largest general miss the batch showed, with sentences of its own.

// "The two held talks" with no meeting told in the two sentences before
// stands for the two people the story named last, read back at most three
// sentences, a sentence opening with "he" or "she" naming the person the
// pronoun stands for (PluralReferents' bare count, coref/coref.go;
// recentPeople, heldNext; p911). Only before a past meeting verb ("held",
// "met", "sat", after at most one adverb). The negative cases: a held
// meeting of two told three sentences before stands for them instead
// (p913); "the two were not due to meet" is no meeting of the people named
// last (p813 read so without heldNext); three people named in the
// sentences before leave it unresolved (which two is unsaid).
func TestBareTwoAfterStoryOfOne(t *testing.T) {
	for _, text := range []string{
		"Harbour visit\nPrime Minister Ilse Varga arrived in Rostock on Monday. She spent the morning at the shipyard and laid a wreath at the harbour. In the afternoon Chancellor Otto Brenner spoke to the regional assembly about fisheries. The two held talks over dinner at the town hall.",
		"Harbour visit\nPrime Minister Ilse Varga arrived in Rostock on Monday and toured the shipyard. Chancellor Otto Brenner greeted the crews at the quay. Later the two held a private meeting at the town hall.",
	} {
		if got := pairsOf(t, text); !slices.Contains(got, "Ilse Varga|Otto Brenner") {
			t.Errorf("%q: want Ilse Varga|Otto Brenner, got %v", text, got)
		}
	}
	// Negative: a held meeting of two told three sentences before is the
	// antecedent, not the two people named last.
	told := "State House talks\nOpposition leader Amos Kiprop walked into State House on Friday for a meeting with President Nuru Wekesa. Mr Kiprop has long attacked finance minister Peter Otieno. His allies were arrested last month. The two held talks for two hours."
	if got := pairsOf(t, told); slices.Contains(got, "Amos Kiprop|Peter Otieno") {
		t.Errorf("%q: the two read as Kiprop and Otieno: %v", told, got)
	}
	// Negative: "the two" before no past meeting ("were not due to
	// meet") is not read back to the people named last, in any meeting.
	plan := "Harbour visit\nPrime Minister Ilse Varga arrived in Rostock on Monday and toured the shipyard. Chancellor Otto Brenner greeted the crews at the quay. Officials said the two were not due to meet before Friday."
	for _, ps := range participantsOf(t, plan) {
		if slices.Contains(ps, "Ilse Varga") && slices.Contains(ps, "Otto Brenner") {
			t.Errorf("%q: a meeting of Varga and Brenner read: %v", plan, ps)
		}
	}
	// Negative: three people named in the sentences before; which two is unsaid.
	neg := "Harbour visit\nPrime Minister Ilse Varga arrived in Rostock on Monday with minister Karl Moser. Chancellor Otto Brenner greeted the crews at the quay. Later the two held a private meeting at the town hall."
	if got := pairsOf(t, neg); len(got) != 0 {
		t.Errorf("%q: want no pair, got %v", neg, got)
	}
}
