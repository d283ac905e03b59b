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
		"Foreign Minister Ana Ruiz and her counterpart Tomas Berg co-chaired the annual consultation, which also touched on fisheries.",
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
