package extract

import "testing"

// An unnamed credit line with no "by", its words capitalized and alone on
// its line ("Staff Reporter", "From Our Staff Correspondent", "City Post
// Staff Reporter"), names no one: its title word was read as a surname
// (text.titleCaseCreditRE; p196, p411, p1120). The negative case: a body
// sentence ending in such a word is kept.
func TestTitleCaseCreditLine(t *testing.T) {
	for _, credit := range []string{"Staff Reporter", "From Our Staff Correspondent", "Koram Herald Staff Reporter"} {
		rec := corefRecord(t, "Talks resume\n"+credit+"\n\nKORAM - Borvian President Piet Oster met Prime Minister Jan Dorn in Koram on Monday.")
		for _, w := range []string{"Reporter", "Correspondent"} {
			if hasPerson(rec, w) {
				t.Errorf("%q: the credit read as a person: %s", credit, dump(rec))
			}
		}
		if !metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%q: want Oster with Dorn: %s", credit, dump(rec))
		}
	}
	rec := corefRecord(t, "Talks resume\n\nKORAM - Borvian President Piet Oster met Prime Minister Jan Dorn in Koram on Monday.\nThey Were Joined By Ana Vel, A Former Correspondent.")
	if !metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("want Oster with Dorn: %s", dump(rec))
	}
}
