package extract

import "testing"

// Issue 14's three-hundred-and-sixty-first round: a stranger's batch
// (p2198-p2203: a 2025 Central Asian agency on a border treaty, a 2018
// arbitration court's release on a maritime treaty signed before a
// conciliation commission, a 1976 wire on a fisheries dispute settled in
// a third capital, a 2019 second-language agency on peace talks between
// a government and armed groups, a 2009 wire on a mediator who saw two
// rivals apart, a 2024 agency on talks hosted by a third president);
// each rule with sentences of its own.

// The head of a body told in a clause set off after its name brokers
// once the body does: the bare participle ("the X Commission, chaired by
// P"), the body's acronym in brackets before the clause ("the X Panel
// (XP), which is chaired by P"), and a body the story makes a broker in
// another sentence (setOffBodyHead, acronymStart, mediatorhead.go;
// p2199, p1781). The negative case: the head of a body that brokers
// nothing stays none.
func TestSetOffHeadOfBrokeringBody(t *testing.T) {
	head := "Talks\n\nLIMA, March 3 (Agency) - "
	for _, c := range []struct{ text, who string }{
		{"The Lakeside Panel (LP), which is chaired by former Ecuadorean president Anton Berg, convened the talks between Chile and Peru.", "Anton Berg"},
		{"The talks between Chile and Peru were facilitated by the Harbor Commission, chaired by Ambassador Anton Berg.", "Anton Berg"},
		{"The signing was attended by the members of the Harbor Commission, chaired by Ambassador Anton Berg. " +
			"The Commission facilitated the negotiations between Chile and Peru.", "Anton Berg"},
	} {
		rec := corefRecord(t, head+c.text)
		if !hasMediator(rec, c.who) {
			t.Errorf("%q: want %s a mediator: %s", c.text, c.who, dump(rec))
		}
	}
	rec := corefRecord(t, head+"The signing was attended by officials of the Foreign Ministry, headed by Anton Berg. "+
		"Brazil facilitated the negotiations between Chile and Peru.")
	if hasMediator(rec, "Anton Berg") {
		t.Errorf("want the head of a body that brokers nothing no mediator: %s", dump(rec))
	}
}
