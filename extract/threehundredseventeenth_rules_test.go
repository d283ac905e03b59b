package extract

import (
	"strings"
	"testing"
)

// Issue 14's three-hundred-and-seventeenth round: an untargeted stranger's
// batch (p1934-p1939: a 2018 agency on two leaders' talks ending a long
// war's estrangement, a 2015 presidency readout of a state visit, a 2018
// daily on a president's surprise meeting with his rival, a 2019 agency on
// a peace accord's signing, a 2008 daily on a memorandum signed before a
// facilitator, a 2017 daily on two presidents' bilateral talks); each rule
// with sentences of its own.

// "A and B cheered the city when they left a long closed-door meeting":
// a time clause whose "they" governs a meeting noun a few words on is the
// meeting of the main clause's named pair, as "after they met" is; a
// party's name before a title ("Unity Front leader B") is the post's
// body, no third subject; the main clause's time is the meeting's
// (theyHeldMeetingNoun and subordinateTheySubjects, meeting/meetings.go;
// p1936, p1414). The negative case: a third person named after the main
// verb leaves "they" unclear.
func TestTheyTimeClauseMeetingNoun(t *testing.T) {
	rec := corefRecord(t, "Truce\n\nVALMORE, May 4 (Agency) -- President Tomas Varga and Unity Front leader Edwin Holt cheered the city when they left a long closed-door meeting and shook hands.")
	if !metPair(rec, "Tomas Varga", "Edwin Holt") {
		t.Errorf("want the pair of the main clause met at the meeting of the time clause: %s", dump(rec))
	}
	rec = corefRecord(t, "Truce\n\nVALMORE, May 4 (Agency) -- President Tomas Varga and Unity Front leader Edwin Holt on May 2 cheered the city when they left a long closed-door meeting.")
	if m := meetingOf(rec, "Tomas Varga", "Edwin Holt"); m == nil || !strings.HasSuffix(m.Date, "-05-02") {
		t.Errorf("want the main clause's day on the meeting of the time clause: %s", dump(rec))
	}
	rec = corefRecord(t, "Truce\n\nVALMORE, May 4 (Agency) -- President Tomas Varga and Prime Minister Edwin Holt thanked Bishop Aldo Mirek after they held a private meeting.")
	if metPair(rec, "Aldo Mirek", "Edwin Holt") {
		t.Errorf("want no meeting for a person named after the main verb: %s", dump(rec))
	}
}
