package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-forty-second round: an untargeted batch
// (p884-p889: a state visit, a treaty visit, a phone call, a six-party
// round, a reconciliation meeting, a peace signing); the rule is the
// largest general miss it showed, with sentences of its own.

// Two or three capitalized words that are each a frequent English word
// ("Mark Hill", "Paul Grant") are a person's name, not ordinary words in
// capitals, when a lower-case title comes right before them ("former
// premier Mark Hill") or a title stands in apposition before them ("the
// deputy secretary of state, Paul Grant,") (commonNameAfterTitle,
// mention/classify.go; p887, p641). The negative case: ordinary words in
// capitals with no title before ("Green Park") stay no one.
func TestCommonWordNameAfterTitle(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"The deputy secretary of state, Paul Grant, met Omar Halabi in Tunis on Monday.", "Paul Grant"},
		{"The trade envoy, Paul Grant, met Omar Halabi in Tunis on Monday.", "Paul Grant"},
		{"Former premier Mark Hill met Omar Halabi in Tunis on Monday.", "Mark Hill"},
	} {
		if got := pairsOf(t, "Water accord\n"+c.text); !slices.Contains(got, "Omar Halabi|"+c.name) && !slices.Contains(got, c.name+"|Omar Halabi") {
			t.Errorf("%q: want %s paired with Omar Halabi, got %v", c.text, c.name, got)
		}
	}
	// Negative: no title before the capitalized common words.
	if _, ok := personsOf(t, "Omar Halabi walked through Green Park in London on Monday before his talks with Rafael Ortiz.")["Green Park"]; ok {
		t.Errorf("Green Park read as a person")
	}
}
