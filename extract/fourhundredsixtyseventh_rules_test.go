package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-sixty-seventh round: an untargeted batch
// (p2834-p2839: a 1980s Sri Lankan agency on government talks with a
// rebel movement in Colombo, a 2010s Indian agency on a foreign
// secretary's mission to Male, a 2010s Indian agency on a Mauritian prime
// minister's visit to New Delhi, a 2010s Seychelles daily on a Chinese
// defence minister's visit, a 1990s wire on a Malagasy power-sharing pact,
// a 1990s wire on a Comorian inter-island conference); each rule with
// sentences of its own.

// "The pact was signed at a final ceremony by A and B", "in a short
// ceremony at the ministry by A and B": the occasion of the signing,
// with the one word that qualifies it, stands between the passive and its
// agent as a venue does; so does a venue named by its holder's title, "at
// the Foreign Minister's residence by" (meeting.agentPastPlace; p2839,
// p946, p1496, p851, p385). The negative case: past the ceremony another
// verb takes the agent ("signed at a farewell ceremony last year was
// criticised by A and B").
func TestCeremonyBetweenPassiveSigningAndAgent(t *testing.T) {
	for _, line := range []string{
		"Their charter was signed at a final ceremony by Interim President Joseph Banda and rebel leader Peter Mwale.",
		"Their truce was signed in a short ceremony at the ministry by Interim President Joseph Banda and rebel leader Peter Mwale.",
		"Their protocol was initialled at the Foreign Minister's residence by Interim President Joseph Banda and rebel leader Peter Mwale.",
		"Their pact was signed at a ceremony by Interim President Joseph Banda and by rebel leader Peter Mwale.",
	} {
		rec := corefRecord(t, "Island talks end\nLUSAKA, March 9 (AFP) - "+line)
		if !heldAll(rec, "Joseph Banda", "Peter Mwale") {
			t.Errorf("%q: want Banda and Mwale met at the signing: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Island talks end\nLUSAKA, March 9 (AFP) - Their pact signed at a farewell ceremony last year was criticised by Interim President Joseph Banda and rebel leader Peter Mwale.")
	if heldAll(rec, "Joseph Banda", "Peter Mwale") {
		t.Errorf("critics of an old signing met: %s", dump(rec))
	}
}

// "A briefed Ruritanian High Commissioner B on the talks": a nationality
// and a post of two words put the name four words past the verb, beyond
// the three words a title took before (meeting.longTitleRun; p2834,
// p513). The negative case: a body briefed, then a name in another
// clause, is no briefing of that person.
func TestBriefedPastNationalityAndLongTitle(t *testing.T) {
	lead := "Island talks end\nLUSAKA, March 9 (AFP) - Prime Minister Joseph Banda met rebel leader Peter Mwale on Thursday.\n"
	rec := corefRecord(t, lead+"Banda also briefed Ruritanian High Commissioner John Kareta on the talks in the evening.")
	if !heldAll(rec, "Joseph Banda", "John Kareta") {
		t.Errorf("want Banda and Kareta met at the briefing: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Banda also briefed Parliament The Daily Herald said, quoting John Kareta.")
	if heldAll(rec, "Joseph Banda", "John Kareta") {
		t.Errorf("a name in another clause read as the person briefed: %s", dump(rec))
	}
}

// "A later briefed B on the first round at the ministry on May 2": the
// day told past the briefing's topic is the briefing's,
// not the day of the talks told before (meeting.dayPastBriefTopic;
// p2834, p813, p513). The negative case: a day inside a topic that names
// a meeting of its own ("on his talks with C on May 2") stays the
// topic's.
func TestBriefingDayPastItsTopic(t *testing.T) {
	lead := "Island talks end\nLUSAKA, May 5 (AFP) - Prime Minister Joseph Banda met rebel leader Peter Mwale on May 1.\n"
	rec := corefRecord(t, lead+"Banda later briefed Ambassador John Kareta on the first round at the ministry on May 2.")
	if !fourhundredsixtyseventhMetOn(rec, "John Kareta", "2025-05-02") {
		t.Errorf("want the briefing on May 2: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Banda later briefed Ambassador John Kareta on his talks with Mwale on May 2.")
	if fourhundredsixtyseventhMetOn(rec, "John Kareta", "2025-05-02") {
		t.Errorf("the topic's day read as the briefing's: %s", dump(rec))
	}
}

// fourhundredsixtyseventhMetOn: a held meeting with name on day.
func fourhundredsixtyseventhMetOn(rec graph.Record, name, day string) bool {
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && m.Date == day && slices.Contains(m.Participants, name) {
			return true
		}
	}
	return false
}
