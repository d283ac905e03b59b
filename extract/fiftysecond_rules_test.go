package extract

import "testing"

// Issue 14's fifty-second round: mediators found but given no role, or
// given one wrongly, in the shapes the probe's mediator errors showed,
// each with sentences of its own.

// "with X as mediator": the actor the "with" phrase names holds the post
// the noun after "as" tells, not the subject of the clause, which is most
// often one of the sides (p203, p345, p346, p347, p349). A post told only
// by its state ("with the Ecuadorean foreign minister as go-between")
// names the state.
func TestWithAsMediator(t *testing.T) {
	wantRoles(t, "Chile and Peru opened talks on their river border dispute in Quito on Monday, with Ecuador as mediator.",
		[]string{"Chile", "Peru"}, []string{"Ecuador"})
	wantRoles(t, "Chile and Peru held talks on their river border dispute in separate rooms, with the Ecuadorean foreign minister as go-between.",
		[]string{"Chile", "Peru"}, []string{"Ecuador"})
	wantRoles(t, "Chile and Peru held talks on their river border dispute, with Ana Lind acting as chairman and mediator.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
	// Minimal pairs: a host named so only lends the venue; "as" opening
	// a clause whose verb follows the plural noun ("as mediators
	// pressed") gives the side the "with" phrase names no post.
	wantRoles(t, "Chile and Peru opened talks on their river border dispute on Monday, with Ecuador as host.",
		[]string{"Chile", "Peru"}, nil)
	_, meds := rolesIn(t, "Chile negotiated the river border dispute with Peru as mediators pressed both delegations.")
	if len(meds) > 0 {
		t.Errorf("a side made a mediator by a clause of \"as\": %v", meds)
	}
}

// "X spent much of Sunday carrying texts between the two delegations":
// the subject of the verb of spending carries the proposals (p345;
// p164, p130, p65 and p242 tell the same "spent ... shuttling",
// "spent weeks carrying drafts"), and texts, papers and maps are what a
// go-between carries (p345, p157, p230).
func TestSpentCarryingBetweenSides(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito. "
	wantRoles(t, lead+"Ana Lind spent much of Sunday carrying texts between the two delegations.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
	// Minimal pair: time spent elsewhere, the texts exchanged by the
	// sides themselves.
	wantRoles(t, lead+"Ana Lind spent much of Sunday in Lima, while the two delegations exchanged texts.",
		[]string{"Chile", "Peru"}, nil)
}

// "X, a Swiss diplomat, carried texts": a nationality told of the
// mediator in an apposition is the person's, as before the name ("Swiss
// diplomat X"): the state is not thereby a broker (p345, where the Swiss
// only lent the venue). Named by the state's own name, the post is the
// state's, which brokers with them.
func TestApposedNationalityIsNoBroker(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito. "
	wantRoles(t, lead+"Ana Lind, a Swiss diplomat, carried proposals between the two delegations.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
	wantRoles(t, lead+"Switzerland's ambassador, Ana Lind, carried proposals between the two delegations.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind", "Switzerland"})
}

// "the UN mediator, X", "X, who has served as the UN mediator": an
// organization whose mediator's post a named person holds brokers with
// them (p164, p169; the golds of p47, p154 and p190 give such bodies the
// role too). The twenty-second round had left the body out; measured
// again over the probe and the build half, the body named with its
// post's holder gains two articles and loses none. Minimal pairs: a
// state's mediator is credited in person, and a post with no holder
// named gives its body nothing.
func TestBodyOfANamedMediatorsPost(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito. "
	wantRoles(t, lead+"The UN mediator, Ana Lind, met both delegations on Monday.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind", "UN"})
	wantRoles(t, lead+"Ana Lind, who has served as the UN mediator since 2010, met both delegations on Monday.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind", "UN"})
	wantRoles(t, lead+"The Ecuadorean mediator, Ana Lind, met both delegations on Monday.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
	_, meds := rolesIn(t, lead+"A UN mediator said the talks would resume on Monday.")
	if len(meds) > 0 {
		t.Errorf("a post with no holder named gave its body the role: %v", meds)
	}
}

// "with the Andean mediators, A, B and C.": the names set off by a comma
// after a plural mediator noun are the mediators (p323; p239's "X's
// fellow mediators, Y and Z, stood" has the same shape). The list must
// close the apposition: "through local intermediaries, A and B officials
// said" (p72) names the sources, not the go-betweens.
func TestApposedListOfMediators(t *testing.T) {
	wantRoles(t, "Chile and Peru discussed the draft treaty on their border dispute that they have negotiated for three years with the Andean mediators, Ecuador, Bolivia and Colombia.",
		[]string{"Chile", "Peru"}, []string{"Bolivia", "Colombia", "Ecuador"})
	_, meds := rolesIn(t, "Chile and Peru settled their border dispute after weeks of negotiations conducted through local intermediaries, Bolivian and Ecuadorean officials said.")
	if len(meds) > 0 {
		t.Errorf("the sources after the noun made mediators: %v", meds)
	}
}
