package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-ninety-second round: roles of several mediators
// at once and of mediation told as a process (p1184-p1189: a troika of
// foreign ministers sent to a capital after a coup, a troika of envoys
// ending a round at a spa town, three co-chairmen meeting two
// delegations apart, a committee of heads of state hearing a secessionist
// leader, a four-country group opened by its host, a mediator waiting at
// a forest assembly point); each rule with sentences of its own.

// Time spent on a mediation names who brokers it: "X, who has spent two
// years on the mediation between A and B" makes X a mediator, as does
// "X has spent months on the mediation" (spentOnMediation,
// roles/spentmediation.go; p1189). The negative cases: a compound after
// the noun ("on the mediation team") and a subject that is a body, not a
// person, are left unread.
func TestSpentOnMediationIsMediator(t *testing.T) {
	for _, text := range []string{
		"KAMPALA - Kenyan Vice President Paul Otieno, who has spent two years on the mediation between the Government of Uganda and the rebels, met rebel envoy James Okello in Nairobi on Tuesday.",
		"KAMPALA - The government and the rebels resumed peace talks in Nairobi on Tuesday. Kenyan Vice President Paul Otieno has spent many months on the mediation, and said both sides wanted a deal.",
	} {
		if got := mediatorsOf(t, text); !slices.Contains(got, "Paul Otieno") {
			t.Errorf("%q: want Paul Otieno among the mediators, got %v", text, got)
		}
	}
	for _, text := range []string{
		"KAMPALA - The government and the rebels resumed peace talks in Nairobi on Tuesday. Kenyan Vice President Paul Otieno has spent many months on the mediation team's budget, and said both sides wanted a deal.",
		"KAMPALA - The government and the rebels resumed peace talks in Nairobi on Tuesday. Kenyan lawyer Paul Otieno said he had read about the talks, while the council has spent many months on the mediation.",
	} {
		if got := mediatorsOf(t, text); slices.Contains(got, "Paul Otieno") {
			t.Errorf("%q: want Paul Otieno no mediator, got %v", text, got)
		}
	}
}

// The persons listed after "the troika of" are mediators when the story
// tells mediation: "The troika of A of the EU, B of the United States
// and C of Russia said" after "the international mediators" (troikaMembers,
// roles/troikamembers.go; p1184, p1185). The negative case: the same
// troika in a story that names no mediator or mediation (a visit for
// trade talks) is left unread.
func TestTroikaMembersAreMediators(t *testing.T) {
	text := "VIENNA - Talks between the two governments on the disputed province ended on Friday without a deal, the international mediators said. The troika of Karl Brenner of the EU, Tom Ashby of the United States and Pavel Orlov of Russia will report to the UN next month."
	got := mediatorsOf(t, text)
	for _, p := range []string{"Karl Brenner", "Tom Ashby", "Pavel Orlov"} {
		if !slices.Contains(got, p) {
			t.Errorf("want %s among the mediators, got %v", p, got)
		}
	}
	text = "VIENNA - Trade talks between the bloc and the two governments ended on Friday without a deal. The troika of Karl Brenner of the EU, Tom Ashby of the United States and Pavel Orlov of Russia will report to the council next month."
	got = mediatorsOf(t, text)
	for _, p := range []string{"Karl Brenner", "Tom Ashby", "Pavel Orlov"} {
		if slices.Contains(got, p) {
			t.Errorf("a troika in a story without mediation: want %s no mediator, got %v", p, got)
		}
	}
}
