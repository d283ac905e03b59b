package extract

import "testing"

// signing none, stay partners (demonymsOfPosts), as with a treaty.
func TestPactIsANegotiationNoun(t *testing.T) {
	wantRoles(t, "Chile and Peru signed a non-aggression pact on Friday.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chile and Peru on Friday sealed a pact over the river.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "The Chilean and Peruvian foreign ministers welcomed the pact.", nil, nil)
}

// stay a meeting of partners, hyphens or not.
func TestHyphenatedModifierBeforePactNoun(t *testing.T) {
	wantRoles(t, "The presidents of Chile and Peru signed a non-aggression treaty on Monday.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "The presidents of Chile and Peru on Monday reached a long-awaited deal.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "The presidents of Chile and Peru signed a long-term cultural programme.", nil, nil)
	wantRoles(t, "The presidents of Chile and Peru held a two-hour meeting on Monday.", nil, nil)
}

// clause makes the broker stays the broker.
func TestRelativeClauseBeforeSigningClosesPair(t *testing.T) {
	wantRoles(t, "The foreign ministers of Chile and Peru, whose countries have quarrelled for years, signed an accord on Monday.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chile and Peru, which fought a war in 1879, today signed a treaty.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Ecuador and Colombia signed a border accord on Monday. Chile and Peru, which had offered to mediate last year, welcomed the accord.", []string{"Colombia", "Ecuador"}, nil)
	wantRoles(t, "Chile, Peru and Bolivia, which border each other, signed an accord.", nil, nil)
	wantRoles(t, "Talks between Chile and Peru on the border dispute resumed. Bolivia and Brazil, which mediated the talks, welcomed the deal.", []string{"Chile", "Peru"}, []string{"Bolivia", "Brazil"})
}

// make no negotiation.
func TestBoundaryIsADispute(t *testing.T) {
	wantRoles(t, "Chilean Foreign Minister Ana Ruiz met her Peruvian counterpart Luis Soto on Monday for talks on the boundary question.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chilean Foreign Minister Ana Ruiz met Chilean Defence Minister Luis Soto on Monday for talks on the boundary question.", nil, nil)
	wantRoles(t, "Chilean Foreign Minister Ana Ruiz met her Peruvian counterpart Luis Soto on Monday for talks on tourism.", nil, nil)
}

// A pair read from a sentence that names only a pact takes "pact" as its
// topic, not the fallback "negotiations"; a sentence naming talks too
// keeps "talks", ranked first.
func TestPactNamesTheTopic(t *testing.T) {
	for text, want := range map[string]string{
		"Chile and Peru signed a pact on Friday.":                         "pact",
		"Chile and Peru signed a pact on Friday after two days of talks.": "talks",
	} {
		rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: rulesPub})
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Negotiations) != 1 || rec.Negotiations[0].Topic != want {
			t.Errorf("%q: negotiations %+v, want one on %q", text, rec.Negotiations, want)
		}
	}
}
