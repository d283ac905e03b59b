package extract

import (
	"testing"
)

// Issue 14's five-hundred-and-fifth round: a targeted batch (p3062-p3067:
// bilateral talks between two governments with no mediator, told through
// a signing, a telephone call or a round of base talks, beside meetings
// that are no negotiation — a courtesy call, an annual summit, a funeral);
// each rule with sentences of its own.

// "The accord was announced after the 19th round of talks between A and B": a past
// preposition governs the talks across a determiner and the round's rank
// ("the 19th round of", "a final round of", "the third round of") or a
// determiner and a describing word ("after the long talks between"), as
// it already did across a count ("after three rounds of talks"), so the
// talks are held and between A and B (crossedPastPrep; p3064, p155,
// p1875). The negative case: "after the next round of talks" is still to
// come.
func TestFivehundredfifthRankedRoundAfterPreposition(t *testing.T) {
	for _, line := range []string{
		"The accord was announced after the 19th round of talks between Ambassador Tomas Berg and Senator Ana Ruiz at the ministry.",
		"The accord was announced after a final round of talks between Ambassador Tomas Berg and Senator Ana Ruiz.",
		"The accord was announced after the long talks between Ambassador Tomas Berg and Senator Ana Ruiz.",
	} {
		rec := corefRecord(t, "Bases accord reached\nLIMA, May 4 - "+line)
		if !heldAll(rec, "Tomas Berg", "Ana Ruiz") {
			t.Errorf("%q: want Berg and Ruiz met: %s", line, dump(rec))
		}
	}
	line := "The accord will be signed after the next round of talks between Ambassador Tomas Berg and Senator Ana Ruiz."
	rec := corefRecord(t, "Bases accord reached\nLIMA, May 4 - "+line)
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("%q: talks to come read as held: %s", line, dump(rec))
	}
}

// "The leaders later had dinner with X": a bare "The leaders" opening a
// clause, with no count, stands for the lead's principals when some of
// them lead a state or government and the rest hold no other post ("A
// and his counterpart B"), however far back the lead told them
// (bareLeaders, coref; p3066, p2819). The negative case: "The leaders of
// the two parties" are others.
func TestFivehundredfifthBareLeadersAreTheLeadsPrincipals(t *testing.T) {
	lead := "Neighbours confer\nLIMA, May 4 - President Tomas Berg and his Chilean counterpart Emil Sorensen held their yearly summit on Friday in this border town.\nForeign Ministers Jan Kowal and Piotr Zielinski met separately.\n"
	rec := corefRecord(t, lead+"The leaders then visited the old fortress and dined with the town's mayor, Ana Ruiz.")
	if !heldAll(rec, "Tomas Berg", "Emil Sorensen", "Ana Ruiz") {
		t.Errorf("want Berg and Sorensen at dinner with Ruiz: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The leaders later had dinner with the town's mayor, Ana Ruiz, and the provincial governor, Karl Weber.")
	if !heldAll(rec, "Tomas Berg", "Emil Sorensen", "Ana Ruiz", "Karl Weber") {
		t.Errorf("want Berg and Sorensen at dinner with Ruiz and Weber: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The leaders of the two opposition parties later had dinner with the town's mayor, Ana Ruiz.")
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("the parties' leaders read as the principals: %s", dump(rec))
	}
}
