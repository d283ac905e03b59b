package extract

import "testing"

// Issue 14's four-hundred-and-twentieth round: capitalised non-persons
// read as persons (p2552-p2557: a French agency's Gulf ministers' meeting
// of 2008, a Chinese agency's Kathmandu talks of 2009, a Russian agency's
// Hamas visit of 2006, a London paper's Canterbury visit of 1982, a UN
// readout of 2010, an American wire's Baghdad summons of 1990), while the
// persons named beside such words are kept; each rule with sentences of
// its own.

// "Gulf Arab diplomats", "Sunni Arab parties", "Roman Catholic bishops",
// "the Anglican Communion": a run opening or closing with a people's,
// faith's or church's adjective labels a bloc or a community
// (mention.labelRun), and sat in no meeting. The persons beside it stay.
func TestCommunityLabelIsNoPerson(t *testing.T) {
	rec := run(t, "Envoys meet\n\nBEIRUT, Feb. 4 (Reuters) - Foreign Minister Tarek Nassim met Gulf Arab envoys in Beirut on Tuesday.\nGulf Arab diplomats said the talks covered shipping in the Gulf, and Sunni Arab parties welcomed them.\n", "2009-02-04")
	for _, n := range []string{"Gulf Arab", "Sunni Arab"} {
		if hasPerson(rec, n) {
			t.Errorf("%q is a bloc, no person: %s", n, dump(rec))
		}
	}
	if !hasPerson(rec, "Tarek Nassim") {
		t.Errorf("want the minister kept: %s", dump(rec))
	}
	rec = run(t, "Envoys meet\n\nBEIRUT, Feb. 4 (Reuters) - Bishop Anton Marek met Cardinal Lucien Varo in Beirut on Tuesday, the first such talks of the Roman Catholic and Maronite churches this year.\nThe Anglican Communion sent an observer. Roman Catholic bishops said the meeting was warm.\n", "2009-02-04")
	if hasPerson(rec, "Roman Catholic") || hasPerson(rec, "Anglican Communion") {
		t.Errorf("a church is no person: %s", dump(rec))
	}
	if !metPair(rec, "Anton Marek", "Lucien Varo") {
		t.Errorf("want the bishop and the cardinal met: %s", dump(rec))
	}
}

// "CITY, May 2 (Agency-Name) --" and "..., the ministry said
// (Agency-Name).": the bracketed credit is a news agency, and so is the
// same name where a source "told" it (mention.agencyCredits).
func TestAgencyCreditIsNoPerson(t *testing.T) {
	for _, s := range []string{
		"Talks\n\nOSLO, May 2 (Anta-Rusk) -- Foreign Minister Arne Tovik on Friday received a delegation led by Lars Brenning at the ministry.\nAn aide to the minister told Anta-Rusk on Saturday that the visit had gone well.\n",
		"Talks\n\nOSLO, May 2 (Reuters) - Foreign Minister Arne Tovik on Friday received a delegation led by Lars Brenning at the ministry.\nThe delegation is to stay until Sunday, the ministry said (Anta-Rusk).\n",
	} {
		rec := run(t, s, "2009-05-02")
		if hasPerson(rec, "Anta-Rusk") {
			t.Errorf("an agency's credit is no person: %q: %s", s, dump(rec))
		}
		if !metPair(rec, "Arne Tovik", "Lars Brenning") {
			t.Errorf("want the minister and the visitor met: %s", dump(rec))
		}
	}
}

// "the Swiss Charge d'Affaires, X,", "told the Charge d'Affaires": the
// post of an embassy's head without an ambassador is a title (lexicon
// titleHeads "d'affaires", titleMods "charge"), no person of its own.
func TestChargeDAffairesIsATitle(t *testing.T) {
	rec := run(t, "Envoy summoned\n\nBAGHDAD, March 2 (AP) - Foreign Minister Adil Rahim summoned the Swiss Charge d'Affaires, Martin Kessel, on Monday.\nRahim told the Charge d'Affaires that the border would stay closed.\n", "2009-03-03")
	if hasPerson(rec, "Charge d'Affaires") {
		t.Errorf("a post is no person: %s", dump(rec))
	}
	a := actorNamed(rec, "Martin Kessel")
	if a == nil || !hasPosition(a, "Charge d'Affaires", "Switzerland") {
		t.Errorf("want the diplomat with his post: %s", dump(rec))
	}
}
