package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-seventieth round: mediators whose role is not
// read and parties missed where no negotiation is read (p1052-p1057: an
// envoy acting as go-between at oil talks, a civil war's talks brokered
// by a secretary-general and hosted by a neighbour, a peace framework
// reached through an observer group's good offices, three-party talks
// whose host is the go-between, a royal delegation carrying messages
// between rebels and a kingdom, and a conference chaired by a neutral
// broker); each rule with sentences of its own.

// A delegation "from" a collective that opens the sentence, carrying
// messages between two others in a participle after a comma, makes the
// collective the go-between (bodyShuttler, roles/loosebetween.go; p1056).
// The negative case: a delegation from one of the two sides carries its
// own side's word, and brokers nothing.
func TestDelegationFromBodyCarriesMessages(t *testing.T) {
	parties, meds := rolesIn(t, "A delegation from Norway was in the rebel-held town of Arauca on Tuesday, carrying messages between the rebels and Colombia as pressure grew for a truce.")
	if !slices.Equal(meds, []string{"Norway"}) {
		t.Errorf("want the mediator Norway, got %v (parties %v)", meds, parties)
	}
	_, meds = rolesIn(t, "A delegation from Colombia was in the rebel-held town of Arauca on Tuesday, carrying messages between Colombia and the rebels as pressure grew for a truce.")
	if slices.Contains(meds, "Colombia") {
		t.Errorf("a side's own delegation read as the go-between: %v", meds)
	}
}

// With a broker and no sides read anywhere, a "between A and B" of two
// collectives named right after "between" gives the sides, whatever noun
// it hangs from (looseBetween, roles/loosebetween.go). The negative
// cases: with no broker the same phrase makes no negotiation, and a
// "between" whose ends are the broker's own is none.
func TestLooseBetweenBesideABroker(t *testing.T) {
	text := "The two envoys first met in Geneva through the good offices of Switzerland. On Friday they signed a memorandum on the principles of relations between Armenia and Azerbaijan."
	parties, meds := rolesIn(t, text)
	if !slices.Equal(parties, []string{"Armenia", "Azerbaijan"}) || !slices.Equal(meds, []string{"Switzerland"}) {
		t.Errorf("want the parties Armenia and Azerbaijan beside Switzerland, got %v, %v", parties, meds)
	}
	// A demonym with its head noun opens the phrase as well (the "and"
	// comes after the noun).
	parties, _ = rolesIn(t, "The two envoys first met in Geneva through the good offices of Switzerland. On Friday they signed a memorandum on the principles of relations between the Armenian government and Azerbaijan.")
	if !slices.Equal(parties, []string{"Armenia", "Azerbaijan"}) {
		t.Errorf("want the parties Armenia and Azerbaijan after a demonym's head noun, got %v", parties)
	}
	parties, _ = rolesIn(t, "The two envoys first met in Geneva on Monday. On Friday they signed a memorandum on the principles of relations between Armenia and Azerbaijan.")
	if len(parties) > 0 {
		t.Errorf("a bare between read as a negotiation with no broker: %v", parties)
	}
	parties, _ = rolesIn(t, "The two envoys first met in Geneva through the good offices of Switzerland. On Friday the railway between Switzerland and Austria reopened.")
	if len(parties) > 0 {
		t.Errorf("a between naming the broker read as the sides: %v", parties)
	}
}

// A word both verb and mediator noun after an article ("as a neutral
// broker") is the noun, read as "as a mediator" is; and "as" closing a
// relative clause right after a comma ("X, who is chairing the talks as a
// broker") is said of the one the clause describes (brokerNoun,
// asRelativeSubjects, roles/brokernoun.go; p1057). The negative cases: the
// verb without an article still needs its subject, and an actor named
// inside the clause is the one "as" is said of.
func TestBrokerNounAndRelativeAs(t *testing.T) {
	_, meds := rolesIn(t, "Prime Minister Ana Duarte, who is chairing the talks as a neutral broker, urged the rebels and the government to agree.")
	if !slices.Contains(meds, "Ana Duarte") {
		t.Errorf("want the mediator Ana Duarte, got %v", meds)
	}
	_, meds = rolesIn(t, "Norway, which is attending the round as a broker, said little.")
	if !slices.Equal(meds, []string{"Norway"}) {
		t.Errorf("want the mediator Norway, got %v", meds)
	}
	_, meds = rolesIn(t, "Norway, which the rebels see as a broker, said little.")
	if len(meds) > 0 {
		t.Errorf("a relative clause with its own subject read as the antecedent's: %v", meds)
	}
	_, meds = rolesIn(t, "Prime Minister Ana Duarte, who praised the work of Norway as a broker, urged the rebels and the government to agree.")
	if slices.Contains(meds, "Ana Duarte") {
		t.Errorf("the one the clause names read as the one described: %v", meds)
	}
}
