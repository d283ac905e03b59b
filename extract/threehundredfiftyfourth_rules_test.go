package extract

import "testing"

// Issue 14's three-hundred-and-fifty-fourth round: a stranger's batch of
// 1940s-1950s wire copy and broadsheets on post-war conferences in Asia,
// the Middle East and Europe (p2156-p2161); the rule with sentences of its
// own.

// Older wire copy cuts "Lieutenant" to "Lieut." before a rank ("Lieut.
// Gen. X", "Lieut. Col. Y"): the period ends no sentence and the rank
// opens the name like "Lt Gen" (lexicon abbreviations and namePrefixes;
// p2156, p2159, and the probe's other "Lieut. Gen." and "Lieut. Col."
// articles). The negative case: a name after the rank is still the only
// person, "Lieut" is no name of its own.
func TestLieutRankBeforeName(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nBERGEN, May 4—Karl Ostby, the special envoy, met Lieut. Gen. Harald Brenne today at the castle.")
	if m := meetingOf(rec, "Karl Ostby", "Harald Brenne"); m == nil {
		t.Errorf("want Ostby with Brenne: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nBERGEN, May 4—Karl Ostby, the special envoy, met Lieut. Col. Harald Brenne today at the castle.")
	if m := meetingOf(rec, "Karl Ostby", "Harald Brenne"); m == nil {
		t.Errorf("want Ostby with Brenne: %s", dump(rec))
	}
	for _, a := range rec.Actors {
		if a.Name == "Lieut" || a.Name == "Lieut. Col. Harald Brenne" {
			t.Errorf("the rank is no name: %s", dump(rec))
		}
	}
}
