package mention

import (
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
)

// lex is the word list of one section of lexicon/words.txt.
func lex(name string) map[string]bool { return lexicon.Words(name) }

// honorifics precede a name without being part of it.
var honorifics = lex("honorifics")

// namePrefixes open a name without being part of it: honorifics of
// several words and abbreviated ranks ("tan sri", "lt gen"), each as its
// words.
var namePrefixes = lexicon.Phrases("namePrefixes")

// prefixStarts are the first words of namePrefixes.
var prefixStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range namePrefixes {
		m[p[0]] = true
	}
	return m
}()

// titleHeads end a title of office: "Foreign Minister", "army chief".
var titleHeads = lex("titleHeads")

// theTitles are titles that are also given names; after "the" they are
// titles (TheTitle).
var theTitles = lex("theTitles")

// surnameParticles open a family name written after a title ("President
// von der Leyen") and stay in it.
var surnameParticles = lex("surnameParticles")

// titleMods may precede a title head inside a title.
var titleMods = lex("titleMods")

// postTitleMods follow a title head inside a title ("Ambassador
// Extraordinary and Plenipotentiary"); they are title words, not a name.
var postTitleMods = lex("postTitleMods")

// orgHeads end the name of an organization; a company's legal form
// ("Corp", "Plc") ends one too (companySuffixes).
var orgHeads = func() map[string]bool {
	m := lex("orgHeads")
	for w := range lex("companySuffixes") {
		m[w] = true
	}
	return m
}()

// groupHeads end the name of an armed group, movement or party.
var groupHeads = lex("groupHeads")

// nonActorHeads end names that are neither actors nor places: documents,
// events, buildings.
var nonActorHeads = lex("nonActorHeads")

// titleSurnames are title heads that are also family names ("John
// Major", "Julie Bishop"): last in a run after a given name, they end it.
var titleSurnames = lex("titleSurnames")

// surnameHeads are head nouns that are also family names: after a title
// and a given name they end a person's name, not a building's.
var surnameHeads = lex("surnameHeads")

// givenNameHeads are head nouns that are also given names: after a title
// and before a family name they open a person's name, not a document's.
var givenNameHeads = lex("givenNameHeads")

// namesakeTitles are titles whose holders lend their names to places and
// buildings: "King Hussein Bridge", "Queen Elizabeth Hall".
var namesakeTitles = lex("namesakeTitles")

// peerageStyles before "of" and a town make the town part of a peer's
// title ("the Duke of Edinburgh"), not a place.
var peerageStyles = lex("peerageStyles")

// denominations before "Church" make the church a body, not a building.
var denominations = lex("denominations")

// conferenceBodyMods before "Conference" make it a standing body, not a
// meeting: "the Episcopal Conference of X".
var conferenceBodyMods = lex("conferenceBodyMods")

// areaNouns after a name in lower case make it the name of an area:
// "Lam Dong province", "the Tana river".
var areaNouns = lex("areaNouns")

// settlementNouns: "the town of X" names a place.
var settlementNouns = lex("settlementNouns")

// namedTextHeads, capitalized before "of", open a text's name: what follows
// names the text, no person ("the Protocol of X", "the Declaration of Y").
var namedTextHeads = lex("namedTextHeads")

// airfieldNouns: "the aerodrome of X" names the airfield (airfieldOf).
var airfieldNouns = lex("airfieldNouns")

// airfieldOf: the word at k is an airfield's noun ("aerodrome",
// "airport", "air base"), so a name after it and "of" is the field's own
// name, no person: "was received at the aerodrome of X", "first met at
// the air base of Y, near Z" (issue 14's four-hundred-and-third round:
// p2454, p1497).
func airfieldOf(toks []text.Token, k int) bool {
	if k < 0 || toks[k].Cap {
		return false
	}
	return airfieldNouns[toks[k].Lower] || toks[k].Lower == "base" && k >= 1 && toks[k-1].Lower == "air"
}

// regionNouns: "the region of X" names a part of a country, no person.
var regionNouns = lex("regionNouns")

