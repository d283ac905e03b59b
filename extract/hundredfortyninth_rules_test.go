package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-forty-ninth round: mediators found as actors
// whose role was not read (p926-p931: talks facilitated by a third state
// and its envoy, a foreign minister carrying messages between two
// delegations, a premier who convened a conference, a mediating team of
// a lay community, a facilitator named with a Malay honour, a papal
// mediation); each rule with sentences of its own.

// mediatorsOf are the mediators of text's negotiations, sorted.
func mediatorsOf(t *testing.T, text string) []string {
	t.Helper()
	_, m := rolesIn(t, text)
	return m
}

// A prefix of honour or rank of several words, or one that is a name
// part elsewhere ("Tan Sri", "Datuk", "Lt Gen"), which the person's
// mention leaves out, opens an item of an agent list as a title does:
// "facilitated by Datuk X" makes X the mediator (actorList,
// roles/roles.go; p930). The negative case: the same prefixed agent of a
// verb that brokers nothing ("attended by Datuk X") is no mediator.
func TestPrefixedAgentIsMediator(t *testing.T) {
	lead := "The army and the rebels resumed talks in Nairobi on Monday. "
	for _, p := range []string{"Datuk", "Tan Sri", "Lt Gen"} {
		got := mediatorsOf(t, lead+"The meeting was facilitated by "+p+" Hamid Rusli, a retired intelligence chief.")
		if !slices.Contains(got, "Hamid Rusli") {
			t.Errorf("%s: want Hamid Rusli among the mediators, got %v", p, got)
		}
	}
	if got := mediatorsOf(t, lead+"The meeting was attended by Datuk Hamid Rusli, a retired intelligence chief."); len(got) > 0 {
		t.Errorf("prefix before no person read as a mediator: %v", got)
	}
}

// A mediation team's predicate that lists its members ("the mediating
// team was made up of A, founder of X, B and Archbishop C"; "consisted
// of", "is composed of") makes each person a mediator, past an
// apposition between commas and a title before a name (memberList,
// roles/mediationbody.go; p929). The negative cases: a side's own team
// lists no mediators, and a new clause after the list ("but C stayed
// away") ends it.
func TestMediationTeamMembers(t *testing.T) {
	lead := "The army and the rebels resumed talks in Nairobi on Monday. "
	got := mediatorsOf(t, lead+"The mediating team was made up of Ahmad Bakri, a retired diplomat, Bishop Tomas Orel and Lena Varga.")
	for _, want := range []string{"Ahmad Bakri", "Tomas Orel", "Lena Varga"} {
		if !slices.Contains(got, want) {
			t.Errorf("want %s among the mediators, got %v", want, got)
		}
	}
	got = mediatorsOf(t, lead+"The mediation team consisted of Ahmad Bakri and Lena Varga, but Omar Selim stayed away.")
	if !slices.Contains(got, "Lena Varga") || slices.Contains(got, "Omar Selim") {
		t.Errorf("want Lena Varga and not Omar Selim, got %v", got)
	}
	got = mediatorsOf(t, lead+"The government team was made up of Ahmad Bakri and Lena Varga.")
	if slices.Contains(got, "Ahmad Bakri") || slices.Contains(got, "Lena Varga") {
		t.Errorf("a side's team read as mediators: %v", got)
	}
}
