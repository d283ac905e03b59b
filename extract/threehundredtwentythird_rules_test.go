package extract

import "testing"

// Issue 14's three-hundred-and-twenty-third round: a stranger's batch
// (p1970-p1975: East Asia in the 1990s-2010s, Korean, Japanese and
// Chinese agencies in English and foreign correspondents); each rule with
// sentences of its own.

// A romanized given name whose first syllable is a capitalized function
// word ("In-sook", "Do-hyun") is kept whole after the family name, also
// after a family name that is a common English word ("Lee", "Park")
// (hyphenedGivenOpening, mention/mentions.go; p1972, p1394). The negative
// case: a common word after the hyphen ("To-day") opens no name.
func TestHyphenedGivenOpening(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE (Agency) - Trade Minister Kang In-sook met Ambassador Lee Do-hyun in the capital on Tuesday.")
	for _, want := range []string{"Kang In-sook", "Lee Do-hyun"} {
		if actorNamed(rec, want) == nil {
			t.Errorf("want %q named whole: %s", want, dump(rec))
		}
	}
	if !metPair(rec, "Kang In-sook", "Lee Do-hyun") {
		t.Errorf("want the two met: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nVALMORE (Agency) - Senator Edwin Holt said the Council To-day would meet President Tomas Varga on Tuesday.")
	if actorNamed(rec, "Council To-day") != nil {
		t.Errorf("want no name ending in a common word: %s", dump(rec))
	}
}

// A host receives "a delegation" named indefinitely and the next sentence
// says who leads it and who is in it: the leader and members named after
// "led by" and "included" met the host, not a person named in an apposed
// description of a member (coref.DelegationAhead; p1972, p806). One who
// "also attended" later joins that whole meeting, not a smaller retelling
// of it (retoldWhole, merge.go; p806).
func TestDelegationAhead(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE, May 3 (Agency) - President Ana Rook received a delegation of senior officials from the north at the palace on Sunday. "+
		"The eight-member delegation, which flew in to mourn the late President Otto Brem, was led by Tomas Varga and included Ivo Lenk, the nephew of party chief Karl Mott.")
	for _, p := range []string{"Tomas Varga", "Ivo Lenk"} {
		if !metPair(rec, "Ana Rook", p) {
			t.Errorf("want Ana Rook met %s: %s", p, dump(rec))
		}
	}
	for _, p := range []string{"Otto Brem", "Karl Mott"} {
		if metPair(rec, "Ana Rook", p) {
			t.Errorf("want Ana Rook not paired with %s: %s", p, dump(rec))
		}
	}
	rec = corefRecord(t, "Talks\n\nVALMORE, May 3 (Agency) - President Ana Rook on Saturday hosted a high-level northern delegation at the palace in Valmore. "+
		"The delegation, which flew in on Friday, was headed by Tomas Varga and included Ivo Lenk.\n\n"+
		"Lenk handed over a personal letter from the northern leader inviting Rook to visit the north, a spokesman told reporters after the meeting.\n\n"+
		"The talks, held over lunch, lasted two hours. Foreign Minister Edwin Holt and Defence Minister Mara Voss also attended on the home side.")
	if !metPair(rec, "Edwin Holt", "Tomas Varga") {
		t.Errorf("want the attendee in the whole meeting: %s", dump(rec))
	}
}
