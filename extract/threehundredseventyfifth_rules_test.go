package extract

import "testing"

// Issue 14's three-hundred-and-seventy-fifth round: definite descriptions
// of people by nationality and post (p2282-p2287: a 2010 agency on two
// neighbours' foreign ministers, a 1998 wire on a border round with a
// guarantor's minister, a 2022 ministry readout of a call, a 2024 agency
// on two ministers' talks, a 1999 agency on talks on an assembly's
// sidelines, a 2018 agency on a minister's talks before a summit); each
// rule with sentences of its own.

// "the Slovenian minister met X", "the Chilean foreign minister had met
// X": wire copy calls a minister named before by his state's adjective
// and his post; the description stands for that state's person named
// last (coref.DemonymPost; p2283, p2286, and p379, p464, p898, p1410,
// p2090, p2092 rose). The negative cases: a name set after the
// description is its person, and a plural description is no one person.
func TestDemonymPostSubject(t *testing.T) {
	lead := "Ministers meet in Geneva\nGENEVA, March 3 - Slovenia's Ivo Marek and Chile's Rosa Ibarra held talks on Tuesday on trade.\n"
	// The minister is named by his state, with no title, and a second
	// person of the state is named later: neither the post nor the
	// state's one person reads the description, its place does.
	tail := "\nSlovenian President Janez Rupnik will visit Santiago in May.\n"
	for _, s := range []string{
		"Later in the day the Slovenian minister met Secretary-General Tomas Vrana at the United Nations office.",
		"On Monday the Slovenian foreign minister had also met separately with the envoy, Tomas Vrana, to discuss the treaty.",
	} {
		rec := corefRecord(t, lead+s+tail)
		if !metPair(rec, "Ivo Marek", "Tomas Vrana") {
			t.Errorf("%s: want Marek with Vrana: %s", s, dump(rec))
		}
		if metPair(rec, "Rosa Ibarra", "Tomas Vrana") {
			t.Errorf("%s: the Chilean put with Vrana: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Later the Chilean minister, Pablo Serra, met Tomas Vrana in Geneva."+tail)
	if metPair(rec, "Rosa Ibarra", "Tomas Vrana") {
		t.Errorf("the apposed name is the minister: %s", dump(rec))
	}
}
