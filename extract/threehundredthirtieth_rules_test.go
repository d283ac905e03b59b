package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-thirtieth round: a stranger's batch (West
// Africa, 1960s-1990s, p2012-p2017); each rule with sentences of its own.

// threehundredthirtiethRecord extracts text published on Monday 9 March
// 1981.
func threehundredthirtiethRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: time.Date(1981, 3, 9, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// A dateline closed by a double hyphen stays in the lead, and its day,
// two tokens into the clause, no longer dates a meeting whose clause
// tells its own time after the object and a place (meeting/when.go
// dateOf; p2014, p1642, p728). The negative case: with no other time in
// the clause the dateline's day still dates the meeting, as before.
func TestDatelineDayYieldsToClauseTime(t *testing.T) {
	rec := threehundredthirtiethRecord(t, "Talks in the capital\nVALMORE, March 9 -- President Ivo Marten met President Olaf Kettering at the Palace of the Nation on Saturday.")
	m := meetingOf(rec, "Ivo Marten", "Olaf Kettering")
	if m == nil || m.Date != "1981-03-07" {
		t.Errorf("want the meeting on Saturday 1981-03-07: %s", dump(rec))
	}
	rec = threehundredthirtiethRecord(t, "Talks in the capital\nVALMORE, March 9 -- President Ivo Marten met President Olaf Kettering at the Palace of the Nation yesterday.")
	if m := meetingOf(rec, "Ivo Marten", "Olaf Kettering"); m == nil || m.Date != "1981-03-08" {
		t.Errorf("want the meeting yesterday, 1981-03-08: %s", dump(rec))
	}
	rec = threehundredthirtiethRecord(t, "Talks in the capital\nVALMORE, March 9 -- President Ivo Marten met President Olaf Kettering at the Palace of the Nation.")
	if m := meetingOf(rec, "Ivo Marten", "Olaf Kettering"); m == nil || m.Date != "1981-03-09" {
		t.Errorf("want the dateline's day kept when the clause tells none: %s", dump(rec))
	}
}

// "Mansion" ends a building's name: after the title head "Executive" the
// word was read as a surname and "the Executive Mansion" sat at the talks
// as a person (nonActorHeads; p2014). The negative case: a title and a
// name before another head still make a person.
func TestMansionIsABuilding(t *testing.T) {
	rec := threehundredthirtiethRecord(t, "Talks in the capital\nVALMORE (Agency) - President Ivo Marten received President Olaf Kettering at the Executive Mansion on Friday.")
	if actorNamed(rec, "Mansion") != nil || actorNamed(rec, "Executive Mansion") != nil {
		t.Errorf("want no person named after the mansion: %s", dump(rec))
	}
	if !metPair(rec, "Ivo Marten", "Olaf Kettering") {
		t.Errorf("want the two presidents met: %s", dump(rec))
	}
	rec = threehundredthirtiethRecord(t, "Talks in the capital\nVALMORE (Agency) - President Ivo Marten received Senator Anna Hall at the Villa Serena on Friday.")
	if actorNamed(rec, "Anna Hall") == nil {
		t.Errorf("want the senator named: %s", dump(rec))
	}
}

// Several people who "took part in all the sessions" sit at the talks
// told before, as one such person did (merge.go partials; p2016, p466,
// p1424, p56, p1166, p970). The negative case: several people who took
// part in a march join no meeting.
func TestSeveralTookPartInSessions(t *testing.T) {
	rec := threehundredthirtiethRecord(t, "Talks in the capital\nVALMORE (Agency) - The summit gathered President Ivo Marten and President Olaf Kettering in Valmore on Wednesday. Mr. Anton Reyes and Dr. Paul Lindqvist took part in all the sessions.")
	for _, who := range []string{"Anton Reyes", "Paul Lindqvist"} {
		if !metPair(rec, "Ivo Marten", who) || !metPair(rec, "Olaf Kettering", who) {
			t.Errorf("want %s at the summit: %s", who, dump(rec))
		}
	}
	rec = threehundredthirtiethRecord(t, "Talks in the capital\nVALMORE (Agency) - The summit gathered President Ivo Marten and President Olaf Kettering in Valmore on Wednesday. Mr. Anton Reyes and Dr. Paul Lindqvist took part in a march of veterans.")
	if metPair(rec, "Ivo Marten", "Anton Reyes") {
		t.Errorf("want the marchers at no meeting: %s", dump(rec))
	}
}
