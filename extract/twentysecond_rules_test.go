package extract

import "testing"

// Issue 14's twenty-second round: roles on unseen articles — parties that
// are movements and armed groups, mediators that are churches and the
// bodies that send envoys — from the constructions the twenty-second
// probe batch (p164-p169) and earlier rounds' misses showed, each with
// sentences of its own.

// A long name before a bracketed acronym whose letters are the name's
// initials in another order is one name: a translation turns the order of
// the original's words but keeps its acronym ("Revolutionary Armed
// Forces of X (FARC)", p165; "Kanak and Socialist National Liberation
// Front (FLNKS)", p145). Read up to the state in it, the group was a
// body named "... Armed Forces" that no gold side matches.
func TestPermutedAcronymName(t *testing.T) {
	wantRoles(t, "Talks between Peru and the National Liberation Front of Chile (FLNC) resumed in Quito on Monday.",
		[]string{"National Liberation Front of Chile", "Peru"}, nil)
	// Minimal pair: letters that are not the name's initials define no
	// long name; the side stops at the state inside it.
	wantRoles(t, "Talks between Peru and the National Liberation Front of Chile (XQZW) resumed in Quito on Monday.",
		[]string{"National Liberation Front", "Peru"}, nil)
}

// "X mediated ... on behalf of B", "X shuttled between them on behalf of
// B": the body a mediator of the sentence acts for sent them, so it
// brokers too (p154's regional body behind a president; p166's UN behind
// its envoy; also p164 and p95).
func TestMediatorOnBehalfOf(t *testing.T) {
	lead := "The river dispute between Chile and Peru has dragged on for years. "
	wantRoles(t, lead+"The talks were mediated by Ana Soto on behalf of the African Union.",
		[]string{"Chile", "Peru"}, []string{"African Union", "Ana Soto"})
	// Minimal pairs: a side's delegate signing on behalf of a state makes
	// no broker of it, and a speaker on behalf of a body brokers nothing.
	wantRoles(t, lead+"The talks were mediated by Ana Soto, and the text was signed on behalf of Chile.",
		[]string{"Chile", "Peru"}, []string{"Ana Soto"})
	wantRoles(t, lead+"Ana Soto spoke on behalf of the African Union.",
		[]string{"Chile", "Peru"}, nil)
}

// "X ... as the special envoy of B": the body that sent a mediator
// brokers too (p144's regional community, p166's UN Secretary-General).
func TestMediatorAsEnvoyOf(t *testing.T) {
	lead := "The river dispute between Chile and Peru has dragged on for years. "
	wantRoles(t, lead+"Ana Soto has shuttled between Lima and Santiago since May as the special envoy of the African Union.",
		[]string{"Chile", "Peru"}, []string{"African Union", "Ana Soto"})
	// Minimal pair: the envoy of a body who brokers nothing brings no body.
	wantRoles(t, lead+"Ana Soto visited Lima in May as the special envoy of the African Union.",
		[]string{"Chile", "Peru"}, nil)
}

// "Negotiators for A and B": the teams of two sides, named by the sides
// or their capitals, with no negotiation noun in the sentence (p164's
// "negotiators for" two rival seats, p169's "negotiators for" two
// capitals; the construction also in p103, p110, p155, p165, p166).
func TestNegotiatorsForTwoSides(t *testing.T) {
	wantRoles(t, "On Monday, negotiators for Kenya and Uganda met the envoy in Geneva.", []string{"Kenya", "Uganda"}, nil)
	// Minimal pair: three teams are no two sides.
	wantRoles(t, "On Monday, negotiators for Kenya, Uganda and Tanzania met the envoy in Geneva.", nil, nil)
}

// A church named by its denomination is a body, not a building: "the
// Roman Catholic Church" brokers talks (p168), as "the Russian Orthodox
// Church" (p156) and "the Catholic Church" (p66) act in their stories.
func TestDenominationChurch(t *testing.T) {
	lead := "The river dispute between Chile and Peru has dragged on for years. "
	wantRoles(t, lead+"The talks were brokered by the Anglican Church and the African Union.",
		[]string{"Chile", "Peru"}, []string{"African Union", "Anglican Church"})
	// Minimal pair: a saint's church is a building.
	wantRoles(t, lead+"The talks were brokered by St Mark's Church.", []string{"Chile", "Peru"}, nil)
}

// "X, who has served as the UN mediator", "as ECOWAS mediator", "the UN
// mediator, X": a body's name before the mediator noun tells whose post
// it is; the subject of "as", the person a relative clause describes, or
// the person apposed is the mediator (p169, p154, p164). The twentieth
// and twenty-second rounds left the body alone ("a UN mediator" may have
// the envoy, not the UN, as broker); the fifty-second round measured it
// again over the probe and the build half and gives the body the role
// when its post's holder is named (p164, p169 gained, nothing lost).
func TestAsBodyMediator(t *testing.T) {
	lead := "The river dispute between Chile and Peru has dragged on for years. "
	wantRoles(t, lead+"Ana Soto, a retired judge who has served as the AU mediator since 2019, met both delegations on Monday.",
		[]string{"Chile", "Peru"}, []string{"AU", "Ana Soto"})
	wantRoles(t, lead+"Ana Soto has served as the AU mediator since 2019.", []string{"Chile", "Peru"}, []string{"AU", "Ana Soto"})
	wantRoles(t, lead+"The two ministers signed the text in front of the AU mediator, Ana Soto, on Monday.",
		[]string{"Chile", "Peru"}, []string{"AU", "Ana Soto"})
	// Minimal pairs: "as" opening a clause whose subject is plural
	// mediators makes no mediator of the sentence's first side (p52), and
	// the body's ambassador brokers nothing.
	wantRoles(t, "Chile and Peru hold border talks in Quito as Ecuadorian mediators shuttle between rooms.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, lead+"The two ministers signed the text in front of the AU ambassador, Ana Soto, on Monday.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, lead+"Ana Soto, a retired judge who has served as the AU ambassador since 2019, met both delegations on Monday.",
		[]string{"Chile", "Peru"}, nil)
}
