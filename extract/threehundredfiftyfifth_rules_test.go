package extract

import (
	"slices"
	"testing"
)

// Issue 14's three-hundred-and-fifty-fifth round: organizations named as
// facilitators or mediators and not read (p2162-p2167: a wire's lay
// community that "mediated the session" after a description between
// commas, a paper's initiative with its acronym "chaired by" a former
// president that "facilitated two rounds", a bloc that "brokered" talks, a
// regional bloc with its envoy, a group of co-chairs, a community's
// mediator); each rule with sentences of its own.

// A body named as the subject of a mediating verb with a description
// between commas ("The X Foundation, a Swiss charity, mediated", "The X
// Institute (XI), chaired by Y, facilitated") is the verb's subject
// (describedBody, roles/describedbody.go; p2162, p2163). The negative
// case: a description that is a further name ("The X Foundation, the
// Y Council, ...") is left to the rules before.
func TestDescribedBodyIsMediator(t *testing.T) {
	lead := "Envoys of Ruritania and the Zembla Front resumed talks in Geneva on Thursday. "
	for _, s := range []string{
		"The Barlow Foundation, a Swiss charity, mediated the session.",
		"The Barlow Foundation (BF), chaired by former Swiss president Hans Kohler, facilitated two rounds earlier this year.",
	} {
		if got := mediatorsOf(t, lead+s); !slices.Contains(got, "Barlow Foundation") {
			t.Errorf("%q: want Barlow Foundation among the mediators, got %v", s, got)
		}
	}
	other := "The Barlow Foundation, the Varne Council and Hans Kohler, a Swiss banker, attended the session."
	if got := mediatorsOf(t, lead+other); slices.Contains(got, "Barlow Foundation") {
		t.Errorf("want no mediator from a verb that brokers nothing, got %v", got)
	}
}
