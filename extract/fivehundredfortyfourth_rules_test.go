package extract

import "testing"

// Issue 14's five-hundred-and-forty-fourth round: a targeted batch
// (p3296-p3301: agencies and wires on bilateral visits, 2018-2022 — a
// president's courtesy call and a countries' yearly summit in Lisbon, a
// prime ministers' Zagreb talks that also held a border dispute, foreign
// ministers' talks in Nur-Sultan and Amman, a presidents' Paramaribo
// visit that revived border talks, a presidents' review of ties in Dakar);
// each rule with sentences of its own.

// "the fifth A-B summit", "the annual A-B summit": a summit numbered in a
// series or held every year is the routine review of two countries'
// relations, no negotiation between them, when its sentence names no
// dispute (recurringSummitMarks; p3296, p2441). The negative cases: a
// first or second summit, or a numbered one held over a dispute, keeps the
// two sides.
func TestRecurringSummitIsNoNegotiation(t *testing.T) {
	for _, text := range []string{
		"Ties reviewed\nPrime Minister Ilda Varela on Wednesday co-chaired with her counterpart Rui Matos the fifth Portugal-Brazil summit, which reviewed cooperation in education and health.",
		"Ties reviewed\nPresident Olaf Trennet held the annual Germany-Poland summit with Prime Minister Jan Wolski in Warsaw on Tuesday.",
	} {
		if got := partiesOf(t, text); len(got) != 0 {
			t.Errorf("%q: parties %v, want none", text, got)
		}
	}
	for _, text := range []string{
		"Leaders meet\nPresident Olaf Trennet and Prime Minister Jan Wolski held the first Germany-Poland summit in Warsaw on Tuesday.",
		"Leaders meet\nPresident Olaf Trennet and Prime Minister Jan Wolski held the second Germany-Poland summit in Warsaw on Tuesday.",
		"Leaders meet\nPresident Olaf Trennet held the fifth Germany-Poland summit with Prime Minister Jan Wolski in Warsaw on Tuesday, focused on the border dispute.",
	} {
		if got := partiesOf(t, text); len(got) != 2 {
			t.Errorf("%q: parties %v, want the two sides", text, got)
		}
	}
}

// The Portuguese "e" joins a double family name as the Spanish "y" does:
// "Prime Minister Abel Moura e Costa" is one person, not "Abel Moura" and
// "Costa" (freeNameParticles; p3296, p2093, p982). The negative case: "Moura and Costa"
// are still two people.
func TestPortugueseConjunctionInName(t *testing.T) {
	text := "Visit\nPresident Tiago Rebelo received Prime Minister Abel Moura e Costa in Lisbon on Thursday."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Tiago Rebelo", "Abel Moura e Costa") {
		t.Errorf("want the double family name kept whole, got %s", dump(rec))
	}
	text = "Visit\nPresident Tiago Rebelo received Abel Moura and Rui Costa in Lisbon on Thursday."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Tiago Rebelo", "Abel Moura", "Rui Costa") {
		t.Errorf("want two people joined by and, got %s", dump(rec))
	}
}
