package extract

import "testing"

// Issue 14's two-hundred-and-forty-eighth round: a stranger's batch
// (p1520-p1525: a state agency on a president's first trip abroad, Kyiv,
// 2021; an old broadsheet on a reparations agreement signed in
// Luxembourg, 1952; a Seoul daily on a prime minister's first official
// visit, 1983; a wire on a joint declaration signed in Prague, 1997; a
// Bangkok daily on a vice-premier's visit, 1978; a wire on a president's
// visit to Havana, 2015); each rule with sentences of its own.

// "Chairman of the Tarlan Storting Jan Dorn": a legislature called by its
// own-language name ends the body's name as "Parliament" does, so the
// title's "of" complement stops there and the name after it is the
// person's, holding the post (lexicon orgHeads; p309, p105; the batch's
// p1520 names a legislature also common as a surname, left out). The
// negative case: a person whose surname is such a word stays a person.
func TestOwnLanguageLegislatureEndsTitleComplement(t *testing.T) {
	lead := "Talks in Koram\nKORAM, 12 March - "
	rec := corefRecord(t, lead+"President Piet Oster met Chairman of the Tarlan Storting Jan Dorn on Tuesday.")
	a := actorNamed(rec, "Jan Dorn")
	if a == nil || !hasPosition(a, "Chairman", "Tarlan Storting") {
		t.Errorf("want Jan Dorn, Chairman of the Tarlan Storting: %s", dump(rec))
	}
	if actorNamed(rec, "Tarlan Storting Jan Dorn") != nil {
		t.Errorf("the body read into the person's name: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"President Piet Oster met Ivan Rada on Tuesday.")
	if a := actorNamed(rec, "Ivan Rada"); a == nil || a.Kind != "person" {
		t.Errorf("want Ivan Rada a person: %s", dump(rec))
	}
}
