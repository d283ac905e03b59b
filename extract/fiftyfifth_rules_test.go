package extract

import "testing"

// Issue 14's fifty-fifth round: where meetings were held, the
// constructions the fifty-fifth probe batch (p362-p367) and older probe
// articles showed, each with sentences of its own.

// A city the lead names in a clause of another event — one before the
// lead's ("..., a year after the tribunal in X fixed the line"; p308's
// court ruling) or one still to come ("..., but said they would meet
// again in X"; p314) — does not move the story from the dateline's city.
// A clause about the talks themselves ("..., after two days of talks in
// X") and the lead's main clause still do.
func TestLeadCityOfAnotherEvent(t *testing.T) {
	before := "Harbour pilots accord\nLISBON, Oct. 17 — Portugal and Galicia agreed on Wednesday to share their harbour pilots, a year after the tribunal in Hamburg fixed the line between their waters.\n" +
		"Tomas Ferreira received Lena Vogt at the presidential palace on Wednesday, the presidency said."
	wantPlace(t, before, "Lena Vogt", "Tomas Ferreira", "Lisbon")
	later := "Harbour pilots talks\nLISBON, Oct. 17 — The two delegations ended their third round of talks on the harbour pilots on Wednesday without a deal, but said they would meet again in Madrid in December.\n" +
		"Tomas Ferreira and Lena Vogt held talks at the foreign ministry on Wednesday."
	wantPlace(t, later, "Lena Vogt", "Tomas Ferreira", "Lisbon")
	// The talks' own city, after a comma or in the main clause.
	talks := "Harbour pilots accord\nLISBON, Oct. 17 — The two governments agreed on Wednesday to share their harbour pilots, after two days of talks in Madrid.\n" +
		"Tomas Ferreira received Lena Vogt at the presidential palace on Wednesday, the presidency said."
	wantPlace(t, talks, "Lena Vogt", "Tomas Ferreira", "Madrid")
	main := "Harbour pilots accord\nLISBON, Oct. 17 — The two governments signed an accord in Madrid on Wednesday to share their harbour pilots, a year after the tribunal in Hamburg fixed the line.\n" +
		"Tomas Ferreira received Lena Vogt at the presidential palace on Wednesday, the presidency said."
	wantPlace(t, main, "Lena Vogt", "Tomas Ferreira", "Madrid")
}

// A foreign ministry known by a name of its own, as the Kremlin or the
// White House are, is in its country's capital: "was received at the
// State Department" (p367), "lunched at the Quai d'Orsay" (p363). Another
// city named for the meeting still wins; "the Foreign Office", the name
// of more than one country's ministry (p148, p69), places nothing.
func TestMinistrySeatIsInTheCapital(t *testing.T) {
	wantPlace(t, "Fisheries talks\nOn Friday Lena Vogt was received at the State Department by Tomas Ferreira, with whom she discussed fisheries.", "Lena Vogt", "Tomas Ferreira", "Washington")
	wantPlace(t, "Fisheries talks\nLena Vogt met Tomas Ferreira at the Quai d'Orsay on Friday.", "Lena Vogt", "Tomas Ferreira", "Paris")
	wantPlace(t, "Fisheries talks\nLena Vogt met Tomas Ferreira at the State Department in New York on Friday.", "Lena Vogt", "Tomas Ferreira", "New York")
	wantPlace(t, "Fisheries talks\nLena Vogt met Tomas Ferreira at the Foreign Office on Friday.", "Lena Vogt", "Tomas Ferreira", "")
}
