package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-eleventh round: parties whose role is not
// read though a negotiation is (p1298-p1303: two chief negotiators of a
// state and a bloc resuming trade talks, a 1921 conference opened between
// a government and a parliament's delegates, a president's talks with a
// commission's president on a framework deal, two foreign ministers
// opening peace treaty talks, a government and rebels at a round table, a
// government's televised talks with protest leaders); each rule with
// sentences of its own.

// twohundredeleventhRecord extracts text published on corefPub.
func twohundredeleventhRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	return corefRecord(t, text)
}

// "A's chief negotiator X met his B counterpart Y": a held meeting of two
// sides' people, one of them holding a negotiator's post, makes the two
// sides parties, a bloc beside a state included (negotiatorsMet, roles
// negotiators.go; lexicon "negotiatorTitles"; p1298). The negative cases:
// a negotiator meeting a minister of the same state, three sides at one
// table, and two ministers with no negotiator among them.
func TestNegotiatorsMetAreSides(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"Talks resume\nChile's chief negotiator Pel Dorran met his Peruvian counterpart Ivo Kesk in Lima on Thursday.", "Chile", "Peru"},
		{"Talks resume\nPeru's negotiator Ivo Kesk held a working lunch with Chile's Trade Minister Pel Dorran in Lima on Thursday.", "Peru", "Chile"},
		{"Talks resume\nNorway's chief negotiator Pel Dorran and his European Union counterpart Ivo Kesk resumed talks in Brussels on Thursday.", "Norway", "European Union"},
	} {
		rec := twohundredeleventhRecord(t, c.text)
		if !hasPartyNamed(rec, c.a) || !hasPartyNamed(rec, c.b) {
			t.Errorf("%q: want %s and %s parties: %s", c.text, c.a, c.b, dump(rec))
		}
	}
	for _, text := range []string{
		"Talks resume\nChile's chief negotiator Pel Dorran met Chile's Foreign Minister Lena Orvik in Santiago on Thursday.",
		"Talks resume\nChile's chief negotiator Pel Dorran, Peru's Ivo Kesk and Bolivia's Lena Orvik met in Lima on Thursday.",
		"Talks resume\nChile's Foreign Minister Pel Dorran met his Peruvian counterpart Ivo Kesk in Lima on Thursday.",
	} {
		rec := twohundredeleventhRecord(t, text)
		if len(rec.Negotiations) > 0 {
			t.Errorf("%q: want no negotiation: %s", text, dump(rec))
		}
	}
}

// "A's talks with the European Union": a bloc after the possessive's
// "with" is the other side, as a state is (possessiveWith, roles
// governmentside.go, blocAfter in negotiators.go; p1298). The negative
// case: talks framed as cooperation ("on tourism") join no sides.
func TestPossessiveTalksWithBloc(t *testing.T) {
	rec := twohundredeleventhRecord(t, "Fish quarrel\nNorway's talks with the European Union stalled over fishing rights on Friday.")
	if !hasPartyNamed(rec, "Norway") || !hasPartyNamed(rec, "European Union") {
		t.Errorf("want Norway and the European Union parties: %s", dump(rec))
	}
	rec = twohundredeleventhRecord(t, "Fish quarrel\nNorway's talks with the European Union on tourism went well on Friday.")
	if len(rec.Negotiations) > 0 {
		t.Errorf("talks on tourism are cooperation: %s", dump(rec))
	}
}

// "A was negotiating with B", "A has been negotiating with the European
// Union": the subject of a negotiating verb and the side after "with" are
// parties (negotiatingWith, roles negotiators.go; lexicon
// "negotiateVerbs"; p1298). The negative case: capitals standing for
// their states ("Santiago was negotiating with Lima") are left alone, as
// a capital may stand for a bloc seated there.
func TestNegotiatingWithVerb(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"Border quarrel\nOfficials said Chile was negotiating with Peru over the maritime border.", "Chile", "Peru"},
		{"Border quarrel\nChile has been negotiating with the European Union since March.", "Chile", "European Union"},
	} {
		rec := twohundredeleventhRecord(t, c.text)
		if !hasPartyNamed(rec, c.a) || !hasPartyNamed(rec, c.b) {
			t.Errorf("%q: want %s and %s parties: %s", c.text, c.a, c.b, dump(rec))
		}
	}
	rec := twohundredeleventhRecord(t, "Border quarrel\nOfficials said Santiago was negotiating with Lima over the maritime border.")
	if len(rec.Negotiations) > 0 {
		t.Errorf("capitals are left alone: %s", dump(rec))
	}
	// A conjoined subject is one side of its own, left to the sentences
	// that name the sides (the hundred-and-seventy-ninth round's
	// TestBargainedSides reads it so).
	rec = twohundredeleventhRecord(t, "Border quarrel\nOfficials said Chile and Bolivia were negotiating with Peru over the maritime border.")
	if hasPartyNamed(rec, "Bolivia") && hasPartyNamed(rec, "Peru") {
		t.Errorf("a conjoined subject is left alone: %s", dump(rec))
	}
}

