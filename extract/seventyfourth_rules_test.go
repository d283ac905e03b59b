package extract

import "testing"

// Issue 14's seventy-fourth round: places given through the story's lead
// rather than a dateline, and capitals named by their state ("in X's
// capital"), with sentences of its own.

// "in Ruritania's capital": a capital named by its state's possessive,
// after a preposition, is that state's capital city, as "the Ruritanian
// capital" is (p371, p480). After another word ("on Kenya's capital
// markets") it names no city.
func TestPossessiveCapital(t *testing.T) {
	wantPlace(t, "Grain corridor\nTrade Minister Lena Vogt held talks with Tomas Ferreira in Kenya's capital on Tuesday.",
		"Lena Vogt", "Tomas Ferreira", "Nairobi")
	wantPlace(t, "Grain corridor\nTrade Minister Lena Vogt met Tomas Ferreira on Tuesday to discuss Kenya's capital markets.",
		"Lena Vogt", "Tomas Ferreira", "")
}

// A story with no dateline and no place in its headline is set where its
// first sentence puts its news: a meeting further down at a seat named by
// its office ("at the presidency"), of the story's own days, is in that
// city (p445, p476, p479; p477's "at the Kremlin"). With no city in the first sentence, or a
// meeting years before, nothing is placed.
func TestLeadCityWithoutDateline(t *testing.T) {
	body := "The two discussed refugees and the sharing of intelligence.\n" +
		"They agreed that their defence chiefs would meet before the end of the year.\n" +
		"Mr Ferreira was later received by President Piet Grout at the presidency."
	accra := "Border patrols agreed\nForeign Minister Lena Vogt held talks in Accra on Wednesday with her visiting counterpart Tomas Ferreira.\n" + body
	wantPlace(t, accra, "Piet Grout", "Tomas Ferreira", "Accra")
	capital := "Border patrols agreed\nForeign Minister Lena Vogt held talks in the Ghanaian capital on Wednesday with her visiting counterpart Tomas Ferreira.\n" + body
	wantPlace(t, capital, "Piet Grout", "Tomas Ferreira", "Accra")
	// The lead's place named by a body that bears its building's name.
	kremlin := "Migration talks\nPresident Lena Vogt was received at the Kremlin on Wednesday by President Tomas Ferreira.\n" +
		"The two discussed migrant workers and a dam.\n" +
		"Trade between the two countries grew by a fifth this year.\n" +
		"Later in the day Foreign Minister Piet Grout held separate talks with his counterpart Ivo Marn at the ministry."
	wantPlace(t, kremlin, "Ivo Marn", "Piet Grout", "Moscow")
	// No city in the lead: the presidency stands nowhere the text says.
	none := "Border patrols agreed\nForeign Minister Lena Vogt held talks on Wednesday with her visiting counterpart Tomas Ferreira.\n" + body
	wantPlace(t, none, "Piet Grout", "Tomas Ferreira", "")
	// An old meeting is background, wherever the story is set.
	old := "Border patrols agreed\nForeign Minister Lena Vogt held talks in Accra on Wednesday with her visiting counterpart Tomas Ferreira.\n" +
		"The two discussed refugees and the sharing of intelligence.\n" +
		"They agreed that their defence chiefs would meet before the end of the year.\n" +
		"Mr Ferreira first met President Piet Grout at the presidency in March 2015."
	wantPlace(t, old, "Piet Grout", "Tomas Ferreira", "")
}
