package extract

import "testing"

// Issue 14's sixty-second round: where meetings were held, the
// constructions the sixty-second probe batch (p404-p409) and older probe
// articles showed, each with sentences of its own.

// "flew on Tuesday to X, where he met Y": the relative adverb stands for
// the trip's end, also when X is a town the gazetteer lacks and a time
// phrase stands between the verb and "to" (p159's Kilinochchi, p406's
// Macara). A comma between the verb and the town cuts the trip off, and
// a town that is no trip's end ("wrote to X, where") places nothing.
func TestTripEndTownWhere(t *testing.T) {
	art := "River bridge works\nQUITO, May 3 (Reuters) - The transport minister, Lena Vogt, flew on Tuesday to Vilcabrava, where she met the provincial governor, Tomas Ferreira, to inspect the bridge."
	wantPlace(t, art, "Lena Vogt", "Tomas Ferreira", "Vilcabrava")
	plain := "River bridge works\nQUITO, May 3 (Reuters) - The transport minister, Lena Vogt, travelled to Vilcabrava, where she met the provincial governor, Tomas Ferreira."
	wantPlace(t, plain, "Lena Vogt", "Tomas Ferreira", "Vilcabrava")
	// Not a trip: the letter went to the town, the meeting was in the
	// dateline's city.
	letter := "River bridge works\nQUITO, May 3 (Reuters) - The transport minister, Lena Vogt, who wrote on Monday to Vilcabrava, met the provincial governor, Tomas Ferreira, on Tuesday."
	wantPlace(t, letter, "Lena Vogt", "Tomas Ferreira", "Quito")
}

// An official readout that sets its dateline off as a sentence of its
// own ("Astana, 9 November 2023.", p329, p408) leads with the sentence
// after it: a lead that puts the visit in another city ("arrived in X on
// a state visit") moves the story there, as it does under a dateline
// ended by a dash, so a meeting "on the same day" at a palace is in X,
// not in the city the readout was filed from.
func TestDatelineSentenceThenVisitAbroad(t *testing.T) {
	art := "State visit to Freedonia\nOslo, 9 November 2023. On 7 November, Prime Minister of Norway Lena Vogt arrived in Lisbon on a state visit to Portugal.\n" +
		"The welcoming ceremony took place at the presidential palace, where she was greeted by President Tomas Ferreira.\n" +
		"On the same day, Lena Vogt met with Prime Minister of Portugal Ana Lopes."
	wantPlace(t, art, "Lena Vogt", "Ana Lopes", "Lisbon")
	// The lead that stays in the dateline's city keeps it.
	home := "Visit of the Portuguese Prime Minister\nOslo, 9 November 2023. On 7 November, Prime Minister of Portugal Ana Lopes arrived in Oslo on an official visit.\n" +
		"On the same day, Lena Vogt met with Ana Lopes at the government building."
	wantPlace(t, home, "Lena Vogt", "Ana Lopes", "Oslo")
}

// A meeting at a border crossing is placed by the crossing's name: "met
// at the X border post" (p409), "agreed to reopen the X crossing after a
// meeting ... on the border" (p108). A crossing only talked about, with
// the meeting in a city, leaves the city; "the X Post" is a newspaper.
func TestMeetingAtNamedCrossing(t *testing.T) {
	post := "Border reopening\nNAIROBI (Reuters) - Lena Vogt and Tomas Ferreira met at the Karuvira border post on Friday and agreed to reopen it."
	wantPlace(t, post, "Lena Vogt", "Tomas Ferreira", "Karuvira")
	border := "Border reopening\nNAIROBI (Reuters) - Lena Vogt and Tomas Ferreira held talks at a customs shed on the border on Friday and agreed to reopen the Karuvira crossing."
	wantPlace(t, border, "Lena Vogt", "Tomas Ferreira", "Karuvira")
	city := "Border reopening\nNAIROBI (Reuters) - Lena Vogt and Tomas Ferreira met in Kampala on Friday to discuss reopening the Karuvira crossing."
	wantPlace(t, city, "Lena Vogt", "Tomas Ferreira", "Kampala")
	paper := "Border reopening\nNAIROBI (Reuters) - Lena Vogt met Tomas Ferreira on Friday, the Karuvira Post reported."
	wantPlace(t, paper, "Lena Vogt", "Tomas Ferreira", "Nairobi")
}
