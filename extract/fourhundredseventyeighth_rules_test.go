package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-seventy-eighth round: a targeted batch
// (p2900-p2905: wishes, requests and offers beside a held meeting —
// an Argentine minister in Rome, a mediator in Harare before a regional
// summit, a Mongolian minister in Seoul, a UN envoy in Nicosia, a
// Vietnamese premier in Beijing, a UN envoy in Jakarta); each rule with
// sentences of its own.

// "A and B spoke to reporters": the press is the hearer, so each of the
// two briefed it, which says nothing of their speaking with each other
// (spokeToPress; p2901). The negative case: "spoke to each other" and
// "spoke with B" stay conversations.
func TestSpokeToReportersIsNoConversation(t *testing.T) {
	for _, line := range []string{
		"Senator Ana Ruiz and Governor Tomas Berg spoke to reporters on Friday, both demanding a recount.",
		"Senator Ana Ruiz and Governor Tomas Berg talked with waiting journalists on Friday.",
		"Senator Ana Ruiz and Governor Tomas Berg spoke to the press in Lima on Friday.",
	} {
		rec := corefRecord(t, "Recount sought\n"+line)
		if heldAll(rec, "Ana Ruiz", "Tomas Berg") {
			t.Errorf("%q: a meeting of the two speakers: %s", line, dump(rec))
		}
	}
	line := "Senator Ana Ruiz spoke with Governor Tomas Berg in Lima on Friday."
	if rec := corefRecord(t, "Recount sought\n"+line); !heldAll(rec, "Ana Ruiz", "Tomas Berg") {
		t.Errorf("%q: want the Ruiz-Berg conversation: %s", line, dump(rec))
	}
}

// "hours before the summit that President X has called for": the
// relative clause on the meeting noun tells who wants a meeting, which X
// need not attend; X is no participant of the meeting the sentence tells
// (meetingProposer; p2901, p2809). The negative case: X met as well
// ("met B and X at the summit that X proposed") stays in the meeting.
func TestMeetingProposerIsNoParticipant(t *testing.T) {
	for _, line := range []string{
		"Prime Minister Jan Kowal met President Tomas Berg in Lima on Saturday, hours before the summit that Chancellor Ola Nowak has called for in Quito.",
		"Prime Minister Jan Kowal met President Tomas Berg in Lima on Saturday ahead of the conference which Chancellor Ola Nowak proposed last month.",
	} {
		rec := corefRecord(t, "Leaders confer\n"+line)
		if !heldAll(rec, "Jan Kowal", "Tomas Berg") {
			t.Errorf("%q: want the Kowal-Berg meeting: %s", line, dump(rec))
		}
		if heldAll(rec, "Jan Kowal", "Ola Nowak") || heldAll(rec, "Tomas Berg", "Ola Nowak") {
			t.Errorf("%q: the one who called for the summit met them: %s", line, dump(rec))
		}
	}
	line := "Prime Minister Jan Kowal met President Tomas Berg and Chancellor Ola Nowak in Lima on Saturday at the summit that Nowak proposed."
	if rec := corefRecord(t, "Leaders confer\n"+line); !heldAll(rec, "Jan Kowal", "Tomas Berg", "Ola Nowak") {
		t.Errorf("%q: want Nowak at the summit: %s", line, dump(rec))
	}
}

// "A said after the long meeting that his union would ask for an
// audience with C": what follows "that" is what A said, a wish of its
// own; C was not at the meeting (reportedAfterMeeting; p2867,
// p2905). The negative case: "after his meeting with C" keeps C.
func TestReportedClauseAfterTheMeetingIsNotItsPeople(t *testing.T) {
	lead := "Union seeks talks\nA delegation of the Farmers Union met Senator Ana Ruiz in Lima on Wednesday.\n"
	for _, line := range []string{
		"Union chairman Piotr Zielinski told reporters after the two-hour meeting that the union would also seek an audience with President Tomas Berg later this week.",
		"Union chairman Piotr Zielinski said after the hour-long meeting that the union hoped to see President Tomas Berg soon.",
	} {
		rec := corefRecord(t, lead+line)
		if heldAll(rec, "Tomas Berg") {
			t.Errorf("%q: a held meeting with the one only wished for: %s", line, dump(rec))
		}
	}
	line := "Union chairman Piotr Zielinski told reporters after his meeting with President Tomas Berg that the union was satisfied."
	if rec := corefRecord(t, lead+line); !heldAll(rec, "Piotr Zielinski", "Tomas Berg") {
		t.Errorf("%q: want the Zielinski-Berg meeting: %s", line, dump(rec))
	}
}
