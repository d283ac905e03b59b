package extract

import "testing"

// Issue 14's five-hundred-and-fifty-seventh round: an untargeted batch
// (p3374-p3379: wires and agencies on hostage and kidnapping release
// negotiations and their go-betweens, 1991-2020 — a U.N. chief's day of
// meetings in Geneva, a Somali regional leader and clan elders over a
// hijacked tanker, French ministers collecting freed hostages in Niamey, a
// president receiving freed schoolboys, negotiators in the hills of Jolo,
// a president welcoming two women freed by guerrillas); each rule with
// sentences of its own.

// "X embraced Y at the palace" is a face-to-face encounter of the two,
// read as "X received Y" is: only with an actor right after the verb
// (objectTriggers; p3379, p3219, p2332, p2506). The negative case: "X
// embraced the proposal" names no one, so no meeting is told.
func TestEmbracedActorIsEncounter(t *testing.T) {
	text := "Freed captives reach capital\nPresident Tobias Marrel embraced Lena Ostrova and Carla Denet at the presidential palace late Thursday, hours after their release."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Tobias Marrel", "Lena Ostrova", "Carla Denet") {
		t.Errorf("want the embrace as a meeting of the three, got %s", dump(rec))
	}
	text = "Plan backed\nPresident Tobias Marrel embraced the proposal of Lena Ostrova on Thursday."
	rec = corefRecord(t, text)
	if heldAll(rec, "Tobias Marrel", "Lena Ostrova") {
		t.Errorf("want no meeting for an embraced proposal, got %s", dump(rec))
	}
}
