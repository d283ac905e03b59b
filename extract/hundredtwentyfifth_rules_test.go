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

// A state's name opening a sentence, or the lead after the dateline's
// dash, before a name-like word that closes the name is a given name when
// the article names the person by that surname alone elsewhere: "Jordan
// X, the envoy, ..." then "X said" (mention.stateOpensName, mentions.go;
// p783, whose minister was found only by the surname). The negative
// cases: a surname-like word the article never uses alone ("Israel
// Tamrod reported", a newspaper) and a common word after the state
// ("Jordan Valley") keep the state.
func TestStateOpensGivenName(t *testing.T) {
	wantPerson(t, "Valley talks\nAMMAN, March 13 - Jordan Pelletier, the UN envoy, met Karl Vella on Thursday. Pelletier said the talks went well.", "Jordan Pelletier")
	wantPerson(t, "Valley talks\nAMMAN, March 13 - Talks on water resumed on Thursday. Georgia Whitcombe met Karl Vella in the capital. Whitcombe said the talks went well.", "Georgia Whitcombe")
	// Negative: the word after the state never stands alone; a common word.
	noPerson(t, "Valley talks\nAMMAN, March 13 - Israel Tamrod reported that Karl Vella met Ana Lindqvor on Thursday.", "Israel Tamrod")
	noPerson(t, "Valley talks\nAMMAN, March 13 - Jordan Valley farmers met Karl Vella on Thursday. The valley is dry.", "Jordan Valley")
}

// A state's own name closing a name of three words after a title head
// written in lower case ("party chair X Y Nepal") is the surname: the
// rule read it after a capitalized title only ("Prime Minister X Y
// Nepal") (mention.stateEndsName, mentions.go; p725). The negative case:
// a verb of telling before the title keeps the state ("told the envoy X
// Y Peru would ...").
func TestStateEndsNameAfterLowerTitle(t *testing.T) {
	wantPerson(t, "Party talks\nLIMA, March 13 - The envoy met party chair Rodrigo Salas Peru at his hotel on Thursday. Peru and Chile later resumed border talks.", "Rodrigo Salas Peru")
	// Negative: a verb of telling before the title.
	noPerson(t, "Party talks\nLIMA, March 13 - Karl Vella told the envoy Rodrigo Salas Peru would resume border talks with Chile.", "Rodrigo Salas Peru")
}
