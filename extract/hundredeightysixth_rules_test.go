package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-eighty-sixth round: mediators told by a phrase
// the role reader did not take (p1148-p1153: a peace treaty mediated by
// a former head of state, a memorandum signed with the guarantors of the
// accord, talks convened by a contact group with two ministers in the
// chair and a troika of mediators, a unity accord convened by a king, a
// national dialogue with a quartet of bodies in the chair, and an envoy
// who shuttled between two capitals); each rule with sentences of its
// own.

// A title run holding a lowercase modifier or a demonym ("former
// Chilean President X") opens an item of an agent list as a bare title
// does: "mediated by former Chilean President X" makes X the mediator
// (describedTitledPerson, roles/roles.go; p1148). The negative case: the
// same described person as the agent of a verb that brokers nothing
// ("attended by former Chilean President X") is no mediator.
func TestDescribedTitledAgentIsMediator(t *testing.T) {
	lead := "Guyana and Suriname signed a fisheries accord in Georgetown on Monday. "
	for _, title := range []string{"former Chilean President", "former President", "the former Chilean Foreign Minister"} {
		got := mediatorsOf(t, lead+"The accord ended three years of talks mediated by "+title+" Ramon Ortiz Vidal.")
		if !slices.Contains(got, "Ramon Ortiz Vidal") {
			t.Errorf("%s: want Ramon Ortiz Vidal among the mediators, got %v", title, got)
		}
	}
	if got := mediatorsOf(t, lead+"The signing was attended by former Chilean President Ramon Ortiz Vidal."); len(got) > 0 {
		t.Errorf("a described person who brokers nothing read as a mediator: %v", got)
	}
}
