package extract

import (
	"testing"
)

// Issue 14's three-hundred-and-seventy-seventh round: names inside a
// negotiation's topic (p2294-p2299: a British wire on a protocol for a
// southern African settlement, 1988; an American wire on a Soviet-brokered
// declaration between two South Asian leaders, 1966; a British wire on a
// Black Sea summit over a grain deal, 2023; a British broadsheet on two
// prime ministers' agreement over an island, 1959; an American wire on a
// memorandum settling an Adriatic port, 1954; a Spanish agency on a
// papal mediation over a southern channel, 1979); each rule with
// sentences of its own.

// "The accord provides for a A president and a B vice-president": an
// indefinite phrase after a content verb names what the deal sets up, so
// its demonyms pair no parties (roles/createdcontent.go; p2297). The
// negative case: indefinite sides told before the content verb ("a A and
// a B delegation reached an agreement that provides for ...") still pair.
func TestCreatedContentPairsNoParties(t *testing.T) {
	lead := "Deal reached on island\n"
	body := "VALDA, June 2 - The agreement, reached after long talks, is said to provide for a federal council with a Kenyan chairman and a Tanzanian deputy chairman."
	rec := corefRecord(t, lead+body)
	if hasPartyNamed(rec, "Kenya") || hasPartyNamed(rec, "Tanzania") {
		t.Errorf("provide for a A chairman and a B deputy: want no parties: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"VALDA, June 2 - The plan envisages a Peruvian commission and a Bolivian observer team.")
	if hasPartyNamed(rec, "Peru") || hasPartyNamed(rec, "Bolivia") {
		t.Errorf("envisages a A commission and a B team: want no parties: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"VALDA, June 2 - After long talks, a Kenyan and a Tanzanian delegation reached an agreement that provides for a joint council.")
	if !hasPartyNamed(rec, "Kenya") || !hasPartyNamed(rec, "Tanzania") {
		t.Errorf("a A and a B delegation before the content verb: want both parties: %s", dump(rec))
	}
}

// "a corridor along the coast of A and B": states named as the land or
// sea of a route locate it and pair no parties, even beside talks
// (roles/featureplaces.go; p2296). The negative case: "talks between A
// and B" in the same story still pair them.
func TestFeatureOfConjunctsPairNoParties(t *testing.T) {
	lead := "Leaders meet on fishing\n"
	rec := corefRecord(t, lead+"MOROVA, July 9 - Since the talks stalled, Norwegian trawlers have landed their catch through the ports of Estonia and Latvia.")
	if hasPartyNamed(rec, "Estonia") || hasPartyNamed(rec, "Latvia") {
		t.Errorf("through the ports of A and B: want no parties: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"MOROVA, July 9 - The talks between Estonia and Latvia ended on Monday.")
	if !hasPartyNamed(rec, "Estonia") || !hasPartyNamed(rec, "Latvia") {
		t.Errorf("talks between A and B: want both parties: %s", dump(rec))
	}
}
