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

// A relative clause after an apposition that opens with a determiner and
// a diplomat's noun ("X, an envoy of President Y who has shuttled
// between A and B") says what the envoy did, though the apposition ends
// on a name: X carries between the sides and is the mediator
// (envoyApposedRelative, roles/roles.go; p1153). The negative case: an
// apposition whose noun is no diplomat's ("X, a cousin of President Y
// who has shuttled") leaves the clause to no one.
func TestEnvoyApposedRelativeShuttler(t *testing.T) {
	lead := "Chad and Libya have not answered the proposals. "
	for _, app := range []string{"an envoy of President Omar Keita", "a Malian envoy"} {
		got := mediatorsOf(t, lead+"Amadou Traore, "+app+" who has shuttled between Tripoli and N'Djamena this month, saw the Libyan leader on Sunday.")
		if !slices.Contains(got, "Amadou Traore") {
			t.Errorf("%s: want Amadou Traore among the mediators, got %v", app, got)
		}
	}
	got := mediatorsOf(t, lead+"Amadou Traore, a cousin of President Omar Keita who has shuttled between Tripoli and N'Djamena this month, saw the Libyan leader on Sunday.")
	if slices.Contains(got, "Amadou Traore") {
		t.Errorf("a relative after an apposition of no diplomat's noun read as the envoy's: %v", got)
	}
}

// In a list read backwards from its last item, "his" before that
// item's title ("A and his Danish counterpart B", "A, the Foreign
// Minister, and his Danish counterpart B") is A's and belongs to the
// item: A and B both chair the talks (listSpanEndingAt,
// roles/roles.go; p1150). The negative cases: a middle item that names
// a person of its own ("A, the Danish Foreign Minister C, and B") keeps
// C among the chairs; a lone "his counterpart B in the chair" makes no
// chair of the person named in the sentence before.
func TestPronounConjunctChairList(t *testing.T) {
	lead := "Estonia and Latvia opened talks on the fishing border in Tallinn on Monday, "
	for _, list := range []string{"Karl Berg, the Foreign Minister, and Jens Holm", "Karl Berg and his Danish counterpart Jens Holm", "Karl Berg, the Foreign Minister, and his Danish counterpart Jens Holm"} {
		got := mediatorsOf(t, lead+"with "+list+" in the chair.")
		if !slices.Contains(got, "Karl Berg") || !slices.Contains(got, "Jens Holm") {
			t.Errorf("%s: want Karl Berg and Jens Holm among the mediators, got %v", list, got)
		}
	}
	got := mediatorsOf(t, lead+"with Karl Berg, the Danish Foreign Minister Ole Dahl, and Jens Holm in the chair.")
	if !slices.Contains(got, "Ole Dahl") {
		t.Errorf("a middle item naming a person skipped as an apposition: %v", got)
	}
	got = mediatorsOf(t, "Karl Berg flew to Tallinn on Monday. Estonia and Latvia opened talks on the fishing border there, with his Danish counterpart Jens Holm in the chair.")
	if slices.Contains(got, "Karl Berg") {
		t.Errorf("a lone pronoun before the chair read as a list: %v", got)
	}
}
