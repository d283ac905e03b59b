package extract

import "testing"

// Issue 14's three-hundred-and-eighteenth round: meetings held or planned
// (p1940-p1945: announced, scheduled, postponed or called off); each rule
// with sentences of its own.

// A romanized given name whose first syllable has four letters (not
// ending in "ng") and whose second has five, "Chih-kuang", "Hyun-cheol",
// is kept whole after the surname, as shorter syllables were
// (fourLetterSyllable, mention/mentions.go; p1945, p1176). The negative
// cases: a three-part compound stays cut as before, and a common word
// after the hyphen ("Khan-style") joins no name.
func TestFourLetterGivenSyllable(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE (Agency) - General Tang Chih-kuang, who had flown in with the envoy, met Dr. Lo Shih-liang, the Foreign Minister, on Tuesday.\n\n"+
		"Trade Minister Pak Hyun-cheol held talks with Minister Ivo Lenk in the capital on Wednesday.")
	for _, want := range []string{"Tang Chih-kuang", "Lo Shih-liang", "Pak Hyun-cheol"} {
		if actorNamed(rec, want) == nil {
			t.Errorf("want %q named whole: %s", want, dump(rec))
		}
	}
	if !metPair(rec, "Tang Chih-kuang", "Lo Shih-liang") {
		t.Errorf("want the two met: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nVALMORE (Agency) - Senator Edwin Holt praised the Omar Khan-style reforms when he met President Tomas Varga on Tuesday.")
	if actorNamed(rec, "Omar Khan-style") != nil {
		t.Errorf("want no name ending in a common word: %s", dump(rec))
	}
}
