package extract

import "testing"

// Issue 14's two-hundred-and-fifty-third round: parties of negotiations
// the extractor did not read (p1550-p1555: a wire on border talks between
// two Communist neighbours' deputy ministers, 1987; an Indian daily on
// two defence secretaries' glacier talks, 1989; a Spanish agency on two
// presidents who met at an inauguration, their border dispute told a
// sentence later, 1998; a Japanese agency on a ministry delegation's
// fishing-zone talks, 1977; a Kyiv weekly on two gas companies' price
// talks, 2005; a Singapore daily on a prime minister's first official
// visit with its agenda and a protocol call, 2004); each rule with
// sentences of its own.

// "Their talks centred on the border dispute" a sentence or two after
// the meeting: the issue told after the encounter makes the two sides
// parties, as it would in the meeting's own sentence (laterIssueTold,
// roles laterissue.go; lexicon issueBackNouns, issueCentreVerbs; p1552).
// The negative cases: talks that centred on trade tell no dispute, a
// dispute "between" two other sides, after another meeting, is theirs,
// and "the war in Syria" a third state's (otherStateNamed).
func TestLaterSentenceIssueMakesParties(t *testing.T) {
	lead := "Presidents meet\nLIMA, March 3 - Chilean President Ivo Dren and Peruvian President Pel Orvik met in Lima on Monday.\n"
	for _, later := range []string{
		"Their talks centred on the maritime border dispute.",
		"The two leaders were together for two hours at a lakeside villa.\nThe 90-minute session at the palace dealt with the fishing dispute off the coast.",
	} {
		rec := corefRecord(t, lead+later)
		if !hasPartyNamed(rec, "Chile") || !hasPartyNamed(rec, "Peru") {
			t.Errorf("%q: want Chile and Peru parties: %s", later, dump(rec))
		}
	}
	for _, later := range []string{
		"Their talks centred on trade and tourism.",
		"Earlier, Dren met the Argentine foreign minister.\nTheir talks centred on the border dispute between Argentina and Chile.",
		"Their talks focused on the war in Syria.",
	} {
		rec := corefRecord(t, lead+later)
		if hasPartyNamed(rec, "Peru") {
			t.Errorf("%q: want Peru no party: %s", later, dump(rec))
		}
	}
}

// "held talks with X, but the two sides failed to agree on the quotas":
// talks that ended without agreeing are a negotiation of the sides at
// the table, whatever their matter (deadlockTold in MeetingSides, roles
// roles.go; p1553). The negative case: a meeting told with no deadlock
// and no dispute names no parties.
func TestMeetingDeadlockMakesParties(t *testing.T) {
	lead := "Quota talks\nOSLO, March 3 - Norwegian Fisheries Minister Ivo Dren held talks with Danish Fisheries Minister Pel Orvik in Oslo on Friday, "
	rec := corefRecord(t, lead+"but the two sides failed to agree on the herring quotas.")
	if !hasPartyNamed(rec, "Norway") || !hasPartyNamed(rec, "Denmark") {
		t.Errorf("want Norway and Denmark parties: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"and the two discussed cooperation in research.")
	if hasPartyNamed(rec, "Norway") {
		t.Errorf("want no parties: %s", dump(rec))
	}
}

// "A Japanese Fisheries Ministry delegation headed by Minister X": the
// head of a demonym's ministry delegation sits for the demonym's state
// (stateBeforeBody, actors positions.go; p1553). The negative case: a
// ministry delegation with no demonym before it gives its head no state.
func TestMinistryDelegationHeadSide(t *testing.T) {
	rec := corefRecord(t, "Talks\nMOSCOW, March 3 - A Japanese Fisheries Ministry delegation headed by Minister Ivo Dren held talks with Russian Fisheries Minister Pel Orvik in Moscow on Friday on the border dispute.")
	if !hasPartyNamed(rec, "Japan") || !hasPartyNamed(rec, "Russia") {
		t.Errorf("want Japan and Russia parties: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\nMOSCOW, March 3 - A Fisheries Ministry delegation headed by Minister Ivo Dren arrived in Moscow on Friday.")
	if a := actorNamed(rec, "Ivo Dren"); a == nil || a.Affiliation != "" {
		t.Errorf("want Ivo Dren with no side: %s", dump(rec))
	}
}

// "the presidents of A, X, and of B, Y": each holder takes the post in
// the side named before them (interleavedPosts, actors interleaved.go;
// p1552, and p104, p108, p869, p899 of earlier rounds). The negative
// case: a second holder after "of" and no side name takes no post of
// the first side.
func TestInterleavedRespectivePosts(t *testing.T) {
	rec := corefRecord(t, "Summit\nLIMA, March 3 - The presidents of Chile, Ivo Dren, and of Peru, Pel Orvik, met in Lima on Friday.")
	if a := actorNamed(rec, "Ivo Dren"); a == nil || !hasPosition(a, "president", "Chile") {
		t.Errorf("want Ivo Dren president of Chile: %s", dump(rec))
	}
	if a := actorNamed(rec, "Pel Orvik"); a == nil || !hasPosition(a, "president", "Peru") {
		t.Errorf("want Pel Orvik president of Peru: %s", dump(rec))
	}
	rec = corefRecord(t, "Summit\nLIMA, March 3 - The presidents of Chile, Ivo Dren, and of the national bank, Pel Orvik, met Peruvian Foreign Minister Ana Lind in Lima on Friday.")
	if a := actorNamed(rec, "Pel Orvik"); a != nil && hasPosition(a, "president", "Chile") {
		t.Errorf("want Pel Orvik no president of Chile: %s", dump(rec))
	}
}

// "the guarantor countries of the protocol, which are A, B and C": a
// relative clause with a copula after a plural of mediators names them
// (copulaMediators, roles mediatorcopula.go; lexicon mediatorStateNouns;
// p1552). The negative case: countries that are not called guarantors
// broker nothing.
func TestCopulaListsMediators(t *testing.T) {
	lead := "Border talks\nLIMA, March 3 - Chilean President Ivo Dren and Peruvian President Pel Orvik held talks on the border dispute in Lima on Monday.\n"
	rec := corefRecord(t, lead+"The guarantor countries of the 1929 treaty, which are Argentina, Brazil and Mexico, have urged a settlement.")
	for _, m := range []string{"Argentina", "Brazil", "Mexico"} {
		if !hasMediator(rec, m) {
			t.Errorf("want %s a mediator: %s", m, dump(rec))
		}
	}
	rec = corefRecord(t, lead+"The neighbouring countries of the region, which are Argentina, Brazil and Mexico, have urged a settlement.")
	if hasMediator(rec, "Argentina") {
		t.Errorf("want no mediator: %s", dump(rec))
	}
}