// "A's government and the rebels began peace talks. The rebels of G
// ...": the movement named a sentence later is the side across from the
// state (governmentAndRebels, rebelsNamed, roles negotiators.go; lexicon
// "rebelPlurals"; p1302). The negative case: a government and rebels
// told fighting, with no negotiation, are no parties.
func TestGovernmentAndRebelsNamedLater(t *testing.T) {
	rec := twohundredeleventhRecord(t, "Peace bid\nColombia's government and the rebels began peace talks in Havana on Monday. The rebels of the Korvala Liberation Front sent their commander Ivo Kesk.")
	if !hasPartyNamed(rec, "Colombia") || !hasPartyNamed(rec, "Korvala Liberation Front") {
		t.Errorf("want Colombia and the front parties: %s", dump(rec))
	}
	rec = twohundredeleventhRecord(t, "War goes on\nColombia's government and the rebels have fought for decades. The rebels of the Korvala Liberation Front sent their commander Ivo Kesk to the border.")
	if len(rec.Negotiations) > 0 {
		t.Errorf("fighting is no negotiation: %s", dump(rec))
	}
}

// "A and B want access to the waters, and C has said it would rather have
// no deal": a negotiation noun only in a later clause with a subject of
// its own makes no sides of the states joined before it
// (negOnlyInLaterClause, roles negotiators.go; lexicon "clauseJoiners";
// p1298). The negative cases: a later clause with no subject of its own
// ("and the talks will continue"), and a deal in the first clause, still
// pair the two.
func TestNegotiationOnlyInLaterClause(t *testing.T) {
	rec := twohundredeleventhRecord(t, "Deal hopes\nFishing remains the hardest issue: France and the Netherlands want their fleets to keep access to the waters, and Spain has said it would rather have no deal than a bad one.")
	if hasPartyNamed(rec, "France") || hasPartyNamed(rec, "Netherlands") {
		t.Errorf("states only told wanting are no parties: %s", dump(rec))
	}
	for _, text := range []string{
		"Deal hopes\nFrance and the Netherlands met in Geneva on Monday, and the talks will continue on Tuesday.",
		"Deal hopes\nFrance and the Netherlands signed a fishing deal on Monday, and Spain said it would follow.",
	} {
		rec := twohundredeleventhRecord(t, text)
		if !hasPartyNamed(rec, "France") || !hasPartyNamed(rec, "Netherlands") {
			t.Errorf("%q: want France and the Netherlands parties: %s", text, dump(rec))
		}
	}
}

// A side the story already pairs with someone else, or one it names a
// mediator, is no side by a negotiator's meeting (negotiatorsMet, roles
// negotiators.go; p427, p447): a host's foreign minister who welcomed one
// side's negotiator, and a mediator's session with a negotiator. A guard
// on this round's own rule: the mediator case fails on the round's first
// commit, not on main, which reads no side there.
func TestNegotiatorsMetSkipsHostsAndMediators(t *testing.T) {
	rec := twohundredeleventhRecord(t, "Talks open\nChile and Bolivia opened peace talks in Lima on Monday under Peruvian mediation. Peru's Foreign Minister Pel Dorran welcomed Bolivia's chief negotiator Ivo Kesk on Sunday.")
	if hasPartyNamed(rec, "Peru") {
		t.Errorf("the host is no party: %s", dump(rec))
	}
	rec = twohundredeleventhRecord(t, "Talks open\nLars Eklund, a Norwegian diplomat who mediates the talks, held a separate session with Bolivia's chief negotiator Ivo Kesk in Lima on Tuesday.")
	if hasPartyNamed(rec, "Norway") {
		t.Errorf("the mediator's state is no party: %s", dump(rec))
	}
}
