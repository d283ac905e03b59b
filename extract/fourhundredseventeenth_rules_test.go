package extract

import "testing"

// Issue 14's four-hundred-and-seventeenth round: conversations as
// meetings (p2534-p2539: an agency's warship talk of 1945, a London
// paper's villa conversation of 1938, a Spanish agency's border-bridge
// conversation of 1985, a South African agency's Tuynhuys conversation of
// 1989, a Japanese agency's Pyongyang summit of 2002, a Vatican readout of
// 2014), where letters and messages sent between two sides are no
// meeting; each rule with sentences of its own.

// "the exchange of messages between A and B": the "between" after a
// correspondence noun names those who wrote to each other
// (args.correspondentsBetween), not the sides of a meeting noun elsewhere
// in the clause (p2538). The negative case: "talks between A and B" are
// still the two sides' meeting.
func TestCorrespondentsAreNoMeetingSides(t *testing.T) {
	for _, s := range []string{
		"Aides said the messages between Paris and Madrid in June had nothing to do with the summit.",
		"The summit followed an exchange of letters between Paris and Madrid.",
	} {
		rec := run(t, "Summit\n\nLISBON, Sept. 17 (Reuters) - Prime Minister Arto Vell flew to Porto.\n"+s+"\n", "2002-09-17")
		if metPair(rec, "France", "Spain") {
			t.Errorf("letters between two capitals are no meeting: %q: %s", s, dump(rec))
		}
	}
	rec := run(t, "Summit\n\nLISBON, Sept. 17 (Reuters) - Prime Minister Arto Vell flew to Porto.\nOfficials said the talks between Paris and Madrid ended on Monday.\n", "2002-09-17")
	if !metPair(rec, "France", "Spain") {
		t.Errorf("want talks between Paris and Madrid a meeting: %s", dump(rec))
	}
}
