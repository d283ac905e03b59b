package extract

import "testing"

// Issue 14's three-hundred-and-eighty-second round: "dialogue" as a word
// of talks (p2324-p2329: a first session of a named economic dialogue, a
// Washington daily, 2009; a first round of a composite dialogue of two
// foreign secretaries, a national agency, 2004; two premiers' dialogue
// resumed under a mediator, a wire, 2012; a government's and an
// opposition's dialogue under a facilitator, a wire, 2021; a truce
// dialogue near a lake city, an agency, 2006; two straits bodies' talks
// in a city-state, an agency, 1993); each rule with sentences of its own.

// Two sides' delegation heads in one sentence ("X led the A side while
// the B delegation was headed by Y", "X led the government delegation,
// while Y headed the opposition team") after a sentence telling the two
// sides' talks or dialogue with its day: the two heads sat at them
// (twoSidesListed, listedTalksNouns; p2325, p2327). The negative cases:
// "proximity talks" are held apart, and a capitalised "Dialogue" is a
// forum's name.
func TestTwoSidesHeadsInOneSentence(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nLIMA, June 2 - Chile and Peru ended their first round of dialogue on Monday, the vice-ministers said. Vice-Minister Arvo Pellin led the Chilean side while the Peruvian delegation was headed by Vice-Minister Kasimir Dolt.")
	if !metPair(rec, "Arvo Pellin", "Kasimir Dolt") {
		t.Errorf("want Pellin with Dolt: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nLIMA, June 2 - The proximity talks between Chile and Peru entered their fourth day on Monday. Vice-Minister Arvo Pellin led the Chilean side while the Peruvian delegation was headed by Vice-Minister Kasimir Dolt.")
	if metPair(rec, "Arvo Pellin", "Kasimir Dolt") {
		t.Errorf("proximity talks are no sitting of both: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nLIMA, June 2 - Chile and Peru ended the opening session of the Andean Coastal Dialogue on Monday. Vice-Minister Arvo Pellin led the Chilean side while the Peruvian delegation was headed by Vice-Minister Kasimir Dolt.")
	if metPair(rec, "Arvo Pellin", "Kasimir Dolt") {
		t.Errorf("a forum's name is not the talks held: %s", dump(rec))
	}
}
