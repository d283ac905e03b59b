package extract

import (
	"testing"
	"time"
)

// Issue 14's forty-first round: where meetings were held, the
// constructions the forty-first probe batch (p278-p283) and older probe
// articles showed, each with sentences of its own.

// r41Pub is a Thursday.
var r41Pub = time.Date(2024, 10, 17, 0, 0, 0, 0, time.UTC)

// wantPlace fails unless a held meeting of text joins a and b at place
// ("" for none).
func wantPlace(t *testing.T, text, a, b, place string) {
	t.Helper()
	ms := heldAt(t, text, r41Pub)
	m, ok := heldWith(ms, a, b)
	if !ok {
		t.Errorf("%q: no held meeting of %s and %s (%v)", text, a, b, ms)
		return
	}
	if m.Place != place {
		t.Errorf("%q: %s and %s met at %q, want %q", text, a, b, m.Place, place)
	}
}

// "in X, where A met B": the relative adverb stands for the place just
// named, also a town the gazetteer lacks told after "in" or "at" (p143's
// "a training centre ... in X, where she was received by") and a capital
// named by its country's demonym (p279's "in the Nigerian capital, where
// A spent two days with B"). A person or a state named between them
// breaks the link.
func TestWhereAfterTownOrDemonymCapital(t *testing.T) {
	wantPlace(t, "Port visit\nAna Rossi toured a fish market in Vellacombe, where she was received by Labour Minister Piet Grout.", "Ana Rossi", "Piet Grout", "Vellacombe")
	wantPlace(t, "Port visit\nThe draft was finished last week in the Kenyan capital, where Ana Rossi held two days of talks with Piet Grout.", "Ana Rossi", "Piet Grout", "Nairobi")
	wantPlace(t, "Port visit\nOn Monday the envoy went on to the Peruvian capital, where Ana Rossi received Piet Grout.", "Ana Rossi", "Piet Grout", "Lima")
	// A capital of the story's other side spoken about, not gone to.
	wantPlace(t, "Port visit\nAna Rossi, who has lived in Vellacombe since 2010, received Piet Grout at her office in Lisbon on Monday.", "Ana Rossi", "Piet Grout", "Lisbon")
}

// "talks opened in the capital on Tuesday": under a capital's dateline
// a bare "the capital" is that city (p161's talks "opened in the capital
// on Tuesday, but the session that was to follow in X next week has been
// postponed"; p128's "chaired both sessions at a government guest house
// in the capital", p150's "held talks ... today in the capital", p221's
// "two days of talks in the capital"), so another city named after it in
// the lead does not move the story there; under a dateline that is no
// capital, "the capital" says nothing.
func TestBareCapitalUnderCapitalDateline(t *testing.T) {
	lead := "Port talks resume\nLISBON, Oct. 17 — Talks between Ana Rossi and Piet Grout opened in the capital on Tuesday, but the session that was to follow in Porto next week has been put off, officials said."
	wantPlace(t, lead, "Ana Rossi", "Piet Grout", "Lisbon")
	text := "Port talks resume\nLISBON, Oct. 17 — A new round of harbour talks opened in the capital on Tuesday, while a second round was put off to next month in Porto. " +
		"The delegations met for six hours. Officials gave no details. Both sides issued statements. " +
		"Ana Rossi and Piet Grout held a separate meeting at the harbour office on Wednesday."
	wantPlace(t, text, "Ana Rossi", "Piet Grout", "Lisbon")
	// With no dateline, "the capital" names no city.
	text = "Port talks resume\nAna Rossi met Piet Grout in the capital on Tuesday, but the session that was to follow in Porto next week has been put off."
	wantPlace(t, text, "Ana Rossi", "Piet Grout", "")
}

// Below the lead of a dateline story, a meeting of the dispatch's own
// days told at a building named by its kind and no town ("had dined on
// Wednesday evening at the ambassador's residence", p158; "met a
// government team on Saturday at the Labour House", p179) took place in
// the dateline's city: the reporter files from there. Not one older, nor
// one the sentence puts in a city.
func TestBuildingOfTheDispatchDays(t *testing.T) {
	lead := "Harbour talks\nLISBON, Oct. 17 — The harbour talks between the two ports went into a third day on Thursday. " +
		"Delegations sat for six hours. Officials gave no details. Both sides issued statements. "
	wantPlace(t, lead+"Ana Rossi had dinner with Piet Grout on Wednesday evening at the Spanish ambassador's residence.", "Ana Rossi", "Piet Grout", "Lisbon")
	wantPlace(t, lead+"Ana Rossi had met Piet Grout on Tuesday at the Harbour House.", "Ana Rossi", "Piet Grout", "Lisbon")
	// No building: a meeting told only by its day keeps no place.
	wantPlace(t, lead+"Ana Rossi had met Piet Grout on Tuesday.", "Ana Rossi", "Piet Grout", "")
	// Older than the dispatch's days.
	wantPlace(t, lead+"Ana Rossi had met Piet Grout on September 3 at the Harbour House.", "Ana Rossi", "Piet Grout", "")
	// A city of its own.
	wantPlace(t, lead+"Ana Rossi had met Piet Grout on Tuesday at the town hall in Porto.", "Ana Rossi", "Piet Grout", "Porto")
}

