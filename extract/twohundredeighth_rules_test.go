package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-eighth round: mediators whose role is not
// read (p1280-p1285: a 1905 conference the President's good offices
// brought about, a prime minister who hosted and brokered a border truce,
// a Gulf state's mediation over children, a 1949 armistice under the
// acting UN mediator, an Egyptian-brokered truce, a facilitated round
// that a neighbour only hosts); each rule with sentences of its own.

const twohundredeighthLead = "Neighbours resume border talks\nChile and Peru held talks on their border dispute in Geneva on Monday.\n"

// "X, the United Nations mediator, presided", "X, the acting UN
// mediator": a body's name of several words before the mediator noun,
// and lower-case modifiers before the name, still make the apposed
// person the mediator and the body broker with them (mediatorNounRoles,
// personApposedTo, roles.go; p1283). The negative case: "the talks and
// the acting UN mediator were praised by X" apposes no person.
func TestMultiWordBodyMediatorPost(t *testing.T) {
	for _, c := range []struct{ text, who, body string }{
		{twohundredeighthLead + "Lars Eklund, the United Nations mediator, presided over the closing session.", "Lars Eklund", "United Nations"},
		{twohundredeighthLead + "Lars Eklund, the acting UN mediator, presided over the closing session.", "Lars Eklund", "UN"},
	} {
		rec := corefRecord(t, c.text)
		if !hasMediator(rec, c.who) || !hasMediator(rec, c.body) {
			t.Errorf("%q: want %s and %s mediators: %s", c.text, c.who, c.body, dump(rec))
		}
	}
	text := twohundredeighthLead + "The talks and the acting UN mediator were praised by Lars Eklund on Tuesday."
	if rec := corefRecord(t, text); hasMediator(rec, "Lars Eklund") {
		t.Errorf("%q: want Lars Eklund no mediator: %s", text, dump(rec))
	}
}

// "It was X who, by his good offices, prevailed upon the two
// governments", "Y, through its mediation, brought the sides together":
// the possessive pronoun of a means phrase right after an actor is that
// actor's, so the actor mediates (possessiveMediationOwner,
// possessivebroker.go; lexicon "meansPrepositions"; p1280). The negative
// cases: "praised his good offices" stands in no means phrase after the
// actor, and "its" does not refer back to a person.
func TestPossessiveMeansBroker(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{twohundredeighthLead + "It was President Lars Eklund who, by his good offices, prevailed upon the two governments to talk.", "Lars Eklund"},
		{twohundredeighthLead + "Norway, through its mediation, brought the two sides together.", "Norway"},
	} {
		rec := corefRecord(t, c.text)
		if !hasMediator(rec, c.who) {
			t.Errorf("%q: want %s a mediator: %s", c.text, c.who, dump(rec))
		}
	}
	for _, c := range []struct{ text, who string }{
		{twohundredeighthLead + "The envoys met Lars Eklund later and praised his good offices.", "Lars Eklund"},
		{twohundredeighthLead + "Lars Eklund, through its mediation, was kept informed.", "Lars Eklund"},
	} {
		rec := corefRecord(t, c.text)
		if hasMediator(rec, c.who) {
			t.Errorf("%q: want %s no mediator: %s", c.text, c.who, dump(rec))
		}
	}
}

// "The facilitator, X, said", "the chief mediator, X, met": a singular
// mediator noun after "the", with the person between commas right after
// it, is that person's post (theMediatorApposed, apposedpost.go). The
// negative cases: "the former mediator, X," holds the post no longer,
// and in "Unlike the mediator, X said" the name is the verb's subject,
// no apposition.
func TestTheMediatorApposed(t *testing.T) {
	for _, text := range []string{
		twohundredeighthLead + "The facilitator, Lars Eklund, said both sides were serious.",
		twohundredeighthLead + "Speaking to reporters, the chief mediator, Lars Eklund, said both sides were serious.",
	} {
		rec := corefRecord(t, text)
		if !hasMediator(rec, "Lars Eklund") {
			t.Errorf("%q: want Lars Eklund a mediator: %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		twohundredeighthLead + "The former mediator, Lars Eklund, said both sides were serious.",
		twohundredeighthLead + "Unlike the mediator, Lars Eklund said both sides were serious.",
	} {
		rec := corefRecord(t, text)
		if hasMediator(rec, "Lars Eklund") {
			t.Errorf("%q: want Lars Eklund no mediator: %s", text, dump(rec))
		}
	}
}
