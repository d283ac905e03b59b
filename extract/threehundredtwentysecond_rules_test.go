package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-twenty-second round: negotiations named by
// their process or format (p1964-p1969: a 2022 agency on a format's
// guarantors' summit, a 2009 news site on a Geneva round co-chaired by
// three bodies, a 2007 agency on a six-party round, a 2022 agency on a
// format's advisers' talks, a 1999 wire on proximity talks, a 1990
// broadsheet on a "two plus four" ministers' meeting); each rule with
// sentences of its own.

// "The A delegation was led by X and the B one by Y": once a team noun
// is written, "one" after the next side stands for it, and the two teams
// headed by someone are the sides of the talks (teamAfter in
// roles/teams.go; p1965, p454, p70).
func TestTeamPronounOne(t *testing.T) {
	pub := time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC)
	rec := recordAt(t, "Maritime round ends\n\nLIMA, March 8 (Agency) - Officials ended a new round of talks on the maritime boundary in Lima on Tuesday. The Chilean delegation was led by Deputy Minister Ivo Kesk and the Peruvian one by Ambassador Lena Orvik.\n", pub)
	if !hasPartyNamed(rec, "Chile") || !hasPartyNamed(rec, "Peru") {
		t.Errorf("want Chile and Peru the parties: %s", dump(rec))
	}
}

// "The A delegation was led by X. The B side was represented by Y.": two
// sentences in a row, each opening on one side's team and naming its
// head, tell the two sides as one sentence would (headedTeamsAcross in
// roles/teams.go; p1967, p536, p110). The negative case: a visiting
// team's head followed by a sentence that opens on no team names no
// second side.
func TestHeadedTeamsAcrossSentences(t *testing.T) {
	pub := time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC)
	for _, second := range []string{"The Peruvian side was represented by Ambassador Lena Orvik.", "The Peruvian delegation was headed by Ambassador Lena Orvik."} {
		rec := recordAt(t, "Maritime round ends\n\nLIMA, March 8 (Agency) - Officials ended a new round of talks on the maritime boundary in Lima on Tuesday. The Chilean delegation was led by Deputy Minister Ivo Kesk. "+second+"\n", pub)
		if !hasPartyNamed(rec, "Chile") || !hasPartyNamed(rec, "Peru") {
			t.Errorf("%s: want Chile and Peru the parties: %s", second, dump(rec))
		}
	}
	rec := recordAt(t, "Ministers visit port\n\nLIMA, March 8 (Agency) - A trade mission arrived in Lima on Tuesday. The Chilean delegation was led by Deputy Minister Ivo Kesk. Its programme includes a visit to Peruvian ports.\n", pub)
	if hasPartyNamed(rec, "Chile") || hasPartyNamed(rec, "Peru") {
		t.Errorf("a visiting team's head alone names no sides: %s", dump(rec))
	}
}

// "The four-party talks, involving A, B, C and D, were launched ...": a
// process named by its own name is spelled out by the states it
// involves, its sides; a listed state the story calls the broker brokers
// instead (involvedSides in roles/amongsides.go; p1966, p1967). The
// negative case: a summit's members, set off the same way, are no sides.
func TestInvolvedSides(t *testing.T) {
	pub := time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC)
	rec := recordAt(t, "Border round closes\n\nQUITO, March 8 (Agency) - A new round of the four-party talks on the border closed in Quito on Tuesday. The four-party talks, involving Chile, Peru, Bolivia and Ecuador, were launched in 2005. Ecuador has served as the mediator of the process.\n", pub)
	for _, s := range []string{"Chile", "Peru", "Bolivia"} {
		if !hasPartyNamed(rec, s) {
			t.Errorf("want %s a party: %s", s, dump(rec))
		}
	}
	if hasPartyNamed(rec, "Ecuador") {
		t.Errorf("the mediator Ecuador is no party: %s", dump(rec))
	}
	rec = recordAt(t, "Leaders gather\n\nQUITO, March 8 (Agency) - The Andean summit, involving Chile, Peru and Bolivia, opened in Quito on Tuesday with a speech on trade.\n", pub)
	if hasPartyNamed(rec, "Chile") || hasPartyNamed(rec, "Peru") {
		t.Errorf("a summit's members are no sides: %s", dump(rec))
	}
}

// "A round of the talks, held in a body's office in a city under the
// co-chairmanship of Z": the chair phrase after the place and time still
// chairs the talks told earlier in its clause, or the sitting a verb of
// meeting tells (chairedClause in roles/appointed.go; p1965, p558). The
// negative case: a summit's chair brokers nothing.
func TestChairedClause(t *testing.T) {
	pub := time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"The second round of the talks between Chile and Peru was held in the old customs building in the port of Arica under the chairmanship of Lena Orvik, a retired judge.",
		"The border talks between Chile and Peru resumed on Monday. The envoys met for three days in the old customs building in the port of Arica under the chairmanship of Lena Orvik, a retired judge.",
	} {
		rec := recordAt(t, "Border round\n\nARICA, March 8 (Agency) - "+s+"\n", pub)
		if !hasMediator(rec, "Lena Orvik") {
			t.Errorf("%s: want Orvik a mediator: %s", s, dump(rec))
		}
	}
	rec := recordAt(t, "Leaders gather\n\nQUITO, March 8 (Agency) - The presidents of Chile and Peru opened the Andean summit in the old customs building in Quito under the chairmanship of Lena Orvik.\n", pub)
	if hasMediator(rec, "Lena Orvik") {
		t.Errorf("a summit's chair is no broker: %s", dump(rec))
	}
}
