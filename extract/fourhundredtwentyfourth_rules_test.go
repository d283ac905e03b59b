package extract

import "testing"

// Issue 14's four-hundred-and-twenty-fourth round: an untargeted batch
// (p2576-p2581: an American agency's ranch talks of 1963, a Washington
// paper's White House visit of 1975, a London paper's Pretoria talks of
// 1976, a New York paper's canal treaty exchange of 1978, a London
// paper's Downing Street fishing talks of 1976, an American agency's
// Hawaii talks of 1972), where people who joined a meeting were lost;
// each rule with sentences of its own.

// "A and B held talks in X and were joined later by C": the plural
// "were" after "and" shares the named, coordinated subject the sentence
// opens with, so C joins A and B (meeting.namedJoinSubject,
// openingPeople; p2576, p1909). A name of the body the joiner serves may
// open the post before the name ("by UN peace envoy C",
// meeting.titledJoiner; p1909). The negative cases: one person before
// "was joined", and a relative clause between the verbs, bring no one.
func TestJoinedAfterAndSharesNamedSubject(t *testing.T) {
	for _, text := range []string{
		"Talks in Lisbon\nLISBON, March 3 - Foreign Minister Anton Velder of Norland and Foreign Minister Ruy Castanho of Portugal held separate talks in the palace annex and were joined later by the Norland Ambassador, Piet Donker.",
		"Talks in Lisbon\nLISBON, March 3 (AFP) - Foreign Minister Anton Velder and Foreign Minister Ruy Castanho began a second day of talks on Tuesday on a plan for the river basin, and were joined by UN water envoy Piet Donker.",
	} {
		for _, who := range []string{"Anton Velder", "Ruy Castanho"} {
			if ok, rec := hundredeighthMet(t, text, who, "Piet Donker"); !ok {
				t.Errorf("%q: no %s-Donker meeting: %s", text, who, rec)
			}
		}
	}
	for _, text := range []string{
		"Talks in Lisbon\nLISBON, March 3 - Foreign Minister Anton Velder met Foreign Minister Ruy Castanho on Monday. Later Velder toured the harbour and was joined by the Norland Ambassador, Piet Donker.",
		"Talks in Lisbon\nLISBON, March 3 - Foreign Minister Anton Velder and Foreign Minister Ruy Castanho received the fishermen who had sailed from the north and were joined by the Norland Ambassador, Piet Donker.",
	} {
		if ok, rec := hundredeighthMet(t, text, "Ruy Castanho", "Piet Donker"); ok {
			t.Errorf("%q: want no Castanho-Donker meeting: %s", text, rec)
		}
	}
}

// "saw B in X and C in Y": each object of the predicate has a city of
// its own after "in", so the subject met each where the conjunct puts
// him, and B never met C (meeting.conjunctSplit, cityAfterIn; p2578,
// p2047). The negative case: "met B and C in X" is one encounter.
func TestObjectsEachWithOwnCityAreTwoEncounters(t *testing.T) {
	text := "Tour\nVIENNA, May 9 - Earlier in the week the envoy Lars Odegaard saw President Tomas Berg in Bern and President Ana Ruiz in Lisbon."
	if ok, rec := hundredeighthMet(t, text, "Tomas Berg", "Ana Ruiz"); ok {
		t.Errorf("%q: want no Berg-Ruiz meeting: %s", text, rec)
	}
	wantPlace(t, text, "Lars Odegaard", "Tomas Berg", "Bern")
	wantPlace(t, text, "Lars Odegaard", "Ana Ruiz", "Lisbon")
	text = "Tour\nVIENNA, May 9 - Earlier in the week the envoy Lars Odegaard saw President Tomas Berg and President Ana Ruiz in Lisbon."
	if ok, rec := hundredeighthMet(t, text, "Tomas Berg", "Ana Ruiz"); !ok {
		t.Errorf("%q: want a Berg-Ruiz meeting: %s", text, rec)
	}
}
