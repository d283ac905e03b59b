package extract

import (
	"testing"
)

// Issue 14's twenty-eighth round: talks between two or three states, the
// constructions the twenty-eighth probe batch (p200-p205) showed, each
// with sentences of its own.

// "X, <apposition>, led the A side, while Y headed the B delegation"
// (p200), "the minister, X, led the A side" (p202): the heads of the
// delegations told after a meeting between their states are its
// participants, past an apposition set off by commas. A plural subject
// with its members apposed ("Five commanders, among them X and Y, led",
// p181) lists no leaders.
func TestDelegationHeadsPastApposition(t *testing.T) {
	lead := "Border talks\nDelegations of Chile and Peru met in Quito on Monday for talks on the river border. "
	wantHeldOn(t, corefPub, lead+"Ana Soto, a former ambassador to Spain, led the Chilean side, while Luis Vera, deputy speaker of Peru's congress, headed the Peruvian delegation.",
		"Ana Soto", "Luis Vera", "2025-05-05")
	wantHeldOn(t, corefPub, lead+"Chile's trade minister, Ana Soto, led the Chilean side, and Peru's minister of trade and industry, Luis Vera, headed the Peruvian delegation.",
		"Ana Soto", "Luis Vera", "2025-05-05")
	// The states give way to the people who stand for them.
	for _, m := range heldAt(t, lead+"Ana Soto, a former ambassador to Spain, led the Chilean side, while Luis Vera, deputy speaker of Peru's congress, headed the Peruvian delegation.", corefPub) {
		for _, p := range m.Participants {
			if p == "Chile" || p == "Peru" {
				t.Errorf("state %s kept beside its delegation head: %v", p, m.Participants)
			}
		}
	}
	// Minimal pair: a plural subject whose members are apposed.
	noneHeld(t, corefPub, "Border talks\nPresident Ana Soto met Luis Vera in Quito on Monday. Five rebel commanders, among them Rosa Quint and Tomas Ruiz, led the rebel team.",
		"Ana Soto", "Rosa Quint")
}

// "its secretary, X, attended the talks as a facilitator" after a
// relative clause naming states (p202): the subject before the verb, not
// the states of the relative clause, acts as facilitator, and brings the
// body "its" names. (The absolute "with X as mediator" and coordinated
// delegation heads, each one article's, p203 and p205, were dropped at
// the merge.)
func TestAsMediatorSaidOf(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"The Andean Water Commission, which Bolivia, Chile and Peru set up in 2009, had offered its help, and its secretary, Rosa Quint, attended the talks as a facilitator.",
		[]string{"Chile", "Peru"}, []string{"Andean Water Commission", "Rosa Quint"})
	// Minimal pair: a subject that opens its clause still takes the role.
	wantRoles(t, lead+"Norway and Brazil acted as mediators.",
		[]string{"Chile", "Peru"}, []string{"Brazil", "Norway"})
}

// "X, head of the Y centre for Z, facilitated the talks" (p204; p191's
// "the envoy, X, facilitated the round"): the person named on either side
// of an apposition set off by commas before the mediating verb is its
// subject, however long the body's name in the apposition.
func TestApposedMediatorSubject(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"Rosa Quint, head of the Office for Preventive Diplomacy in the Southern Andes, facilitated the talks.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	wantRoles(t, lead+"Rosa Quint, a retired judge, brokered the talks.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pair: a body as the apposition's head is no person subject.
	wantRoles(t, lead+"The meeting, held at a hotel near the lake, facilitated the talks.",
		[]string{"Chile", "Peru"}, nil)
}

// "its" after a relative clause set off by commas refers to the clause's
// head, not to a name inside it: "The commission, which A, B and C set
// up, ..., and its secretary, X" (p202), "Norway, which has co-mediated
// with A and B, is sending its envoy X" (p57).
func TestItsPastRelativeClause(t *testing.T) {
	affiliation := func(text, person string) string {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range rec.Actors {
			if a.Name == person {
				return a.Affiliation
			}
		}
		return ""
	}
	if got := affiliation("Talks\nNorway, which has co-mediated the negotiations with Chile and Peru since May, is sending its envoy Rosa Quint to Quito.", "Rosa Quint"); got != "Norway" {
		t.Errorf("its envoy: affiliation %q, want Norway", got)
	}
	// Minimal pair: with no relative clause, the nearest name is meant.
	if got := affiliation("Talks\nNorway has co-mediated the negotiations with Peru, and Peru is sending its envoy Rosa Quint to Quito.", "Rosa Quint"); got != "Peru" {
		t.Errorf("its envoy: affiliation %q, want Peru", got)
	}
}
