package extract

import "testing"

// Issue 14's two-hundred-and-forty-seventh round: signings witnessed
// (p1514-p1519: a Kenyan daily on a peace deal signed in a stadium before
// three leaders, a wire on a charter signed with leaders looking on, a
// Philippine broadsheet on an accord signed as two leaders looked on, a
// 1963 broadsheet on a treaty signed in the presence of a premier, a
// state agency on a declaration signed at the White House, a regional
// body's release on an agreement witnessed by heads of state); each rule
// with sentences of its own.

// "A and B signed the accord that ends the war, in the presence of C and
// D": a short relative clause on the text stands between the signing and
// its witnesses; they looked on at the signing, and the four met
// (text.witnessedRelative; p1514). The negative cases: a relative clause
// that names someone keeps its break, so the witness phrase is not read
// back onto the signing past that name; and a plain relative clause with
// no witness phrase puts nobody else at the signing.
func TestWitnessesPastRelativeClause(t *testing.T) {
	lead := "Accord signed\nKORAM - "
	for _, s := range []string{
		"Borvian Vice-President Piet Oster and rebel leader Jan Dorn yesterday signed the peace agreement that ends two decades of war in the north, in the presence of President Bo Kram and Arlander President Ana Vel.",
		"Piet Oster and Jan Dorn yesterday signed the accord which closes the dispute in the north, witnessed by President Bo Kram and President Ana Vel.",
	} {
		rec := corefRecord(t, lead+s)
		if !metPair(rec, "Piet Oster", "Bo Kram") || !metPair(rec, "Jan Dorn", "Ana Vel") || !metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%s: want the signatories with the witnesses: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Piet Oster and Jan Dorn yesterday signed the agreement that ends the war in the north at a ceremony in Koram.")
	if metPair(rec, "Piet Oster", "Bo Kram") {
		t.Errorf("nobody else at the signing: %s", dump(rec))
	}
}

// "A and B signed Joint Declaration at the White House": agency English
// drops the article before a title; the capitalised run ending in a text
// signed is the object, and the signing where it is told is the two
// signatories' meeting (meeting.bareTitle; p1518). The negative case: a
// capitalised run that goes on into a lower-case noun ("signed Joint
// Declaration papers") names no text signed together.
func TestSignedBareTitle(t *testing.T) {
	lead := "Leaders sign declaration\nKORAM. "
	rec := corefRecord(t, lead+"On Tuesday, Borvian President Piet Oster and Arlander Prime Minister Jan Dorn signed Joint Declaration at the Grand Palace.")
	if !metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("want Oster with Dorn: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"On Tuesday, Borvian President Piet Oster and Arlander Prime Minister Jan Dorn signed Joint Declaration papers at the Grand Palace.")
	if metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("a run into a lower-case noun read as a title signed: %s", dump(rec))
	}
}
