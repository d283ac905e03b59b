package extract

import "testing"

// Issue 14's twenty-fourth round: roles on unseen articles — sides that
// are movements named for their cause, capitals standing for governments
// and acronyms joined by hyphens; mediators set beside their post — from
// the constructions the twenty-fourth probe batch (p176-p181) and earlier
// rounds' misses showed, each with sentences of its own.

// "Negotiators for Manila and the MILF", "Negotiators for Khartoum, led
// by ...": after a side's negotiators "for" names whom they speak for, so
// a capital there is its government, though "for" before a capital is
// otherwise a destination (p180, p176; the construction also in p166's
// "for Dushanbe" and p110's "for Chisinau").
func TestCapitalAfterNegotiatorsFor(t *testing.T) {
	wantRoles(t, "Negotiators for Lima and the Andean Liberation Front (ALF) on Monday completed the text of a peace deal.",
		[]string{"Andean Liberation Front", "Peru"}, nil)
	wantRoles(t, "On Monday, negotiators for Lima and Quito met the envoy in Geneva.", []string{"Ecuador", "Peru"}, nil)
	// Minimal pair: a trip "for" a capital names a destination.
	wantRoles(t, "The envoys left for Lima and Quito after talks on the dispute.", nil, nil)
}

// "X, the AU's chief mediator", "X, the Malaysian facilitator": the
// person set beside a singular mediator noun that a body or a demonym
// owns holds the post (p176, p180). The owner stays as round 22 left it:
// a possessive owner brokers too, a demonym alone does not.
func TestApposedOwnedMediator(t *testing.T) {
	lead := "The river dispute between Chile and Peru has dragged on for years. "
	wantRoles(t, lead+"Ana Soto, the AU's chief mediator, met both sides in Lima.",
		[]string{"Chile", "Peru"}, []string{"AU", "Ana Soto"})
	wantRoles(t, lead+"Ana Soto, the Malaysian facilitator, met both sides in Lima.",
		[]string{"Chile", "Peru"}, []string{"Ana Soto"})
	// Minimal pairs: with nobody set beside the noun only the owner is
	// read, and a plural noun after a comma describes no one person.
	wantRoles(t, lead+"Ana Soto met the AU's mediator in Lima.", []string{"Chile", "Peru"}, []string{"AU"})
	wantRoles(t, lead+"Ana Soto met Luis Vega, the Malaysian facilitators, in Lima.", []string{"Chile", "Peru"}, nil)
}

// "the Movement for Democratic Change" (p178), "the Movement for
// Socialism (MAS)" (p168): a movement or party named head first for its
// cause is one group, though its words are common ones; read before as
// a lone "Movement", or as no name at all.
func TestCauseNamedMovement(t *testing.T) {
	wantRoles(t, "Talks between Chile and the Movement for Democratic Renewal resumed on Monday.",
		[]string{"Chile", "Movement for Democratic Renewal"}, nil)
	wantRoles(t, "Talks between Chile and the Party for Rural Justice (PJR) resumed on Monday.",
		[]string{"Chile", "Party for Rural Justice"}, nil)
	// Minimal pair: "for" and a lower-case word end the name.
	wantRoles(t, "Talks between Chile and the Movement for years went nowhere.", []string{"Chile", "Movement"}, nil)
}

// "ZANU-PF" (p178), "SPLM-IO" (p65): acronyms joined by hyphens are one
// name, read as a lone acronym is; before, two acronyms in a run named
// nothing.
func TestHyphenedAcronyms(t *testing.T) {
	wantRoles(t, "Talks between Chile and the ULF-RC resumed on Monday.", []string{"Chile", "ULF-RC"}, nil)
	// Minimal pair: a hyphen with spaces is a dash after the name.
	wantRoles(t, "Talks between Chile and the ULF - RC resumed on Monday.", []string{"Chile", "ULF"}, nil)
}

// "Talks ran past the deadline, as mediators pressed the rebels" (p176),
// "Sudan's warring sides meet as mediators push for truce" (p37), "as
// Egyptian mediators shuttle" (p52): "as" before a plural mediator noun
// and a verb opens a clause, it gives no one the role; the main clause's
// subject brokers nothing.
func TestAsClauseMediators(t *testing.T) {
	wantRoles(t, "Talks between Lima and the Andean Liberation Front ran past a deadline on Sunday, as mediators pressed the rebels.",
		[]string{"Andean Liberation Front", "Peru"}, nil)
	// Minimal pairs: "acted as mediators" ending the clause, or with the
	// talks they act in, gives the role.
	lead := "The river dispute between Chile and Peru has dragged on for years. "
	wantRoles(t, lead+"Egypt and Qatar acted as mediators.", []string{"Chile", "Peru"}, []string{"Egypt", "Qatar"})
}

// "A's conservative interim government and B agreed" (p168; the
// construction also in p164's "internationally recognised government" and
// p157): "A and B" reaches back over up to four words when they follow
// the possessive of the first side, not over as many words without one.
func TestPossessiveSideReachBack(t *testing.T) {
	wantRoles(t, "Chile's conservative interim government and the Movement for Rural Justice agreed on a new vote after talks.",
		[]string{"Chile", "Movement for Rural Justice"}, nil)
	// Minimal pair: five lower-case words with no possessive before them
	// are too many for one side's phrase.
	wantRoles(t, "Chile said a conservative interim government and the Movement for Rural Justice agreed on a new vote after talks.",
		nil, nil)
}

// "The Peruvian diplomat had brokered the talks since 1990" (p181), "The
// Spanish diplomat has spent five months shuttling between negotiators"
// (p164): a sentence opening with "The", a nationality and a diplomat's
// noun describes the person the sentence before named first, and that
// person brokers.
func TestDescribedMediator(t *testing.T) {
	lead := "The river dispute between Chile and Peru has dragged on for years. "
	wantRoles(t, lead+"Ana Soto told reporters the door was open. The Uruguayan diplomat had brokered the talks since 1990.",
		[]string{"Chile", "Peru"}, []string{"Ana Soto"})
	wantRoles(t, lead+"Ana Soto told reporters the door was open. The Uruguayan diplomat has spent five months shuttling between the two capitals.",
		[]string{"Chile", "Peru"}, []string{"Ana Soto"})
	// Minimal pairs: a minister is no diplomat described, and a name
	// between the subject and the verb makes it no description.
	wantRoles(t, lead+"Ana Soto told reporters the door was open. The Uruguayan minister had brokered the talks since 1990.",
		[]string{"Chile", "Peru"}, nil)
}
