package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-eighty-sixth round: a batch targeted at
// met-pairs precision (p2948-p2953: people named in a meeting's sentence
// who were not there — the one whose envoy came, a government that
// hosted, those met separately, people discussed or sending messages);
// each rule with sentences of its own.

// "The talks, hosted by the A government, brought together X and Y": a
// state named only as the host's agent lent the venue and is no side at
// the table when two or more people met (hostAgentOverPeople; p2952,
// p1611). The negative case: a state the sentence also has them meet
// ("held talks with A ..., hosted by the A government") stays.
func TestHostStateIsNoSideAtTheTable(t *testing.T) {
	for _, line := range []string{
		"The talks, hosted by the Norwegian government, brought together Tomas Berg and Piotr Zielinski.",
		"The talks, hosted by the government of Norway, brought together Tomas Berg and Piotr Zielinski.",
		"Tomas Berg and Piotr Zielinski met in Oslo in talks hosted by the Norwegian government.",
	} {
		rec := corefRecord(t, "Ministers confer\n"+line)
		m, ok := heldMeeting(rec, "Tomas Berg", "Piotr Zielinski")
		if !ok || slices.Contains(m.Participants, "Norway") {
			t.Errorf("%q: want Berg and Zielinski without their host: %s", line, dump(rec))
		}
	}
	line := "Tomas Berg and Piotr Zielinski held talks with Norway on Monday, in a round hosted by the Norwegian government."
	rec := corefRecord(t, "Ministers confer\n"+line)
	if !heldAll(rec, "Tomas Berg", "Piotr Zielinski", "Norway") {
		t.Errorf("%q: the state they met is a side: %s", line, dump(rec))
	}
}

// "A received C, an envoy of leader B": B sent C and was not there; a
// person the sentence names only after an envoy's, a representative's or
// an adviser's noun and "of" or "to" leaves the meeting
// (envoyPrincipalOut; p2948's shape, p1153, p1981, p2905, p1644, p2886).
// The negative case: B named also as one received stays.
func TestEnvoyPrincipalIsNotAtTheMeeting(t *testing.T) {
	for _, line := range []string{
		"President Tomas Berg on Monday received Piotr Zielinski, an envoy of Chilean leader Jan Kowal.",
		"Piotr Zielinski, the personal representative of Secretary-General Jan Kowal, conferred with President Tomas Berg for two hours today.",
	} {
		rec := corefRecord(t, "Ministers confer\n"+line)
		if !heldAll(rec, "Tomas Berg", "Piotr Zielinski") || heldAll(rec, "Tomas Berg", "Jan Kowal") {
			t.Errorf("%q: want Berg and Zielinski without Kowal: %s", line, dump(rec))
		}
	}
	line := "President Tomas Berg received Jan Kowal and Piotr Zielinski, an envoy of Kowal, in Lima on Monday."
	rec := corefRecord(t, "Ministers confer\n"+line)
	if !heldAll(rec, "Tomas Berg", "Jan Kowal", "Piotr Zielinski") {
		t.Errorf("%q: Kowal was received too: %s", line, dump(rec))
	}
}
