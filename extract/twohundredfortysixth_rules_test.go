package extract

import "testing"

// Issue 14's two-hundred-and-forty-sixth round: meetings between bodies
// whose people are named later (p1508-p1513: a 1990 agency on two
// premiers' delegations, a 1939 broadsheet on envoys in the Kremlin, a
// 1983 wire on a round of colony talks, a 1985 daily on a government and
// armed groups in a Himalayan capital, a 1991 agency in translated
// English on a government and a guerrilla front, a 1981 ministry release
// on a boundary round); each rule with sentences of its own.

// "The A delegation was presided by X": the calque of a translated
// readout ("presidida por") says who heads the side, as "headed by" does
// (ledVerbs, roster.go). The negative case: a session presided by
// someone, with no delegation noun before the verb, lists no side.
func TestDelegationPresidedBy(t *testing.T) {
	text := "Canal talks\nThe delegations of Chile and Peru opened talks in Ghent on Tuesday. The Chilean delegation was presided by Foreign Minister Greta Holm. The Peruvian delegation was headed by Tomas Vidal."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Tomas Vidal", "2025-10-14")
	text = "Canal talks\nThe delegations of Chile and Peru opened talks in Ghent on Tuesday. The Peruvian delegation was headed by Tomas Vidal. In Santiago, the Senate's session on Wednesday was presided by Senator Ruth Anker."
	noneHeld(t, r38Pub, text, "Ruth Anker", "Tomas Vidal")
}

// "For the insurgency participated A, B and C": a translated readout's
// inverted member list opens with the side it speaks for
// (sideOpenedPresence, roster.go); its people sat at the talks told. The
// negative case: a comma inside the opening phrase ("For the rebels, who
// participated ...") is no such list.
func TestSideOpenedPresence(t *testing.T) {
	text := "Canal talks\nThe Government of Chile and the Popular Front opened direct talks in Ghent on Tuesday. The government delegation was headed by Greta Holm. For the insurgency participated the commanders Tomas Vidal and Jan Smet."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Tomas Vidal", "2025-10-14")
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Jan Smet", "2025-10-14")
	text = "Canal talks\nThe Government of Chile and the Popular Front opened direct talks in Ghent on Tuesday. The government delegation was headed by Greta Holm. For the rebels, who participated in an earlier round, commander Tomas Vidal spoke by radio from the hills."
	noneHeld(t, r38Pub, text, "Greta Holm", "Tomas Vidal")
}
