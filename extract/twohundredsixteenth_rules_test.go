package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-sixteenth round: an untargeted batch
// (p1328-p1333: a 1961 broadsheet on a presidents' meeting at a
// chateau, a 1984 wire on a signing in a capital's great hall, a 2017
// Spanish agency's talks in a Caribbean capital, a 1954 broadsheet's
// heads of agreement initialled in a capital, a 1991 wire on talks a
// mediator chaired in London, a 2022 Pakistani daily on a jirga's talks
// in Kabul); each rule with sentences of its own.

// "The heads of an agreement were initialled here this evening by A and
// B": the dateline's "here" and the day's words may stand bare between
// a passive signing and its "by" (passiveGapWords, meeting/meetings.go
// passiveAgent; p1331). The negative case: a passive verb of no meeting
// ("was criticised here today by A and B") brings no one together.
func TestPassiveSigningPastHereAndDay(t *testing.T) {
	for _, s := range []string{
		"The heads of an agreement were initialled here this evening by Mr. Aldo Brem, the Foreign Minister, and Colonel Ivo Renner, the Prime Minister of Norland.",
		"The accord was signed here today by Foreign Minister Aldo Brem and Prime Minister Ivo Renner.",
		"The protocol was signed there yesterday morning by Foreign Minister Aldo Brem and Prime Minister Ivo Renner.",
	} {
		rec := corefRecord(t, "Accord initialled\n\nKESTRIA, March 9 - "+s+"\n")
		if !metPair(rec, "Aldo Brem", "Ivo Renner") {
			t.Errorf("want Aldo Brem met Ivo Renner in %q: %s", s, dump(rec))
		}
	}
	neg := "Accord criticised\n\nKESTRIA, March 9 - The accord was criticised here today by Foreign Minister Aldo Brem and Prime Minister Ivo Renner.\n"
	if rec := corefRecord(t, neg); metPair(rec, "Aldo Brem", "Ivo Renner") {
		t.Errorf("criticising a text is no meeting: %s", dump(rec))
	}
}

// "Minister of National Guidance", "Minister of Supply": the portfolio
// after "Minister of" is no person, though it is capitalized
// (portfolioWords, mention/mentions.go; p1331). The negative case: the
// name told before the title stays a person.
func TestPortfolioGuidanceSupplyNoPerson(t *testing.T) {
	text := "Talks\n\nKESTRIA, March 9 - Pia Sorell met Major Ivo Renner, Minister of National Guidance, and Aldo Brem, Minister of Supply, on Friday.\n"
	rec := corefRecord(t, text)
	for _, n := range []string{"Guidance", "National Guidance", "Supply"} {
		if a := actorNamed(rec, n); a != nil && a.Kind == graph.Person {
			t.Errorf("%q is a portfolio, not a person: %s", n, dump(rec))
		}
	}
	if !metPair(rec, "Pia Sorell", "Ivo Renner") || !metPair(rec, "Pia Sorell", "Aldo Brem") {
		t.Errorf("want Pia Sorell met Ivo Renner and Aldo Brem: %s", dump(rec))
	}
}

// "U.S. Envoy Tells Chadian Rebels to Wait": the lone capitalized word
// after a title in the headline is its verb of saying, not the holder's
// name (mention/classify.go headlineVerb; p1332). The negative case: a
// name after a title in the headline stays a person ("President Renner
// Meets Envoy").
func TestHeadlineSayingVerbNoPerson(t *testing.T) {
	text := "U.S. Envoy Tells Chadian Rebels to Wait\n\nLONDON (AP) - Foreign Minister Aldo Brem met Ivo Renner, the rebels' leader, on Friday.\n"
	rec := corefRecord(t, text)
	if a := actorNamed(rec, "Tells"); a != nil {
		t.Errorf("the headline's verb is no actor: %s", dump(rec))
	}
	neg := "President Renner Meets Envoy\n\nKESTRIA, March 9 - Foreign Minister Aldo Brem met President Ivo Renner on Friday.\n"
	if rec := corefRecord(t, neg); actorNamed(rec, "Ivo Renner") == nil {
		t.Errorf("want Ivo Renner a person: %s", dump(rec))
	}
}