// The dateline's city named as "the X capital" in the lead sets the
// story there, as its name does (p163's "took place elsewhere in the
// Bruneian capital", p71's "a resort outside the Solomon Islands
// capital"): a meeting of the story's days below the lead was held there.
func TestDemonymCapitalSetsStoryInDateline(t *testing.T) {
	text := "Harbour talks\nLISBON, Oct. 17 — The harbour talks went on for a second day in the Portuguese capital on Thursday. " +
		"Delegations sat for six hours. Officials gave no details. Both sides issued statements. " +
		"Ana Rossi and Piet Grout met alone for an hour on Wednesday morning."
	wantPlace(t, text, "Ana Rossi", "Piet Grout", "Lisbon")
	// Another country's capital does not.
	text = "Harbour talks\nLISBON, Oct. 17 — The harbour talks went on for a second day in the Spanish capital on Thursday. " +
		"Delegations sat for six hours. Officials gave no details. Both sides issued statements. " +
		"Ana Rossi and Piet Grout met alone for an hour on Wednesday morning."
	if m, ok := heldWith(heldAt(t, text, r41Pub), "Ana Rossi", "Piet Grout"); ok && m.Place == "Lisbon" {
		t.Errorf("%q: placed in Lisbon", text)
	}
}

// "A returned to X on Friday and briefed B": coming back to a city is a
// trip made, and the meeting it is joined to took place at its end, as
// for "flew to X and met B" (p187's "returned to X on Friday and briefed
// ..."; p177's "flew to London on Sunday and met Blair", p224's "flew to
// Libreville ... and held talks").
func TestReturnedToAndMet(t *testing.T) {
	text := "Harbour accord\nAna Rossi signed the accord in Porto on Thursday with Ivo Lenz.\nRossi returned to Lisbon on Friday and briefed the prime minister's chief of staff, Piet Grout, on the terms."
	wantPlace(t, text, "Ana Rossi", "Piet Grout", "Lisbon")
	// To come: nothing held.
	text = "Harbour accord\nAna Rossi signed the accord in Porto on Thursday with Ivo Lenz.\nRossi will return to Lisbon on Friday and brief the chief of staff, Piet Grout, on the terms."
	noneHeld(t, r41Pub, text, "Ana Rossi", "Piet Grout")
}

// "talks ended here on Thursday without a deal on the gold, which
// remains in a vault in X": "here" in the lead is the dateline's city, so
// a city named after it there is not where the story is set (p172; the
// lead's "here" of p146, p229, p278).
func TestHereKeepsStoryAtDateline(t *testing.T) {
	text := "Harbour talks\nLISBON, Oct. 17 — Harbour negotiators ended three days of talks here on Thursday without agreement on the old docks, which remain under a court order in Porto.\n" +
		"On Wednesday evening Ana Rossi received Piet Grout for an hour at her office."
	wantPlace(t, text, "Ana Rossi", "Piet Grout", "Lisbon")
	// With no "here", the lead's other city is where the story is.
	text = "Harbour talks\nLISBON, Oct. 17 — Harbour negotiators ended three days of talks in Porto on Thursday without agreement on the old docks.\n" +
		"On Wednesday evening Ana Rossi received Piet Grout for an hour at her office."
	wantPlace(t, text, "Ana Rossi", "Piet Grout", "Porto")
}

// "A and B held talks in X on Saturday. A also met C on Sunday": an
// encounter told as one more ("also") with no place of its own was held
// where the same person's meeting just told was, within two days (p43's
// "also met with Japan's chief cabinet secretary, X, on Sunday before
// returning home"; the "also met" of p201, p209, p248, there placed by
// the dateline). Not one weeks later, nor one without "also".
func TestAlsoMetOnTheSameTrip(t *testing.T) {
	trip := "Harbour talks\nAna Rossi and Ivo Lenz held talks in Porto on Saturday. "
	wantPlace(t, trip+"Rossi also met the harbour master, Piet Grout, on Sunday before flying home.", "Ana Rossi", "Piet Grout", "Porto")
	wantPlace(t, trip+"Rossi also met the harbour master, Piet Grout, before flying home.", "Ana Rossi", "Piet Grout", "Porto")
	wantPlace(t, trip+"Rossi also met the harbour master, Piet Grout, on October 1.", "Ana Rossi", "Piet Grout", "")
	wantPlace(t, trip+"Rossi met the harbour master, Piet Grout, on Sunday.", "Ana Rossi", "Piet Grout", "")
}

