package extract

import (
	"testing"
)

// Issue 14's three-hundred-and-sixty-ninth round: an untargeted batch
// (p2246-p2251: a state agency on a three-way leaders' meeting, a news
// agency on a surprise summit in a border village, a presidential
// readout of a phone call, 1950s wire copy on a pact between two prime
// ministers, an African agency on a peace protocol's signing, a Latin
// American agency on a border treaty); each rule with sentences of its
// own.

// "the special envoy for Somalia, X, who mediated the talks": the
// country a post is assigned to, named after the post's "for", is where
// the holder serves, not a second broker listed before them (lexicon
// "postedForNouns", roles/postedfor.go; p631, p1565, p2250). The negative
// case: a real list "Norway and Iceland, which mediated the talks" keeps
// both brokers.
func TestPostedForCountryIsNoBroker(t *testing.T) {
	for _, c := range []struct{ text, who, country string }{
		{"Ceasefire signed\nThe accord was signed before the personal envoy of the African Union commission chairperson for Somalia, Arno Tessel, who mediated the negotiations since March.", "Arno Tessel", "Somalia"},
		{"Ceasefire signed\nThe Swedish special envoy for Guatemala, Arno Tessel, who helped to broker the accord, sat beside him.", "Arno Tessel", "Guatemala"},
	} {
		rec, err := Extract(Article{ID: "t", Text: c.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if !hasMediator(rec, c.who) {
			t.Errorf("%q: want %s a mediator: %s", c.text, c.who, dump(rec))
		}
		if hasMediator(rec, c.country) {
			t.Errorf("%q: want %s no mediator: %s", c.text, c.country, dump(rec))
		}
	}
	text := "Ceasefire signed\nThe talks between Somalia and the rebels were hosted in Oslo by Norway and Iceland, which mediated the negotiations since March."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{"Norway", "Iceland"} {
		if !hasMediator(rec, m) {
			t.Errorf("%q: want %s a mediator: %s", text, m, dump(rec))
		}
	}
}

// "the observer countries of the process, Chile, the United States and
// Russia", "with observers from France, the United States and Russia
// sitting in": a list after an
// observers' phrase names third parties, so its last two items are no
// pair of sides (roles/observerlist.go; lexicon "thirdPartyNouns"; p1245,
// p1540, p2250). The negative case: "talks between A and B"
// with no observers' phrase still pairs them.
func TestObserverListIsNoSides(t *testing.T) {
	for _, text := range []string{
		"Accord signed\nThe accord was witnessed by the envoys of the four observer countries of the peace talks, Chile, the United States and Russia.",
		"Accord signed\nThe peace talks opened on Monday in the capital, with observers from France, the United States and Russia sitting in.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"United States", "Russia"} {
			if hasPartyNamed(rec, s) {
				t.Errorf("%q: want %s no party: %s", text, s, dump(rec))
			}
		}
	}
	text := "Accord signed\nThe peace talks between Peru and Mexico opened on Monday in the capital."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if !hasPartyNamed(rec, "Peru") || !hasPartyNamed(rec, "Mexico") {
		t.Errorf("%q: want Peru and Mexico parties: %s", text, dump(rec))
	}
}
