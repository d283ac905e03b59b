package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-sixty-first round: parties missed where the
// text names them only as "the two sides", "the two presidents" or by
// their capitals (p998-p1003: a summit whose communique has "Washington
// and Moscow" agree, peace talks opened between a government and a
// guerrilla army before two guarantor states, a government and its
// opposition signing a memorandum before a facilitator, a secretary of
// state's talks in a capital that opens its sentences, two presidents
// who agreed to resume border negotiations, and a courtesy call where no
// negotiation is told); each rule with sentences of its own.

// A capital that opens its sentence is a name, though its "-ing" ending
// looked like a gerund's to the test for ordinary words that open
// sentences (endingLikeWord, mention/mentions.go; p1001): "Beijing and
// Hanoi agreed to resume negotiations" names two sides. The negative
// case: the capital set off by a comma as the venue stays a place, no
// side.
func TestInitialCapitalWithGerundEnding(t *testing.T) {
	got, _ := rolesIn(t, "Officials said the dispute had dragged on for years. Beijing and Hanoi agreed on Tuesday to resume negotiations on the maritime boundary.")
	if !slices.Equal(got, []string{"China", "Vietnam"}) {
		t.Errorf("want the parties China and Vietnam, got %v", got)
	}
	got, _ = rolesIn(t, "Laos and Cambodia held border talks on Monday. Beijing, where the talks were held, sent no observer.")
	if slices.Contains(got, "China") {
		t.Errorf("the venue read as a side: %v", got)
	}
}

// "The two presidents", "the two sides" of a sentence that tells both a
// negotiation and a meeting of their own stand for the people the
// meetings stage resolved for that meeting, whose states are the parties,
// before the sides of the story's held meetings (toldSides,
// roles/describedpair.go; p1002): a summit the meetings stage did not
// read, then "the two presidents agreed to resume negotiations on the
// border", names two parties. The negative case: the same sentence
// telling a meeting over cooperation, no negotiation, makes no parties.
func TestTwoPresidentsOfTheirOwnMeeting(t *testing.T) {
	lead := "The presidents of Chad and Niger, Ali Brahim and Musa Kader, signed on Tuesday in the Malian capital a package of accords on trade and transit. "
	got, _ := rolesIn(t, lead+"An aide to Brahim said that the two presidents agreed to resume negotiations on the border within weeks.")
	if !slices.Equal(got, []string{"Chad", "Niger"}) {
		t.Errorf("want the parties Chad and Niger, got %v", got)
	}
	got, _ = rolesIn(t, lead+"An aide to Brahim said that the two presidents would meet again next month to discuss cultural exchanges.")
	if len(got) > 0 {
		t.Errorf("a meeting over cooperation read as a negotiation: %v", got)
	}
}

// A relative clause whose verb before "as" and a mediator's noun is "act"
// or "serve" ("A and B, which act as guarantors of the process,
// attended"; past auxiliaries, "who have long served as") makes each
// actor before its opening comma a mediator (asRelativeAntecedent,
// roles/withas.go; p999). The negative case: a relative clause with a
// subject of its own ("which the rebels see as guarantors") gives nobody.
func TestRelativeClauseActsAsMediator(t *testing.T) {
	lead := "The army and the rebels resumed talks in Lusaka on Monday. "
	for _, s := range []string{
		"Officials from Ghana and Sweden, which act as guarantors of the process, sat at one end of the table.",
		"Ghana and Sweden, which have long served as facilitators, sat at one end of the table.",
	} {
		if got := mediatorsOf(t, lead+s); !slices.Equal(got, []string{"Ghana", "Sweden"}) {
			t.Errorf("want the mediators Ghana and Sweden, got %v (%s)", got, s)
		}
	}
	if got := mediatorsOf(t, lead+"Ghana and Sweden, which the rebels see as guarantors of the process, sat at one end of the table."); len(got) > 0 {
		t.Errorf("a relative clause with a subject of its own read as the antecedent's: %v", got)
	}
}

// The two conjuncts of "A and B" in a sentence on talks, each after "in"
// or "at" ("earlier rounds, in A in 2018 and in B in 2019, failed"; "were
// held in A and B"), name where talks took place, not two sides
// (locatedConjuncts, roles/roles.go; p1000). The negative case: states
// after "from" ("delegations from A and B held talks") are still sides.
func TestLocatedConjunctsAreNoSides(t *testing.T) {
	lead := "Chile and Bolivia held talks in Lima on Friday. "
	for _, s := range []string{
		"Earlier rounds of talks, in Ghana in 2018 and in Peru in 2019, ended without a deal.",
		"Earlier rounds of talks were held in Ghana and Peru.",
	} {
		if got, _ := rolesIn(t, lead+s); !slices.Equal(got, []string{"Bolivia", "Chile"}) {
			t.Errorf("want the parties Bolivia and Chile only, got %v (%s)", got, s)
		}
	}
	if got, _ := rolesIn(t, "Delegations from Ghana and Peru held border talks in Lima on Friday."); !slices.Equal(got, []string{"Ghana", "Peru"}) {
		t.Errorf("want the parties Ghana and Peru, got %v", got)
	}
}

// A person who stands for a state only by a post the story told they left
// ("former Kenyan president X") gives that state no side among the held
// meetings' sides that "both sides" of a negotiation may stand for
// (formerSide, roles/describedpair.go; p1002): "the two sides exchanged
// proposals" after a head of state's meeting with a retired leader makes
// no pair of their states. The
// negative case: a sitting president at the same table still does.
func TestFormerLeaderGivesNoSide(t *testing.T) {
	text := func(title string) string {
		return "President Ali Brahim of Chad met " + title + " Joseph Otieno in Ndjamena on Monday. " +
			"The two sides exchanged proposals on the disputed oasis."
	}
	if got, _ := rolesIn(t, text("former Kenyan president")); slices.Contains(got, "Kenya") {
		t.Errorf("a former president's state read as a side: %v", got)
	}
	if got, _ := rolesIn(t, text("Kenyan President")); !slices.Equal(got, []string{"Chad", "Kenya"}) {
		t.Errorf("want the parties Chad and Kenya, got %v", got)
	}
}

// "A and B will accompany the process", "A and B observed the talks":
// the verb after the second conjunct (past auxiliaries), with the talks
// as its object, tells two third parties watching, no pair of sides
// (thirdPartyVerb, roles/withas.go; p1000). The negative case: the same
// two signing an agreement are still sides.
func TestWatchingStatesAreNoSides(t *testing.T) {
	lead := "Chile and Bolivia held talks in Lima on Friday. "
	for _, s := range []string{
		"Ghana and Peru will accompany the negotiations.",
		"Ghana and Peru observed the talks.",
	} {
		if got, _ := rolesIn(t, lead+s); !slices.Equal(got, []string{"Bolivia", "Chile"}) {
			t.Errorf("want the parties Bolivia and Chile only, got %v (%s)", got, s)
		}
	}
	if got, _ := rolesIn(t, "Ghana and Peru signed the border agreement on Friday."); !slices.Equal(got, []string{"Ghana", "Peru"}) {
		t.Errorf("want the parties Ghana and Peru, got %v", got)
	}
}
