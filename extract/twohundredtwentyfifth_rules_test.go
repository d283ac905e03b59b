package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-twenty-fifth round: roles in many-party
// negotiations (p1382-p1387: a six-party round chaired by its host, a
// round between Iran and six powers, a trade round's group of seven, a
// treaty conference under two co-chairmen, a six-nation ceasefire signed
// at a summit its host chaired, and a contact group whose chair
// mediates); each rule with sentences of its own.

// "talks between A and four other countries -- B, C, D and E", "between
// A and the three powers, namely B, C and D": the listed states spell out
// the group and are sides with A (groupedBetween, roles groupedsides.go;
// lexicons "groupSideNouns", "groupSideModifiers"; p1382, p1383). A
// listed state the story reads as the chair brokers instead. The
// negative cases: a comma alone after the group noun opens no list ("the
// other countries, Peru said"), and trade between a state and others is
// no negotiation.
func TestGroupedBetweenSides(t *testing.T) {
	for _, c := range []struct {
		text  string
		sides []string
	}{
		{"Andean round resumes\nLIMA, May 4 - The talks between Chile and four other countries -- Peru, Bolivia, Ecuador and Colombia -- resumed in Lima on Monday.", []string{"Chile", "Peru", "Bolivia", "Ecuador", "Colombia"}},
		{"Nordic fisheries round ends\nOSLO, May 4 - Negotiations between Norway and the three powers, namely Sweden, Finland and Denmark, ended in Oslo on Friday.", []string{"Norway", "Sweden", "Finland", "Denmark"}},
	} {
		rec := corefRecord(t, c.text)
		for _, s := range c.sides {
			if !hasPartyNamed(rec, s) {
				t.Errorf("%q: want %s a party: %s", c.text, s, dump(rec))
			}
		}
	}
	rec := corefRecord(t, "Andean round resumes\nLIMA, May 4 - The talks between Chile and four other countries -- Peru, Bolivia, Ecuador and Argentina -- resumed in Lima on Monday. The round was chaired by Argentina, which drafted the final text.")
	if !hasMediator(rec, "Argentina") || hasPartyNamed(rec, "Argentina") || !hasPartyNamed(rec, "Peru") {
		t.Errorf("the listed chair brokers, the rest are sides: %s", dump(rec))
	}
	for _, text := range []string{
		"Andean round resumes\nLIMA, May 4 - The talks between Chile and the other countries, Peru said, would resume in Lima on Monday.",
		"Andean trade grows\nLIMA, May 4 - The trade between Chile and four other countries -- Peru, Bolivia, Ecuador and Colombia -- grew last year.",
	} {
		rec := corefRecord(t, text)
		if hasPartyNamed(rec, "Peru") || hasPartyNamed(rec, "Bolivia") {
			t.Errorf("%q: want no listed party: %s", text, dump(rec))
		}
	}
}

// "The signatories are A, B and C, which back the government, and D and
// E": each listed state is a side of the accord, the list going on after
// its relative clause (signatoriesListed, roles signatorylist.go;
// lexicons "signatoryListNouns", "signatoryListCopulas"; p1386). The
// negative case: a new clause after ", and" with no relative clause
// before it ("and Ethiopia watched") goes on with no list.
func TestSignatoriesListedSides(t *testing.T) {
	lead := "Ceasefire signed in Arusha\nARUSHA, June 2 - A ceasefire agreement was signed here on Saturday. "
	rec := corefRecord(t, lead+"The signatories are Kenya, Tanzania and Burundi, which back the government, and Rwanda and Uganda, which back the rebels.")
	for _, s := range []string{"Kenya", "Tanzania", "Burundi", "Rwanda", "Uganda"} {
		if !hasPartyNamed(rec, s) {
			t.Errorf("want %s a party: %s", s, dump(rec))
		}
	}
	rec = corefRecord(t, lead+"The signatories are Kenya, Tanzania and Burundi, and Ethiopia watched from the gallery.")
	if hasPartyNamed(rec, "Ethiopia") {
		t.Errorf("a state that only watched is no party: %s", dump(rec))
	}
}

// "The A chairs the group through its envoy, a retired judge, and
// mediates between B and C": the mediating verb coordinated after a
// chair's clause shares the sentence's subject (chairClauseSubject,
// roles chairclause.go; lexicon "chairClauseVerbs"; p1387). The negative
// case: a reporting subject before a chair's clause ("Ethiopia said that
// Kenya chairs ...") is no subject of the mediating verb.
func TestChairClauseMediator(t *testing.T) {
	rec := corefRecord(t, "Border committee meets\nJUBA, June 2 - The African Union chairs the committee through its envoy, a retired judge, and mediates between Sudan and South Sudan.")
	if !hasMediator(rec, "African Union") {
		t.Errorf("want the African Union a mediator: %s", dump(rec))
	}
	rec = corefRecord(t, "Border committee meets\nJUBA, June 2 - Ethiopia said on Monday that the committee chairs its sessions in turn and mediates between Sudan and South Sudan.")
	if hasMediator(rec, "Ethiopia") {
		t.Errorf("the reporting state is no mediator: %s", dump(rec))
	}
}
