package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-seventy-seventh round: roles — parties found
// as actors but not given the role (p1694-p1699: a government and a
// southern movement at a lakeside resort under a regional body's envoy, a
// British wire, 2003; two peace panels and a facilitator, a Philippine
// agency, 2012; a state and a separatist movement told as "X rebels",
// with a former president mediating, a French wire, 2005; a government
// receiving a movement's delegation, a London Sunday paper, 1921; a
// government and two rebel groups signing under a mediator, a West
// African agency, 2013; a ruling alliance and a party at a summit, a
// Chinese agency, 2006); each rule with sentences of its own.

// "Peru and the Velmar rebels ... the Velmar Liberation Movement":
// the label the fighters go by is no side of its own; the movement the
// story names with its word is (LabelSides; p1696, p1563, p123). The
// negative case: with two movements named with the word the label stays.
func TestLabelSideYieldsToItsMovement(t *testing.T) {
	rec := corefRecord(t, "Peru, Velmar rebels end talks\nOSLO, May 5 - Peru and the Velmar rebels ended a third round of peace talks on Saturday. The rebels of the Velmar Liberation Movement have fought the army for ten years.")
	parties, _ := roleNames(rec)
	if !slices.Contains(parties, "Velmar Liberation Movement") || slices.Contains(parties, "Velmar") {
		t.Errorf("want the movement as the side, not its label: %s", dump(rec))
	}
	rec = corefRecord(t, "Peru, Velmar rebels end talks\nOSLO, May 5 - Peru and the Velmar rebels ended a third round of peace talks on Saturday. The Velmar Liberation Movement and the Velmar People's Front both sent envoys.")
	parties, _ = roleNames(rec)
	if !slices.Contains(parties, "Velmar") || slices.Contains(parties, "Velmar Liberation Movement") || slices.Contains(parties, "Velmar People's Front") {
		t.Errorf("two movements of the word: the label picks neither alone: %s", dump(rec))
	}
}

// "The ruling Four-Party Alliance and the X Front signed ...": a
// capitalized count inside a sentence before a body's head opens the
// body's name, which no longer reads "Party Alliance" (countedBodyWord;
// p1699, p1223). The negative case: a count opening the sentence stays
// out of the name after it.
func TestCountOpensBodyName(t *testing.T) {
	rec := corefRecord(t, "Peru parties sign pact\nLIMA, May 5 - The ruling Four-Party Alliance and the Tarvo Liberation Front signed a peace agreement today after talks in Lima. The Four Party Alliance will name ministers.")
	parties, _ := roleNames(rec)
	if slices.Contains(parties, "Party Alliance") || !slices.ContainsFunc(parties, func(p string) bool { return p == "Four Party Alliance" || p == "Four-Party Alliance" }) {
		t.Errorf("want the alliance named with its count: %s", dump(rec))
	}
	rec = corefRecord(t, "Peru parties sign pact\nLIMA, May 5 - Peru and the Tarvo Liberation Front signed a peace agreement today. Two Tarvo Liberation Front envoys stayed in Lima.")
	if actorNamed(rec, "Two Tarvo Liberation Front") != nil {
		t.Errorf("a sentence's opening count is no part of a name: %s", dump(rec))
	}
}

// "The government of Peru and the Workers Party of Peru (Maoist)
// signed ...": the faction's adjective in brackets is part of the party's
// name, and so is the country before it (qualifiedGroups; p1699, p906,
// p188). The negative case: an acronym in brackets still defines the
// name rather than extending it.
func TestBracketedFactionInPartyName(t *testing.T) {
	rec := corefRecord(t, "Peru pact\nLIMA, May 5 - The government of Peru and the Workers Party of Peru (Maoist) signed a peace agreement today after talks in Lima.")
	parties, _ := roleNames(rec)
	if !slices.Contains(parties, "Workers Party of Peru (Maoist)") {
		t.Errorf("want the party with its faction: %s", dump(rec))
	}
	rec = corefRecord(t, "Peru pact\nLIMA, May 5 - The government of Peru and the Tarvo Liberation Front (TLF) signed a peace agreement today after talks in Lima.")
	parties, _ = roleNames(rec)
	if !slices.Contains(parties, "Tarvo Liberation Front") {
		t.Errorf("an acronym in brackets is no faction: %s", dump(rec))
	}
}
