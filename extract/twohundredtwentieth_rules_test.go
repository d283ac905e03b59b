package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-twentieth round: places of meetings
// (p1352-p1357: a wire's envoy in a hill village named by its province,
// a wire's "talks here" at a presidential palace, a wire's mediator "at
// the presidential palace" under a capital's dateline, a regional
// agency's "in the capital" with no dateline, a paper's place in the
// headline only with an earlier meeting in a relative clause, a paper's
// "at the Elysee Palace" and "at a hotel in the French capital"); each
// rule with sentences of its own.

// "named to mediate in Y's crisis, held talks with X at the presidential
// palace": a state that owns what "in" governs ("in Y's crisis", "in Y's
// peace process") is no site (possessiveNonPlace, meeting/when.go;
// p1354); the palace stands in the dateline's city. The negative cases:
// "in Y's north" and "in Y's Volta region" still put the talks in the
// state when no city is told.
func TestPossessiveStateIsNoPlace(t *testing.T) {
	text := "Mediator visits\nACCRA, May 6 - Togo's President Kossi Amevor, named by regional leaders to mediate in Ghana's crisis, held talks with junta leader Colonel Kwame Ansah at the presidential palace on Monday."
	if got := placeOfPair(t, text, "Kossi Amevor", "Kwame Ansah"); got != "Accra" {
		t.Errorf("place = %q, want Accra (the dateline's city; Ghana's crisis is no site)", got)
	}
	for _, text := range []string{
		"Leaders meet\nPresident Kossi Amevor held talks with Colonel Kwame Ansah in Ghana's north on Monday.",
		"Leaders meet\nPresident Kossi Amevor held talks with Colonel Kwame Ansah in Ghana's Volta region on Monday.",
	} {
		if got := placeOfPair(t, text, "Kossi Amevor", "Kwame Ansah"); got != "Ghana" {
			t.Errorf("place = %q, want Ghana (a part of the state is in it): %s", got, text)
		}
	}
}

// "X met the head of Y's interim government, Z, in the capital on
// Wednesday", no dateline and no place in the headline: the capital is
// the one of the state the sentence names last before it, the host's
// (namedCapital, meeting/when.go; p1355). The negative case: with no
// state named, "the capital" stays no place.
func TestBareCapitalOfNamedState(t *testing.T) {
	text := "Envoy meets interim leader\nU.S. Assistant Secretary of State Tom Riley met with the head of Ghana's interim government, Ama Mensah, in the capital on Wednesday."
	if got := placeOfPair(t, text, "Tom Riley", "Ama Mensah"); got != "Accra" {
		t.Errorf("place = %q, want Accra (the capital of the state named)", got)
	}
	bare := "Envoy meets interim leader\nAssistant Secretary Tom Riley met with the interim leader, Ama Mensah, in the capital on Wednesday."
	if got := placeOfPair(t, bare, "Tom Riley", "Ama Mensah"); got != "" {
		t.Errorf("place = %q, want none (no state named)", got)
	}
}