// outskirtsNouns name the edge of a settlement before "of" and its name:
// "on the outskirts of X" (townCue).
var outskirtsNouns = lex("outskirtsNouns")

// venueNouns head a building's name; a town's name may follow it ("at
// State House X"; townCue).
var venueNouns = lex("venueNouns")

// townNamedVenues after "the" and a town's name make the town's name part
// of the building's: "the X Hotel" (townNamedVenue).
var townNamedVenues = lex("townNamedVenues")

// townPosts: "the mayor of X" names a town (townOfPost).
var townPosts = lex("townPosts")

// buildingNouns: "the X state residence" names a building.
var buildingNouns = lex("buildingNouns")

// functionWords are capitalized only at the start of a sentence and never
// begin a name.
var functionWords = lex("functionWords")

// initialWords open sentences capitalized but are ordinary words; they are
// dropped from a name only at the start of a sentence.
var initialWords = lex("initialWords")

// elidedNameParticles are particles elided onto a family name: "d'Estaing".
var elidedNameParticles = lex("elidedNameParticles")

// particles join the parts of a name in lower case: "bin", "al-", "de".
var particles = lex("particles")

// freeNameParticles join a double family name standing free, not glued
// by hyphens: "Correia e Silva".
var freeNameParticles = lex("freeNameParticles")

// patronymParticles join a given name to the father's: "Sultan bin X".
var patronymParticles = lex("patronymParticles")

// demonymStateNouns after a demonym make it stand for the state:
// "Sudanese government", "Ukrainian representatives".
var demonymStateNouns = lex("demonymStateNouns")

// homeSideNouns name a state's side without naming the state: "talks
// between the government and X" (mentions.go homeSide).
var homeSideNouns = lex("homeSideNouns")

// portfolioHeads end the name of a portfolio: "Foreign and Diaspora
// Affairs".
var portfolioHeads = lex("portfolioHeads")

// buildingHeads close the name of a building after "the" or "at": "the
// Government Headquarters", "at State House".
var buildingHeads = lex("buildingHeads")

// vesselNouns: "the survey ship X" names a ship.
var vesselNouns = lex("vesselNouns")

// buildingBeforeNames: "the residence X" names the residence.
var buildingBeforeNames = lex("buildingBeforeNames")

// nameConnectors join the capitalized words of a long name that an
// acronym defines: "Front for Change and Concord in Chad (FACT)".
var nameConnectors = lex("nameConnectors")

// headFirstBodies open a body's name that its "of"/"for" complement
// completes: "the Community of X", "the Centre for Y Dialogue".
var headFirstBodies = lex("headFirstBodies")

// headFirstGroupHeads open a group's name in a head-first language
// ("Barisan X Y", "Frente X"): the run is one group.
var headFirstGroupHeads = lex("headFirstGroupHeads")

// landGroupHeads: "the Popular Movement of X" names its land in the name.
var landGroupHeads = lex("landGroupHeads")

// causeNouns: "the Front for Unity and Democracy" coordinates two causes.
var causeNouns = lex("causeNouns")

// communityNouns after "Place Ethnonym" make it a community of that
// land: "the Kosovo Serb community", "Kosovo Albanian leaders".
var communityNouns = lex("communityNouns")

// placeTails and placeLeads end or open a place's name: "Kelso Bay",
// "Port Arlen".
var (
	placeTails     = lex("placeTails")
	placeLeads     = lex("placeLeads")
	appositionDets = lex("appositionDets")
)

// groupDescriptions and governmentDescriptions head a lower-case definite
// description of a side named before: "the rebels", "the government".
var (
	groupDescriptions      = lex("groupDescriptions")
	bodyDescriptions       = lex("bodyDescriptions")
	governmentDescriptions = lex("governmentDescriptions")
)

// placedAfter, after a description's noun, say whose or where it is: "the
// government of X", "the opposition in parliament".
var placedAfter = lex("placedAfter")

