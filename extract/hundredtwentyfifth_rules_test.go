package extract

import "testing"

// Issue 14's hundred-and-twenty-fifth round: participants not found
// because of the shape of their names (particles written with a capital,
// a state's name opening a sentence as a given name), with sentences of
// its own.

// A name particle written with a capital, "De", between a given name and
// the surname, or before the surname after a title, is part of the name:
// "de" is also a title word (of "de facto"), and the title/name split read
// "Foreign Minister Lucio De" as the title and left the surname alone
// (mention.capitalParticle, classify.go; p784). The negative case: "De
// facto" opening a sentence before a title keeps the title out of the
// name.
func TestCapitalParticleInName(t *testing.T) {
	wantPerson(t, "Canal talks\nROME, March 13 - Foreign Minister Lucio De Santurri met his Maltese counterpart Karl Vella on Thursday. De Santurri said the talks went well.", "Lucio De Santurri")
	wantPerson(t, "Canal talks\nROME, March 13 - The envoys, Lucio De Santurri of Italy and Karl Vella of Malta, met on Thursday.", "Lucio De Santurri")
	// Negative: "De facto" is no part of the name after it.
	wantPerson(t, "Canal talks\nROME, March 13 - De facto leader Ana Lindqvor met Karl Vella on Thursday.", "Ana Lindqvor")
	noPerson(t, "Canal talks\nROME, March 13 - De facto leader Ana Lindqvor met Karl Vella on Thursday.", "De facto leader Ana Lindqvor")
}
