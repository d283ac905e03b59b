package extract

import (
	"slices"
	"testing"
)

// Issue 14's eighty-sixth round: mediators found as actors but not given
// the mediator role, the shape the eighty-sixth probe batch (p548-p553)
// showed, with sentences of its own.

// "X chairs the mediation", "X, who has led the papal mediation", "X, who
// conducts the facilitation", "X joined the mediation": a subject that
// runs or joins the mediation brokers the talks (p497, p552), a lower-case
// modifier before the mediation noun allowed. Backing a mediation
// ("supports", "welcomed") is no part in it, and a side's own minister
// chairing is a side still.
func TestRunningTheMediationMakesAMediator(t *testing.T) {
	const sides = "The army and the rebel movement resumed talks in Juba on Monday. "
	for _, c := range []struct{ text, want string }{
		{sides + "The president's adviser Tomas Ladu chairs the mediation.", "Tomas Ladu"},
		{sides + "Cardinal Paolo Verdi, who has led the papal mediation since 2019, met both delegations.", "Paolo Verdi"},
		{sides + "Erik Dahl, who conducts the facilitation, opened the session.", "Erik Dahl"},
		{sides + "Ambassador Lena Fisk joined the joint mediation in March.", "Lena Fisk"},
	} {
		_, meds := roleNames(run(t, c.text, "2025-05-06"))
		if !slices.Contains(meds, c.want) {
			t.Errorf("%q: mediators %v, want %s", c.text, meds, c.want)
		}
	}
	// Negative: states that only back the mediation are no mediators.
	text := sides + "Ambassador Lena Fisk chairs the mediation. Egypt welcomed the mediation and Kenya supports the mediation."
	_, meds := roleNames(run(t, text, "2025-05-06"))
	for _, no := range []string{"Egypt", "Kenya"} {
		if slices.Contains(meds, no) {
			t.Errorf("a state that backs the mediation made a mediator: %v", meds)
		}
	}
	if !slices.Contains(meds, "Lena Fisk") {
		t.Errorf("mediators %v, want Lena Fisk", meds)
	}
}
