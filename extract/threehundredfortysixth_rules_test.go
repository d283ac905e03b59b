package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-forty-sixth round: false persons made of
// the names of organizations, buildings and outlets (p2108-p2113: a 1996
// wire on a peace accord and a security firm, a 2015 wire on a trade pact,
// a 1968 wire on talks in a hotel, a 2014 agency on a king received at an
// airport citing a news site, a 2017 agency on talks with armed groups, a
// 2014 agency on a peace panel's annex); each rule with sentences of its
// own.

// isPersonNamed tells whether any person actor is named or aliased name.
func isPersonNamed(rec graph.Record, name string) bool {
	a := actorNamed(rec, name)
	return a != nil && a.Kind == graph.Person
}

// "X Online told", "Y Online reported": a news site named after its paper
// or town with "Online" last is an organization, not a person who met the
// people it quotes (the orgHeads "online" in lexicon/words.txt; p2111,
// p1640, p1998). The negative case: a person's name is still read.
func TestOnlineOutletIsNoPerson(t *testing.T) {
	pub := time.Date(2012, 3, 9, 0, 0, 0, 0, time.UTC)
	head := "Border talks\n\nTALVIK, March 9 (Agency) - Prime Minister Aldo Verenti received his counterpart Jonas Mirkel on Friday, "
	for _, s := range []string{
		"an aide told Valdora Online.\n",
		"Valdora Online reported, citing officials.\n",
	} {
		rec := recordAt(t, head+s, pub)
		if isPersonNamed(rec, "Valdora Online") {
			t.Errorf("%q: the news site is no person: %s", s, dump(rec))
		}
		if slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool { return slices.Contains(m.Participants, "Valdora Online") }) {
			t.Errorf("%q: the news site met no one: %s", s, dump(rec))
		}
		if !metPair(rec, "Aldo Verenti", "Jonas Mirkel") {
			t.Errorf("%q: want Verenti's meeting with Mirkel: %s", s, dump(rec))
		}
	}
}

// "in the old Hotel X", "the former Hotel Y": a building named head first,
// as hotels are, is no person, even when a modifier between the article
// and the name hides the article (buildingLeads in mention/classify.go;
// p2110, p2029).
func TestHotelNamedHeadFirstIsNoPerson(t *testing.T) {
	pub := time.Date(1971, 6, 2, 0, 0, 0, 0, time.UTC)
	head := "Envoys meet\n\nVIENNA, June 2 (Wire) - Anton Grell and Piet Vandersloot "
	for _, s := range []string{
		"met for two hours today in the old Hotel Belvaux.\n",
		"held their first session today in the ballroom of the former Hotel Belvaux.\n",
	} {
		rec := recordAt(t, head+s, pub)
		if isPersonNamed(rec, "Hotel Belvaux") {
			t.Errorf("%q: the hotel is no person: %s", s, dump(rec))
		}
		if !metPair(rec, "Anton Grell", "Piet Vandersloot") {
			t.Errorf("%q: want Grell's meeting with Vandersloot: %s", s, dump(rec))
		}
	}
}