// allPartyHeads end a party's name opened by "All": "the All Basotho
// Convention" is a party, not a convention.
var allPartyHeads = lex("allPartyHeads")

// memberBodyHeads head a body made of its members, named for whom or what
// it serves: "the Congress for Democracy".
var memberBodyHeads = lex("memberBodyHeads")

// featureLeads open a lake's name: "Lake Prespa" is no person.
var featureLeads = lex("featureLeads")

// buildingLeads open a building's name head first: "the old Hotel X" is
// no person.
var buildingLeads = lex("buildingLeads")

// romancePlaceLeads open a square's or palace's name written head first
// with "de" after: "Plaza de X" is no person.
var romancePlaceLeads = lex("romancePlaceLeads")

// romancePlaceParticles join such a head to its name.
var romancePlaceParticles = map[string]bool{"de": true, "del": true, "della": true, "delle": true, "dei": true, "des": true, "du": true, "do": true, "da": true}

// theNameFollowers follow a body's name that "the" opens: "of the
// Liberation Tigers of X".
var theNameFollowers = lex("theNameFollowers")

// meetingNouns are the nouns among the triggers: a capitalized run of
// them names a meeting ("Summit Meeting"), not a person.
var meetingNouns = lex("meetingNouns")

// placePreps before a capital make it a location: a state's other name
// after "in Steven" is no surname (stateEndsName).
var placePreps = lex("placePreps")

// tellingVerbs take the person told as their object and a claim after
// it: "told Prime Minister X Y Peru would" (stateEndsName).
var tellingVerbs = lex("tellingVerbs")

// polityHeads name a state or region after a word of its own name ("the
// Chechen Republic"); polityHeadsFirst before it, in the region's own
// language ("Republika Srpska"); polityStyles are the words of a state's
// style, no name of its own ("the Islamic Republic"; polityRun).
var (
	polityHeads      = lex("polityHeads")
	polityHeadsFirst = lex("polityHeadsFirst")
	polityStyles     = lex("polityStyles")
)

// titleComplementNouns close a title's complement before the holder's
// name: "of the Exchequer", "for Europe", "of Police" (classify.go).
var titleComplementNouns = lex("titleComplementNouns")

// TitleComplementNoun: lower is one of titleComplementNouns.
func TitleComplementNoun(lower string) bool { return titleComplementNouns[lower] }

// regionCompassWords open a region's name after a post's "of": "the
// Governor of North Kivu" (classify.go).
var regionCompassWords = lex("regionCompassWords")

// compassWords before "of" and a city, and compassDistanceWords between a
// comma and them, set a town off the city it lies outside
// (compassApposedTowns).
var (
	compassWords         = lex("compassWords")
	compassDistanceWords = lex("compassDistanceWords")
)

// datelineDayParts may follow the weekday of an old broadsheet's dateline
// ("GENEVA, Tuesday Night.").
var datelineDayParts = lex("datelineDayParts")

// headlineReportVerbs are verbs of saying a headline capitalizes after a
// title (classify.go headlineVerb).
var headlineReportVerbs = lex("reportVerbs")

// namedVenueHeads close the capitalised name of a public venue: "Adelaide
// Zoo", "the Hermitage Museum".
var namedVenueHeads = lex("namedVenueHeads")

// headlineMeetVerbs are verbs of meeting a headline capitalizes after the
// name of the one who meets (classify.go headlineVerbSplit).
var headlineMeetVerbs = lex("headlineMeetVerbs")

// headlineActionVerbs are verbs a headline capitalizes after its subject
// or with the subject left out (mentions.go headlineVerbName).
var headlineActionVerbs = lex("headlineActionVerbs")

// postNominals close a person's name ("X Y MP"): no body's acronym
// (acronymTail).
var postNominals = lex("postNominals")

// plightAdjectives and plightCompoundTails tell a city's plight before
// its name: "occupied", "war-torn" (PlightStart).
var plightAdjectives = lex("plightAdjectives")
var plightCompoundTails = lex("plightCompoundTails")
