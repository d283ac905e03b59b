package extract

import "testing"

// Issue 14's three-hundred-and-ninety-first round: a stranger's batch
// (p2378-p2383: old wire copy, broadsheets and Asian agencies,
// 1953-1996); each rule with sentences of its own.

// Two states that establish diplomatic relations are the sides of a
// negotiation on that evidence alone, no broker needed (openedTiesRoles,
// roles/openedties.go; p2379, p2381, p1970): "A and B established
// diplomatic relations", "A and B today decided to establish diplomatic
// relations", "A established diplomatic ties with B". Ties other than
// diplomatic ("established trade ties") tell no such step, nor does one
// dated to a year, which a story cites as background (p122).
func TestOpenedTiesSides(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"Ties\n\nVALMORE, May 3 (Agency) - Chile and Norway established full diplomatic relations on Sunday, ending decades of mistrust.", "Chile", "Norway"},
		{"Ties\n\nVALMORE, May 3 (Agency) - The Republic of Chile and the Kingdom of Norway today decided to establish diplomatic relations, a spokesman said.", "Chile", "Norway"},
		{"Ties\n\nVALMORE, May 3 (Agency) - Chile established diplomatic ties with Norway on Sunday after months of quiet contacts.", "Chile", "Norway"},
	} {
		rec := corefRecord(t, c.text)
		if !partyNamed(rec, c.a) || !partyNamed(rec, c.b) {
			t.Errorf("want %s and %s as parties: %s", c.a, c.b, dump(rec))
		}
	}
	rec := corefRecord(t, "Ties\n\nVALMORE, May 3 (Agency) - Chile and Norway established closer trade ties on Sunday, officials said.")
	if partyNamed(rec, "Chile") || partyNamed(rec, "Norway") {
		t.Errorf("want no sides from trade ties: %s", dump(rec))
	}
	rec = corefRecord(t, "Ties\n\nVALMORE, May 3 (Agency) - President Ana Rook of Chile received the visiting Foreign Minister Tomas Varga of Norway on Sunday. Chile and Norway established diplomatic relations in 1948.")
	if partyNamed(rec, "Chile") || partyNamed(rec, "Norway") {
		t.Errorf("want no sides from ties dated to a past year: %s", dump(rec))
	}
}

// "The first meeting between a king of A and a president of B" tells
// what kind of first a meeting was: the two indefinite kinds after
// "between" are no participants and no sides, and their "of A" names no
// state that met (kindsBetween, args/participants.go; p2378, p2158,
// p1177).
func TestKindsBetweenFirst(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE, May 3 (Agency) - King Tomas Varga received President Ana Rook at the palace on Sunday, the first meeting between a king of Norway and a president of Chile.")
	if !metPair(rec, "Tomas Varga", "Ana Rook") {
		t.Errorf("want the two met: %s", dump(rec))
	}
	for _, s := range []string{"Norway", "Chile"} {
		if metPair(rec, "Ana Rook", s) || metPair(rec, "Tomas Varga", s) || partyNamed(rec, s) {
			t.Errorf("want %s neither in the meeting nor a side: %s", s, dump(rec))
		}
	}
}
