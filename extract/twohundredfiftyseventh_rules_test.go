package extract

import "testing"

// Issue 14's two-hundred-and-fifty-seventh round: roles read for actors
// the extractor already found (p1574-p1579: an old broadsheet on a
// boundary protocol signed under a neighbour's auspices, 1934; a wire on
// a regional body's envoy between two parties, 1997; a local paper on a
// ceasefire signed at a neutral venue, 2002; an agency on a joint
// declaration under a head of state's auspices, 2010; a local paper on an
// understanding reached abroad with a go-between, 2005; a state agency on
// an exchange of captives it brokered, 2024); each rule with sentences of
// its own.

// "X, who through the summer months carried proposals between the two
// camps": a span of time (a spanTimePreps word, lower-case words,
// a spanTimeNouns word) between the carrier and the shuttle verb is
// passed over as "then" or "since 1982" is, and X brokers (roles
// carrier.go timeSpanStart; p1574, and p427's "who has for three years
// carried messages"). The negative case: a span that names no time
// ("through the mountain passes") leaves the carrier unread.
func TestCarrierAfterSpanOfTime(t *testing.T) {
	lead := "Border protocol signed\nVALDORA, March 14 - The delegations of Freedonia and Sylvania signed a border protocol on Thursday after five months of talks. "
	for _, span := range []string{"through the summer months", "over the past weeks", "for three years"} {
		rec := corefRecord(t, lead+"Both delegates thanked Ambassador Karl Bauer, who "+span+" carried proposals between the two camps while they refused to meet.")
		if !hasMediator(rec, "Karl Bauer") {
			t.Errorf("%s: want Karl Bauer a mediator: %s", span, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Both delegates thanked Ambassador Karl Bauer, who through the mountain passes carried proposals between the two camps while they refused to meet.")
	if hasMediator(rec, "Karl Bauer") {
		t.Errorf("a span of no time read as one: %s", dump(rec))
	}
}

// "OSLO - The government and the Front signed ...": a story filed from
// a neutral venue took the venue's state for "the government". When the
// story tells that state as the one that hosted the talks or provided
// the venue ("Norway, which provided the venue, kept out of them"),
// it is no side; "the government" is then the state whose own military or
// government the story names by its demonym, if one (mention
// venuehost.go; lexicon venueOnlyVerbs; p1576). The negative case: with
// no such clause the dateline's state is still the home side.
func TestVenueOnlyDatelineStateIsNoSide(t *testing.T) {
	lead := "Truce signed in Oslo\nOSLO, March 14 - The government and the Sylvanian Liberation Front signed a cessation of hostilities on Thursday after two years of talks. Under the deal the Ghanaian military will withdraw to its barracks. "
	rec := corefRecord(t, lead+"Norway, which provided the venue, kept out of the negotiations, its embassy said.")
	if hasPartyNamed(rec, "Norway") {
		t.Errorf("the venue's state read as a side: %s", dump(rec))
	}
	if !hasPartyNamed(rec, "Ghana") || !hasPartyNamed(rec, "Sylvanian Liberation Front") {
		t.Errorf("want Ghana and the front the sides: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Norway, which backs the deal, said it was ready to help.")
	if !hasPartyNamed(rec, "Norway") {
		t.Errorf("want the dateline's state the home side still: %s", dump(rec))
	}
}

// "The envoy's role is to bring together the ruling Unity Party and the
// opposition Labour Front", "X brought A and B together": a
// broker's task told as bringing two collectives together names the two
// sides, kept only where the story keeps a broker (roles
// broughttogether.go; lexicon bringVerbs; p1575). The negative case: a
// summit that "brought together" two states, with no broker in the
// story, makes no negotiation.
func TestBroughtTogetherSides(t *testing.T) {
	lead := "Envoy on mission\nKORAM, March 14 - The facilitator, Karl Bauer, held talks on Thursday with President Ivan Rada. "
	for _, s := range []string{
		"The envoy's role is to bring together the ruling Unity Party and the opposition Labour Front.",
		"Bauer brought the ruling Unity Party and the opposition Labour Front together at a hotel.",
	} {
		rec := corefRecord(t, lead+s)
		if !hasPartyNamed(rec, "Unity Party") || !hasPartyNamed(rec, "Labour Front") {
			t.Errorf("%q: want the two parties the sides: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, "Summit ends\nKORAM, March 14 - The summit brought together Freedonia and Sylvania for a day of speeches on trade.")
	if hasPartyNamed(rec, "Freedonia") {
		t.Errorf("a summit's guests read as sides: %s", dump(rec))
	}
}

// "Chile and Argentina will supervise the ceasefire": states that
// supervise, oversee or verify the talks' outcome are third parties, no
// pair of sides (lexicon thirdPartyVerbs; p1576). The negative case: "A
// and B signed the ceasefire" still joins them.
func TestSupervisingStatesAreNoSides(t *testing.T) {
	lead := "Truce holds\nKORAM, March 14 - The army and the rebels have kept the truce for a week. "
	for _, v := range []string{"supervise", "oversee", "verify"} {
		rec := corefRecord(t, lead+"A joint committee with monitors from Chile and Argentina will "+v+" the ceasefire.")
		if hasPartyNamed(rec, "Chile") {
			t.Errorf("%s: monitoring states read as sides: %s", v, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Chile and Argentina signed the ceasefire on Thursday.")
	if !hasPartyNamed(rec, "Chile") || !hasPartyNamed(rec, "Argentina") {
		t.Errorf("want the signing states the sides: %s", dump(rec))
	}
}

// "the guarantor countries, A and B", "the four guarantor countries of
// the 1948 treaty: A, B, C and D", "guarantor states of the process - A,
// B and C -": a mediator's noun that modifies a plural of states
// (lexicon mediatorBodyPlurals) hangs its list on that plural, and a
// complement with names and years may stand before the colon (roles
// guarantorbodies.go; p379, p707, p774, p780). The negative case: a
// clause after the compound ("After meeting the guarantor countries, A
// and B signed") names no mediators.
func TestGuarantorCountriesListed(t *testing.T) {
	lead := "Talks go on\nKORAM, March 14 - The government of Ghana and the Sylvanian Liberation Front resumed peace talks on Thursday. "
	for _, s := range []string{
		"The accord was read aloud by envoys of the guarantor countries, Kenya and Norway.",
		"They met representatives of the two guarantor countries of the 1948 Koram Treaty: Kenya and Norway.",
		"Delegations of the guarantor states of the Koram process - Kenya and Norway - also took part.",
	} {
		rec := corefRecord(t, lead+s)
		if !hasMediator(rec, "Kenya") || !hasMediator(rec, "Norway") {
			t.Errorf("%q: want Kenya and Norway mediators: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"After meeting the guarantor countries, Kenya and Norway signed a trade deal.")
	if hasMediator(rec, "Kenya") {
		t.Errorf("a clause after the compound read as its list: %s", dump(rec))
	}
}

// "President X of B, who was the facilitator of the talks", "X, who
// remains the chief mediator": the post of mediator told by a copula in
// a relative clause is the person's the ", who" describes (roles
// whocopula.go; p580). The negative case: a negation before the noun
// ("who was never the mediator") gives no role.
func TestWhoCopulaMediator(t *testing.T) {
	lead := "Accord signed\nKORAM, March 14 - The government of Ghana and the Sylvanian Liberation Front signed a peace accord on Thursday. "
	for _, s := range []string{
		"They signed before President Karl Bauer of Kenya, who was the facilitator of the process from the start.",
		"They signed before Karl Bauer, who remains the chief mediator.",
	} {
		rec := corefRecord(t, lead+s)
		if !hasMediator(rec, "Karl Bauer") {
			t.Errorf("%q: want Karl Bauer a mediator: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"They signed before Karl Bauer, who was never the mediator.")
	if hasMediator(rec, "Karl Bauer") {
		t.Errorf("a denied post read as held: %s", dump(rec))
	}
}

// "Norway's peace envoy X, whose government has acted as third-party
// facilitator", "Foreign Minister X of B, whose government has carried
// messages between the two sides": the clause on the person makes their
// state a broker (roles whosegovernment.go; lexicon ownStateNouns; p1128,
// p555, p973). The negative case: a clause that tells no brokering
// ("whose government has cut aid to both sides") gives no role.
func TestWhoseGovernmentBrokers(t *testing.T) {
	lead := "Talks go on\nKORAM, March 14 - The government of Ghana and the Sylvanian Liberation Front resumed peace talks on Thursday. "
	for _, s := range []string{
		"Norway's peace envoy Karl Bauer, whose government has acted as third-party facilitator since 2009, chaired the sessions.",
		"The envoy met Kenyan Foreign Minister Karl Bauer, whose government has carried messages between the two sides since last year.",
	} {
		rec := corefRecord(t, lead+s)
		if !hasMediator(rec, "Norway") && !hasMediator(rec, "Kenya") {
			t.Errorf("%q: want the envoy's state a mediator: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"The envoy met Kenyan Foreign Minister Karl Bauer, whose government has cut aid to both sides.")
	if hasMediator(rec, "Kenya") {
		t.Errorf("a clause of no brokering read as one: %s", dump(rec))
	}
}

// "after a day of talks hosted by President X", "in talks hosted by the
// bloc's foreign policy chief X": a person hosting others' talks runs
// them and is kept as a chair is (roles hostedby.go; lexicon
// talksHostVerbs; p1125, p1238, p1439, p910). The negative cases: a
// state hosting talks is only the venue, and a host the sentence names
// before as a signatory is one of the sides' leaders (p984).
func TestPersonHostingTalksBrokers(t *testing.T) {
	lead := "Rivals agree\nKORAM, March 14 - The government of Ghana and the Sylvanian Liberation Front agreed on Thursday to hold elections, "
	rec := corefRecord(t, lead+"after a day of talks hosted by Kenyan President Karl Bauer at his palace.")
	if !hasMediator(rec, "Karl Bauer") {
		t.Errorf("want the host of the talks a mediator: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"after a day of talks hosted by Kenya at a lakeside hotel.")
	if hasMediator(rec, "Kenya") {
		t.Errorf("a state lending the venue read as a mediator: %s", dump(rec))
	}
	rec = corefRecord(t, "Treaty signed\nKORAM, March 14 - Presidents Ivan Rada of Ghana and Karl Bauer of Kenya signed a border treaty on Thursday after a morning of talks hosted by Bauer.")
	if hasMediator(rec, "Karl Bauer") {
		t.Errorf("a signatory hosting the talks read as a mediator: %s", dump(rec))
	}
}

// "Kenya's president mediated the talks", "Mauritanian leader brokers
// truce": a post told with no name, of a state by its possessive or by a
// demonym with no article, as the subject of a mediating verb makes the
// state the broker (roles titledsubject.go; p663). The negative cases:
// "A and B ask Pope to mediate" names no post of a state, "Kenya's
// president welcomed the talks" tells no brokering, and "The Kenyan
// minister had brokered the talks" refers back to a person.
func TestStatePostSubjectBrokers(t *testing.T) {
	lead := "Talks go on\nKORAM, March 14 - The government of Ghana and the Sylvanian Liberation Front resumed peace talks on Thursday. "
	for _, text := range []string{lead + "Kenya's president mediated the talks.", "Kenyan leader brokers truce in Koram\nKORAM, March 14 - The government of Ghana and the Sylvanian Liberation Front resumed peace talks on Thursday."} {
		rec := corefRecord(t, text)
		if !hasMediator(rec, "Kenya") {
			t.Errorf("%q: want Kenya a mediator: %s", text, dump(rec))
		}
	}
	for _, s := range []string{"Kenya's president welcomed the talks.", "Ghana and the front asked Pope Leo to mediate.", "The Kenyan minister had brokered the talks since 1990."} {
		rec := corefRecord(t, lead+s)
		if hasMediator(rec, "Kenya") || hasMediator(rec, "Ghana") {
			t.Errorf("%q: a state read as a broker: %s", s, dump(rec))
		}
	}
}

// "with Norway acting as third-party facilitator": a hyphenated modifier
// of the mediator noun is walked over to the "as" (roles
// hyphenmodifier.go; p534). "Norway was invited by the two parties last
// spring to facilitate a settlement": the subject of the passive
// request brokers (roles invitedbroker.go; lexicon invitePassives; p895).
// The negative cases: "was asked whether it would mediate" and "refused
// to mediate" make no broker.
func TestThirdPartyFacilitatorAndInvitedBroker(t *testing.T) {
	lead := "Talks go on\nKORAM, March 14 - The government of Ghana and the Sylvanian Liberation Front resumed peace talks on Thursday. "
	for _, s := range []string{
		"The talks reopened with the Royal Norwegian Government serving as third-party facilitator.",
		"Norway was invited by the two parties last spring to facilitate a political settlement.",
		"Norway was asked by the two sides to mediate.",
	} {
		rec := corefRecord(t, lead+s)
		if !hasMediator(rec, "Norway") {
			t.Errorf("%q: want Norway a mediator: %s", s, dump(rec))
		}
	}
	for _, s := range []string{"Norway was asked whether it would mediate.", "Norway refused to mediate."} {
		rec := corefRecord(t, lead+s)
		if hasMediator(rec, "Norway") {
			t.Errorf("%q: Norway read as a broker: %s", s, dump(rec))
		}
	}
}

// "Kenya, which has hosted the talks since 2001, also facilitated them":
// the subject of a mediating verb set off from it by a whole relative
// clause is the name before the clause's comma (roles
// relativesubject.go). The negative case: a host told only by the
// relative clause ("Kenya, which hosted the talks, said ...") brokers
// nothing.
func TestBrokerPastRelativeClause(t *testing.T) {
	lead := "Talks go on\nKORAM, March 14 - The government of Ghana and the Sylvanian Liberation Front resumed peace talks on Thursday. "
	rec := corefRecord(t, lead+"Kenya, which has hosted the talks since 2001, also facilitated them.")
	if !hasMediator(rec, "Kenya") {
		t.Errorf("want Kenya a mediator: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Kenya, which has hosted the talks since 2001, said they would go on.")
	if hasMediator(rec, "Kenya") {
		t.Errorf("a host read as a broker: %s", dump(rec))
	}
}

// "under mediation of EU High Representative X": the person whose title
// the body's name opens brokers beside the body (roles bodytitled.go;
// p1044). The negative case: a person named after a lower-case word is
// no part of the body's phrase ("under mediation of the EU while Foreign
// Minister X waited outside").
func TestBodyTitledMediator(t *testing.T) {
	lead := "Talks go on\nKORAM, March 14 - The government of Ghana and the Sylvanian Liberation Front resumed peace talks on Thursday. "
	rec := corefRecord(t, lead+"The two leaders met in Koram under mediation of EU High Representative Karl Bauer.")
	if !hasMediator(rec, "Karl Bauer") {
		t.Errorf("want Karl Bauer a mediator: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The two leaders met under mediation of the EU while Ghanaian Foreign Minister Karl Bauer waited outside.")
	if hasMediator(rec, "Karl Bauer") {
		t.Errorf("a speaker read as a broker: %s", dump(rec))
	}
}
