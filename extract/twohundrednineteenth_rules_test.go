package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-nineteenth round: mediators whose role is
// not read (p1346-p1351: a 1946 chairman carrying proposals between two
// delegations, a shuttle between two teams in one hotel, a trilateral
// meeting held "with the help of" a third state, a UN envoy's committee
// opened "under the auspices of" the UN, an envoy's cease-fire relayed
// through a third state, an accord "hosted and facilitated" by one state
// with another "which has been mediating"); each rule with sentences of
// its own.

// "X could also play a mediating role": a role weighed as a possibility,
// like an offer not taken up, names no mediator (possibleRole, roles.go;
// lexicon "possibilityModals", "roleModalAdverbs"; p1348). The negative
// cases: "X played a mediating role" and "X will play a facilitating
// role" still make X a mediator.
func TestPossibleRoleNamesNoMediator(t *testing.T) {
	lead := "Neighbours agree on river line\nThe foreign ministers of Arland and Borvia held talks on their river border dispute in Geneva on Monday and agreed on a joint commission.\n"
	for _, c := range []struct{ text, who string }{
		{lead + "Officials in Oslo said that Norway could also play a mediating role, but Arland wanted to keep the bilateral track.", "Norway"},
		{lead + "Some diplomats believe Norway might play a facilitating role later.", "Norway"},
	} {
		rec := corefRecord(t, c.text)
		if hasMediator(rec, c.who) {
			t.Errorf("%q: want %s no mediator: %s", c.text, c.who, dump(rec))
		}
	}
	for _, c := range []struct{ text, who string }{
		{lead + "Norway played a mediating role in the talks.", "Norway"},
		{lead + "Norway will play a facilitating role in the commission's work.", "Norway"},
	} {
		rec := corefRecord(t, c.text)
		if !hasMediator(rec, c.who) {
			t.Errorf("%q: want %s a mediator: %s", c.text, c.who, dump(rec))
		}
	}
}

// "brokered by X, President Y's special envoy": the possessive names whose
// envoy X is, and opens no new item of the list of brokers
// (ownsEnvoyApposition, roles.go; lexicon "ownedEnvoyNouns"; p1350). The
// negative case: a list of states after "brokered by" keeps every item.
func TestEnvoyOwnerOpensNoBrokerItem(t *testing.T) {
	lead := "Truce holds on the border\nBEIRUT, July 24 - A cease-fire between Israel and Syria went into effect today.\n"
	for _, c := range []struct{ text, who string }{
		{lead + "The truce was brokered by Walter Pike, President Hollis's special envoy.", "Hollis"},
		{lead + "It was mediated by Walter Pike, Premier Anton Dunn's emissary, over two weeks.", "Anton Dunn"},
	} {
		rec := corefRecord(t, c.text)
		if !hasMediator(rec, "Walter Pike") || hasMediator(rec, c.who) {
			t.Errorf("%q: want Walter Pike a mediator and %s none: %s", c.text, c.who, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"The truce was brokered by Norway, Egypt and Qatar.")
	for _, who := range []string{"Norway", "Egypt", "Qatar"} {
		if !hasMediator(rec, who) {
			t.Errorf("want %s a mediator: %s", who, dump(rec))
		}
	}
}

// "X, whose officials had been carrying messages between the two sides",
// "... carrying messages to the rebel leadership": staff owned through
// "whose" carry messages for their state, which brokers
// (whoseStaffShuttler, carrier.go); one side's leadership after "to the"
// stands for that side as its delegation does (shuttleTail, roles.go;
// lexicon "sideLeadershipNouns"; p1350). The negative cases: a person's
// aides ("X, whose aides carried") and staff doing something else ("whose
// officials met the press") name no broker.
func TestWhoseStaffCarryMessages(t *testing.T) {
	lead := "Truce holds on the border\nBEIRUT, July 24 - A cease-fire between Israel and Syria went into effect today.\n"
	for _, s := range []string{
		"Oman, whose officials had been carrying messages between the two sides, welcomed the truce.",
		"The reply reached Washington through Oman, whose diplomats had been carrying messages to the Syrian leadership in Damascus.",
	} {
		rec := corefRecord(t, lead+s)
		if !hasMediator(rec, "Oman") {
			t.Errorf("%q: want Oman a mediator: %s", s, dump(rec))
		}
	}
	for _, c := range []struct{ text, who string }{
		{"Oman, whose officials met the press on Monday, welcomed the truce.", "Oman"},
		{"Walter Pike, whose aides carried messages between the two sides, flew home.", "Walter Pike"},
	} {
		rec := corefRecord(t, lead+c.text)
		if hasMediator(rec, c.who) {
			t.Errorf("%q: want %s no mediator: %s", c.text, c.who, dump(rec))
		}
	}
}
