package extract

import "testing"

// A relative clause's meeting keeps the whole list of names it meets, the
// commas between them closing nothing (meeting.nameListEnd): "X, who
// received A, B and C" is one meeting of four. The negative case: a comma
// before an adjunct ("who met A, on Monday") still closes the object.
func TestRelativeClauseNameList(t *testing.T) {
	lead := "Summit opens\nKORAM, May 3 - "
	for _, s := range []string{
		"Crowds lined the road for President Piet Oster, who received Jan Dorn of Arland, Ivo Kesk of Peru and Lena Orvik of Chile.",
		"Crowds lined the road for President Piet Oster, who met Jan Dorn, Ivo Kesk, and Lena Orvik on Monday.",
	} {
		rec := corefRecord(t, lead+s)
		for _, p := range []string{"Jan Dorn", "Ivo Kesk", "Lena Orvik"} {
			if !metPair(rec, "Piet Oster", p) {
				t.Errorf("%q: want Oster with %s: %s", s, p, dump(rec))
			}
		}
	}
	rec := corefRecord(t, lead+"Crowds lined the road for President Piet Oster, who met Jan Dorn, on Monday, and left for Lima.")
	if !metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("want Oster with Dorn: %s", dump(rec))
	}
}
