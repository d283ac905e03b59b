package extract

import "testing"

// Issue 14's four-hundred-and-thirty-sixth round: signings and talks "in
// the presence of" others (p2648-p2653: a Kenyan daily's peace pact of
// 1985, a wire's accords of 1988, a Jordanian agency's declaration of
// 1994, a Qatari agency's Darfur document of 2011, a wire's recognition
// letters of 1993, a Manila broadsheet's Tripoli pact of 1976); each rule
// with sentences of its own.

// One person who signs a text with others watching, "A signed the charter
// at the fort on Monday, watched by B", met them there that day: a
// ceremony with a witness is an encounter, as it is for two signatories
// (meeting.loneSignerWitnessed; p2652). A later signing in the same
// sentence is another's, and a passive or quoted signing is none.
func TestLoneSignerWatchedMeetsTheWitness(t *testing.T) {
	rec := run(t, "Charter signed\n\nKALMAR, June 3 (Nordwire) - Governor Ansgar Thelin signed the harbour charter at the old fort in Vexio on Monday, watched by Bishop Olof Brenner and a few aides.\n", "1931-06-03")
	m := mustMeeting(t, rec, "Ansgar Thelin", "Olof Brenner")
	if m.Status != "held" || m.Date != "1931-06-01" || m.Place != "Vexio" {
		t.Errorf("want the held signing in Vexio on June 1: %s", dump(rec))
	}
	rec = run(t, "Charter signed\n\nKALMAR, June 3 (Nordwire) - Governor Ansgar Thelin signed the harbour charter in Kalmar on Tuesday, witnessed by Bishop Olof Brenner, a day after Mayor Erik Sandgren signed his copy in Vexio.\n", "1931-06-03")
	m = mustMeeting(t, rec, "Ansgar Thelin", "Olof Brenner")
	if m.Place != "Kalmar" || m.Date != "1931-06-02" {
		t.Errorf("want the signing in Kalmar on June 2: %s", dump(rec))
	}
	if meetingWith(rec, "Erik Sandgren") != nil {
		t.Errorf("the mayor signed elsewhere, at no meeting: %s", dump(rec))
	}
	rec = run(t, "Charter signed\n\nKALMAR, June 3 (Nordwire) - The harbour charter was signed at the old fort on Monday, watched by Bishop Olof Brenner. \"Governor Ansgar Thelin signed it, watched by Bishop Olof Brenner,\" a clerk said.\n", "1931-06-03")
	if meetingWith(rec, "Ansgar Thelin", "Olof Brenner") != nil {
		t.Errorf("a passive or quoted signing tells no meeting of the governor: %s", dump(rec))
	}
}
