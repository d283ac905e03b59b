package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-seventy-sixth round: bilateral talks with no
// mediator told as a dialogue, consultations, a round of talks or a joint
// commission (p2888-p2893: an Indian agency on a round between the Centre
// and an armed group, a Malaysian agency on a joint commission, a Tajik
// agency on foreign ministries' consultations, an Indonesian agency on a
// strategic dialogue, a Pakistani paper on government and Taliban
// committees, a Norwegian agency on a fisheries commission); each rule
// with sentences of its own.

// "A and B co-chaired the dialogue", "A and his counterpart B co-chaired
// the annual consultation": a dialogue or a consultation two people chair
// together is a sitting of theirs as a session is (jointChairedSession;
// p2891, p535). The negative case: one person chairing a dialogue meets
// no one by it.
func TestCoChairedDialogueIsTheirTalks(t *testing.T) {
	for _, line := range []string{
		"Foreign Minister Ana Ruiz and Secretary of State Tomas Berg co-chaired the dialogue at the ministry on Tuesday.",
		"Foreign Minister Ana Ruiz and Trade Minister Tomas Berg co-chaired the dialogue at the ministry on Tuesday.",
		"Foreign Minister Ana Ruiz and Secretary of State Tomas Berg co-chaired the first session at the ministry on Tuesday.",
		"Foreign Minister Ana Ruiz and her counterpart Tomas Berg co-chaired the yearly consultation, where fisheries came up as well.",
		"Foreign Minister Ana Ruiz and Peruvian Secretary of State Tomas Berg jointly chaired the first political consultations between the two ministries.",
	} {
		rec := corefRecord(t, "Ministers confer\n"+line)
		if !heldAll(rec, "Ana Ruiz", "Tomas Berg") {
			t.Errorf("%q: want a held Ruiz-Berg meeting: %s", line, dump(rec))
		}
	}
	line := "Foreign Minister Ana Ruiz chaired the dialogue with students, while Secretary of State Tomas Berg spoke in Quito."
	rec := corefRecord(t, "Ministers confer\n"+line)
	if heldAll(rec, "Ana Ruiz", "Tomas Berg") {
		t.Errorf("%q: one chair meets no one: %s", line, dump(rec))
	}
}

// "Its next session will take place in Y in the autumn", "The visit will
// continue on Wednesday in Y": a sequel told with "will" is of a sitting
// to come and says nothing of where the one just told was, even when that
// one's city is the dateline's (sequelToCome; p2893, p2145). The
// negative case: "The talks took place in Y" still places the sitting
// just told.
func TestNextSessionSequelLeavesTheHeldPlace(t *testing.T) {
	lead := "Quotas agreed\nLIMA, Oct. 20 (Agency) - Chile and Peru agreed on fishing quotas on Friday.\n\nFisheries Minister Ana Ruiz met Tomas Berg in Lima on Thursday evening.\n\n"
	for _, s := range []string{"Its next session will take place in Quito in the autumn of 2018.", "The next round will be held in Quito next year.", "The visit will continue on Saturday in the Cusco region."} {
		rec := corefRecord(t, lead+"The commission was founded in 1975. "+s)
		if m, ok := heldMeeting(rec, "Ana Ruiz", "Tomas Berg"); !ok || m.Place != "Lima" {
			t.Errorf("%q: want the Ruiz-Berg meeting in Lima, got %q: %s", s, m.Place, dump(rec))
		}
	}
	rec := corefRecord(t, "Quotas agreed\nLIMA, Oct. 20 (Agency) - Chile and Peru agreed on fishing quotas on Friday.\n\nFisheries Minister Ana Ruiz met Tomas Berg on Thursday evening. The talks took place in Callao.")
	if m, ok := heldMeeting(rec, "Ana Ruiz", "Tomas Berg"); !ok || m.Place != "Callao" {
		t.Errorf("want the Ruiz-Berg meeting in Callao, got %q: %s", m.Place, dump(rec))
	}
}
