package extract

import (
	"slices"
	"testing"
)

// Issue 14's ninety-ninth round: mediators found but not given the role,
// each shape with sentences of its own.

// "President X of B, who heads the mediation committee": the state after
// "of" completes the person's title, so the relative clause that runs the
// mediation is said of the person, not of the state; the state alone was
// made the chair (ledMediation, ofComplementPerson; p627). The state the
// person serves still brokers with them, as a chair's state does.
func TestOfStateLeaderWhoLeadsTheMediation(t *testing.T) {
	const sides = "The army and the rebel movement resumed talks in Lome on Monday. "
	for _, c := range []struct{ text, want string }{
		{sides + "President Amadou Kone of Mali, who heads the mediation team, met both delegations.", "Amadou Kone"},
		{sides + "Foreign Minister Lena Fisk of the Netherlands, who has led the mediation since March, opened the session.", "Lena Fisk"},
	} {
		_, meds := roleNames(run(t, c.text, "2025-05-06"))
		if !slices.Contains(meds, c.want) {
			t.Errorf("%q: mediators %v, want %s", c.text, meds, c.want)
		}
	}
	// Negative: a state's government, no person, before "of" keeps the
	// state as the one who leads; no person is made a mediator.
	text := sides + "Tomas Ladu met the rebels. The government of Mali, which heads the mediation team, opened the session."
	_, meds := roleNames(run(t, text, "2025-05-06"))
	if !slices.Contains(meds, "Mali") || slices.Contains(meds, "Tomas Ladu") {
		t.Errorf("%q: mediators %v, want Mali and not Tomas Ladu", text, meds)
	}
}