// "The meetings that mattered took place elsewhere in X. A and B met at
// the embassy on July 30": a sentence whose subject is the meetings and
// that names no one, told before any held meeting, places the held
// meetings of the two sentences after it that name no place (p149's "The
// meetings that mattered took place elsewhere in the Finnish capital";
// p163's "The talks themselves took place elsewhere in the Bruneian
// capital"). A meeting told further on, or one with a place of its own,
// keeps its own.
func TestPlaceToldBeforeTheMeetings(t *testing.T) {
	intro := "Harbour summit\nFifty years ago this week, the port cities signed a charter in a great hall. "
	wantPlace(t, intro+"The meetings that mattered took place elsewhere in the Portuguese capital. Ana Rossi and Piet Grout met at the embassy on July 30, 1974.", "Ana Rossi", "Piet Grout", "Lisbon")
	wantPlace(t, intro+"The talks themselves took place in Porto. Ana Rossi and Piet Grout met at the embassy on July 30, 1974.", "Ana Rossi", "Piet Grout", "Porto")
	wantPlace(t, intro+"The meetings that mattered took place elsewhere in the Portuguese capital. Ana Rossi and Piet Grout met in Braga on July 30, 1974.", "Ana Rossi", "Piet Grout", "Braga")
	far := "The meetings that mattered took place elsewhere in the Portuguese capital. The charter has aged well. Few read it now. Historians differ on it. Ana Rossi and Piet Grout met at the embassy on July 30, 1974."
	wantPlace(t, intro+far, "Ana Rossi", "Piet Grout", "")
}

// Below the lead of a dateline story that never names its city, a
// face-to-face meeting dated the publication day itself is the
// dispatch's own news, filed from where it happened (p177's "met Mitchell
// for two hours on Monday morning", p250's "received the Chinese
// ambassador ... on Monday", each in that Monday's dispatch). A
// conversation that may have been a call ("spoke with") is not placed,
// nor a meeting of the day before (TestDatelinePlacesLeadMeeting).
func TestDispatchDayBelowTheLead(t *testing.T) {
	lead := "Harbour talks\nLISBON, Oct. 17 — The harbour talks between the two ports went into a third day on Thursday. " +
		"Delegations sat for six hours. Officials gave no details. Both sides issued statements. "
	wantPlace(t, lead+"Ana Rossi met Piet Grout for two hours on Thursday morning.", "Ana Rossi", "Piet Grout", "Lisbon")
	wantPlace(t, lead+"Ana Rossi received the Spanish envoy, Piet Grout, on Thursday to discuss the dredging.", "Ana Rossi", "Piet Grout", "Lisbon")
	wantPlace(t, lead+"Ana Rossi met Piet Grout for two hours on Wednesday morning.", "Ana Rossi", "Piet Grout", "")
	if m, ok := heldWith(heldAt(t, lead+"On Thursday morning Ana Rossi also spoke with Piet Grout, her office said.", r41Pub), "Ana Rossi", "Piet Grout"); ok && m.Place != "" {
		t.Errorf("a conversation placed at %q", m.Place)
	}
}

// "there" after a meeting predicate stands for the last place named
// before it: in its own sentence ("Solís visited Panama City in August
// and held talks there with ...", p139), else in the sentence before
// ("... held their last round in Tehran in May. A and B met there for
// four days", p166; p175's "Mbae met Rakotomalala there"). An
// existential "there" ("there were talks") is no place.
func TestThereIsThePlaceJustNamed(t *testing.T) {
	wantPlace(t, "Harbour talks\nAna Rossi visited Porto in August and held talks there with Piet Grout.", "Ana Rossi", "Piet Grout", "Porto")
	wantPlace(t, "Harbour talks\nThe last round was held in Porto in May. Ana Rossi and Piet Grout met there for four days.", "Ana Rossi", "Piet Grout", "Porto")
	// A city completing a title is no place "there" stands for.
	wantPlace(t, "Harbour talks\nMayor Ana Rossi of Porto met Piet Grout there on Monday.", "Ana Rossi", "Piet Grout", "")
	if m, ok := heldWith(heldAt(t, "Harbour talks\nAna Rossi lives in Porto. On Monday there were talks between Ana Rossi and Piet Grout.", r41Pub), "Ana Rossi", "Piet Grout"); ok && m.Place == "Porto" {
		t.Errorf("existential there placed the talks in %q", m.Place)
	}
}
