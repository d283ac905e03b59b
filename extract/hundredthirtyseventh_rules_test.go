package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-seventh round: a mediator found as an
// actor but its role not read, because the sentence that tells the
// brokering is apart from the one naming the sides, with sentences of its
// own.

// "Aegis" names patronage of talks as "auspices" does ("under the aegis of
// X"), and "shuttle diplomacy" names a go-between's brokering as
// "mediation" does ("the shuttle diplomacy of X"): their holder is a
// mediator (lexicon mediationNouns, roles.go mediationNoun; p857, p859).
// The negative cases: "shuttle diplomacy" with no one's name after it or
// before it makes no mediator, and "diplomacy" without "shuttle" is no
// brokering.
func TestAegisAndShuttleDiplomacyNameMediator(t *testing.T) {
	text := "Chile and Peru held talks on their river dispute in Lima on Monday. The two sides agreed to go on negotiating under the aegis of the Andean Community."
	if _, m := rolesIn(t, text); !slices.Contains(m, "Andean Community") {
		t.Errorf("%q: mediators %v, want Andean Community", text, m)
	}
	text = "Chile and Peru held talks on their river dispute in Lima on Monday. The deal was the result of the shuttle diplomacy of Tomas Varga, a Hungarian envoy."
	if _, m := rolesIn(t, text); !slices.Contains(m, "Tomas Varga") {
		t.Errorf("%q: mediators %v, want Tomas Varga", text, m)
	}
	// Negative: no name after "shuttle diplomacy", nor "diplomacy" alone.
	text = "Chile and Peru held talks on their river dispute in Lima on Monday. Tomas Varga, a Hungarian scholar, said shuttle diplomacy had failed before."
	if _, m := rolesIn(t, text); slices.Contains(m, "Tomas Varga") {
		t.Errorf("%q: mediators %v, want no Tomas Varga", text, m)
	}
	text = "Chile and Peru held talks on their river dispute in Lima on Monday. The deal was the result of the patient diplomacy of Tomas Varga, the Chilean envoy."
	if _, m := rolesIn(t, text); slices.Contains(m, "Tomas Varga") {
		t.Errorf("%q: mediators %v, want no Tomas Varga", text, m)
	}
}

// States "sponsoring the talks" broker them as those that "sponsored" them
// do: "X and Y are sponsoring the talks" makes X and Y mediators, not a
// second pair of sides (lexicon mediatorVerbs, roles.go; p858). The
// negative case: "sponsoring" whose object is no talks or meeting ("is
// sponsoring a resolution") makes no mediator.
func TestSponsoringTheTalksIsBrokering(t *testing.T) {
	text := "Chile and Peru held talks on their river dispute in Lima on Monday. Brazil and Norway are sponsoring the talks, which began last week."
	wantRoles(t, text, []string{"Chile", "Peru"}, []string{"Brazil", "Norway"})
	// Negative: a resolution is no talks.
	text = "Chile and Peru held talks on their river dispute in Lima on Monday. Brazil is sponsoring a resolution on river pollution at the United Nations."
	if _, m := rolesIn(t, text); slices.Contains(m, "Brazil") {
		t.Errorf("%q: mediators %v, want no Brazil", text, m)
	}
}

// A sentence that opens with "he" or "she" and, naming no one before its
// verb, brokers ("He brokered the talks", "She had sounded out both sides
// for weeks and brokered the meeting") tells of the first person named in
// the sentence before (roles.go openingPronounBroker; p855). The negative
// cases: a pronoun that only reports ("He said Z brokered ...") leaves the
// broker Z, and a sentence before that opens with the same pronoun leaves
// the subject unread.
func TestOpeningPronounBrokers(t *testing.T) {
	text := "Chile and Peru held talks on their river dispute in Lima on Monday. The deal was the work of Tomas Varga, a retired Hungarian diplomat. He had sounded out both sides for weeks and brokered the meeting."
	if _, m := rolesIn(t, text); !slices.Contains(m, "Tomas Varga") {
		t.Errorf("%q: mediators %v, want Tomas Varga", text, m)
	}
	// Negative: the pronoun reports another's brokering.
	text = "Chile and Peru held talks on their river dispute in Lima on Monday. The deal was welcomed by Tomas Varga, a retired Hungarian diplomat. He said Brazil brokered the meeting."
	if _, m := rolesIn(t, text); slices.Contains(m, "Tomas Varga") || !slices.Contains(m, "Brazil") {
		t.Errorf("%q: mediators %v, want Brazil and no Tomas Varga", text, m)
	}
	// Negative: the sentence before opens with the same pronoun.
	text = "Chile and Peru held talks on their river dispute in Lima on Monday. He thanked Tomas Varga, a retired Hungarian diplomat. He had sounded out both sides for weeks and brokered the meeting."
	if _, m := rolesIn(t, text); slices.Contains(m, "Tomas Varga") {
		t.Errorf("%q: mediators %v, want no Tomas Varga", text, m)
	}
}

// An apposition that tells in what capacity its subject acts ("X, in its
// capacity as chair of Y, facilitated the meeting", "X, as chair of Y,
// convened the talks") leaves X, a state or body as well as a person, the
// subject of the brokering verb after it (roles aspredicated.go
// apposedSubject, capacityApposition; p856). The negative case: an
// apposition that only describes the state ("X, a member of Y,
// facilitated") is not read past.
func TestCapacityAppositionBeforeBrokering(t *testing.T) {
	text := "Chile and Peru held talks on their river dispute in Lima on Monday. Ecuador, in its capacity as chair of the Andean Community, convened and facilitated the meeting."
	if _, m := rolesIn(t, text); !slices.Contains(m, "Ecuador") {
		t.Errorf("%q: mediators %v, want Ecuador", text, m)
	}
	text = "Chile and Peru held talks on their river dispute in Lima on Monday. Ecuador, as chair of the Andean Community, facilitated the meeting."
	if _, m := rolesIn(t, text); !slices.Contains(m, "Ecuador") {
		t.Errorf("%q: mediators %v, want Ecuador", text, m)
	}
	// Negative: a describing apposition.
	text = "Chile and Peru held talks on their river dispute in Lima on Monday. Ecuador, a member of the Andean Community, facilitated the meeting."
	if _, m := rolesIn(t, text); slices.Contains(m, "Ecuador") {
		t.Errorf("%q: mediators %v, want no Ecuador", text, m)
	}
}

// The OSCE's group that mediates over Nagorno-Karabakh is a known body of
// its own: "the OSCE Minsk Group" is one organization, not the OSCE and a
// "Minsk Group" apart (gazetteer orgs.go; p857). The negative case: the
// OSCE named alone stays the OSCE.
func TestOSCEMinskGroupIsOneBody(t *testing.T) {
	text := "Armenia and Azerbaijan held talks on a truce in Geneva on Monday. The talks were mediated by the OSCE Minsk Group."
	wantRoles(t, text, []string{"Armenia", "Azerbaijan"}, []string{"OSCE Minsk Group"})
	// Negative: the OSCE alone.
	text = "Armenia and Azerbaijan held talks on a truce in Geneva on Monday. The talks were mediated by the OSCE."
	wantRoles(t, text, []string{"Armenia", "Azerbaijan"}, []string{"OSCE"})
}
