package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-eighteenth round: parties where no
// negotiation is read (p1340-p1345: a wire on a state's tax deal with a
// gold miner, a news agency on a fisheries protocol initialled by two
// capitals, a 1999 land border treaty, a 1938 broadsheet on agreements
// between two governments, an Indian daily on an accord with an armed
// group's factions, a translated wire on a government's dialogue with an
// indigenous confederation); each rule with sentences of its own.

// A name closed by a company's legal form ("Corp", "Plc", "Ltd") is an
// organization, not a person read from its capitalized words (mention
// orgHeads with lexicon "companySuffixes"; p1340).
func TestCompanySuffixMakesOrganization(t *testing.T) {
	for _, name := range []string{"Korvin Copper Corp", "Dalmar Holdings Plc"} {
		rec := corefRecord(t, "Miner in talks\nLUSAKA, May 4 - "+name+" said on Monday it had filed its annual report with regulators in Zambia.")
		a := actorNamed(rec, name)
		if a == nil || a.Kind != graph.Organization {
			t.Errorf("%s: want an organization, got %+v", name, a)
		}
	}
}

// "A and X Corp reached an agreement to settle their dispute": a state
// and a company told as one subject over a negotiation noun are the two
// sides (roles companyAgainstState, companyside.go; lexicon
// "companySuffixes"; p1340). The negative cases: two companies joined
// over a deal are a contract, and a company beside a state that is only
// its host names no sides.
func TestCompanyAgainstStateSides(t *testing.T) {
	for _, text := range []string{
		"Mining row settled\nLUSAKA, May 4 - Zambia and Korvin Copper Corp have reached an agreement on a framework to settle their dispute over export taxes, the president said on Thursday.",
		"Tax row\nLUSAKA, May 4 - Zambia and Korvin Copper Corp resumed talks on Monday over a disputed tax bill.",
	} {
		rec := corefRecord(t, text)
		if !hasPartyNamed(rec, "Zambia") || !hasPartyNamed(rec, "Korvin Copper Corp") {
			t.Errorf("%q: want Zambia and Korvin Copper Corp parties: %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		"Merger agreed\nLUSAKA, May 4 - Korvin Copper Corp and Dalmar Holdings Plc reached an agreement on a merger on Thursday, the companies said.",
		"Miner expands\nLUSAKA, May 4 - Korvin Copper Corp opened a smelter in Zambia on Thursday.",
	} {
		rec := corefRecord(t, text)
		if hasPartyNamed(rec, "Korvin Copper Corp") {
			t.Errorf("%q: want no company a party: %s", text, dump(rec))
		}
	}
}

// "the All X Students' Union (ABSU)", "the Workers' Party": a plural's
// apostrophe before a body's head stays inside the body's name, which is
// then a side like any other (mention pluralPossessiveInName,
// possessivebody.go; p1344). The negative cases: a possessive before a
// common noun ("the Ministers' meeting") or of a single name ("Reuters'
// report") makes no body.
func TestPluralPossessiveInBodyName(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Accord signed\nNEW DELHI, May 4 - The All Karbi Students' Union (AKSU) signed an accord with the government on Monday.", "All Karbi Students' Union"},
		{"Talks resume\nSEOUL, May 4 - The Workers' Party and the government held talks on the strike on Monday.", "Workers' Party"},
		{"Farmers meet\nNAIROBI, May 4 - Leaders of the National Farmers\u2019 Union met the agriculture minister on Monday.", "National Farmers\u2019 Union"},
	} {
		rec := corefRecord(t, c.text)
		if actorNamed(rec, c.name) == nil {
			t.Errorf("%q: want the body %s: %s", c.text, c.name, dump(rec))
		}
	}
	rec := corefRecord(t, "Talks end\nPARIS, May 4 - Reuters' report said the Ministers' meeting ended without a statement.")
	for _, a := range rec.Actors {
		if a.Name == "Reuters' report" || a.Name == "Ministers' meeting" || a.Name == "Ministers" {
			t.Errorf("want no body read through a possessive: %s", dump(rec))
		}
	}
}
