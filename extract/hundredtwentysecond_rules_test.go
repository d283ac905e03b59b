package extract

import "testing"

// Issue 14's hundred-and-twenty-second round: mediators found as actors
// whose role was not read, with sentences of its own.

// A singular mediator noun written as the title before a name ("chief
// mediator X", "Libyan facilitator X", "African Union mediator General
// X") makes the person a mediator, with the body named before the noun
// and the state its demonym names (roles.titledMediator,
// titledmediator.go; p396, p486, p504, p506, p516, p563, p733, p767).
// A person who serves a body the story names brokers for it, not for the
// demonym's state. The negative cases: a former post ("former mediator
// X") and a moderator's title ("U.N. moderator X", who chairs) leave no
// person brokering.
func TestMediatorTitleBeforeName(t *testing.T) {
	lead := "Ghana and Togo ended a third round of border talks in Lome on Friday. "
	wantRoles(t, lead+"Chief mediator Ade Okafor presided over the sessions.",
		[]string{"Ghana", "Togo"}, []string{"Ade Okafor"})
	wantRoles(t, lead+"Nigerian facilitator Ade Okafor presided over the sessions.",
		[]string{"Ghana", "Togo"}, []string{"Ade Okafor", "Nigeria"})
	wantRoles(t, lead+"African Union mediator General Ade Okafor chaired the last day.",
		[]string{"Ghana", "Togo"}, []string{"Ade Okafor", "African Union"})
	// A person who serves a body the story names brokers for it, not
	// for the state of the demonym.
	wantRoles(t, lead+"Nigerian mediator Ade Okafor presided over the sessions. Okafor, the special envoy of the African Union, said the two sides were close.",
		[]string{"Ghana", "Togo"}, []string{"Ade Okafor"})
	// Negative: a past post, a moderator who chairs.
	wantRoles(t, lead+"U.N. moderator Ade Okafor presided over the sessions.",
		[]string{"Ghana", "Togo"}, nil)
	wantRoles(t, lead+"Former mediator Ade Okafor criticised the pace of the sessions.",
		[]string{"Ghana", "Togo"}, nil)
	wantRoles(t, lead+"The former Nigerian facilitator Ade Okafor criticised the pace of the sessions.",
		[]string{"Ghana", "Togo"}, nil)
}

// A shuttle participle after "between A and B" ("envoys shuttled between
// A and B carrying messages from one side to the other") has the
// go-between for its subject, not the two named before it: they are the
// sides (roles.go, the shuttle case via listSpanEndingAt; p769). The
// negative case: the verb after a subject of its own ("X carried
// messages back and forth") still makes that subject the go-between.
func TestShuttleParticipleAfterBetween(t *testing.T) {
	lead := "Kenya and Uganda signed a border accord on Monday, officials said. "
	wantRoles(t, lead+"Tanzanian diplomats shuttled between Nairobi and Kampala carrying messages and proposals from one side to the other.",
		[]string{"Kenya", "Uganda"}, []string{"Tanzania"})
	wantRoles(t, lead+"Tanzanian diplomats flew between Nairobi and Kampala relaying messages back and forth.",
		[]string{"Kenya", "Uganda"}, []string{"Tanzania"})
	// Negative: the participle's own subject still brokers.
	wantRoles(t, lead+"Tanzania carried messages back and forth for weeks.",
		[]string{"Kenya", "Uganda"}, []string{"Tanzania"})
}

// The head of a body that brokers, told in a clause set off after the
// body's name — ", which is led by P", ", a foundation headed by P" —
// brokers too, when the body is a mediation body by name ("the X Panel")
// or the agent of a mediation verb ("facilitated by the X")
// (roles.mediatorHeadClause, mediatorhead.go; p688, p766). The negative
// cases: a host's head ("hosted by the X, a body headed by P") and a
// side's leader ("talks with the X, which is led by P") broker nothing.
func TestHeadOfMediatingBodyInClause(t *testing.T) {
	lead := "Kenya and Uganda opened border talks in Arusha on Monday. "
	wantRoles(t, lead+"The talks are facilitated by the Nordic Peace Foundation, which is led by Ari Lahti.",
		[]string{"Kenya", "Uganda"}, []string{"Ari Lahti", "Nordic Peace Foundation"})
	wantRoles(t, lead+"The talks are facilitated by the Nordic Peace Foundation, a Geneva-based body headed by former Finnish president Ari Lahti.",
		[]string{"Kenya", "Uganda"}, []string{"Ari Lahti", "Nordic Peace Foundation"})
	wantRoles(t, lead+"The summit is convened by the African Union High-Level Implementation Panel, which is led by former Malian president Ade Konare.",
		[]string{"Kenya", "Uganda"}, []string{"Ade Konare"})
	// Negative: a host's head, a side's leader.
	wantRoles(t, lead+"The talks were hosted by the Nordic Peace Foundation, a body headed by Ari Lahti.",
		[]string{"Kenya", "Uganda"}, nil)
	wantRoles(t, lead+"Kenya also held talks with the Sudan People's Liberation Movement, which is led by John Okello.",
		[]string{"Kenya", "Kenya", "Sudan People's Liberation Movement", "Uganda"}, nil)
}
