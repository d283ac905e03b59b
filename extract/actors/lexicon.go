package actors

import "github.com/parley-dev/parley/extract/lexicon"

// lex is the word list of one section of lexicon/words.txt.
func lex(name string) map[string]bool { return lexicon.Words(name) }

// demonymOrgNouns after a demonym name a state body of its own:
// "Sudanese army".
var demonymOrgNouns = lex("demonymOrgNouns")

// functionWords are capitalized only at the start of a sentence and never
// begin a name.
var functionWords = lex("functionWords")

// groupNouns after an unknown name mark it as a collective actor:
// "M23 group", "Hamas delegation".
var groupNouns = lex("groupNouns")

// honorifics precede a name without being part of it.
var honorifics = lex("honorifics")

// initialHonorifics are one-letter honorifics written like an initial:
// "M." for Monsieur (cast.go initialSurname).
var initialHonorifics = lex("initialHonorifics")

// orgHeads end the name of an organization.
var orgHeads = lex("orgHeads")

// particles join the parts of a name in lower case: "bin", "al-", "de".
var particles = lex("particles")

// patronymParticles join a given name to the father's: "X bin Y".
var patronymParticles = lex("patronymParticles")

// kinParticles put the next word in a kinsman's name: "bin", "al-".
var kinParticles = lex("kinParticles")

// nameHonorifics are honorifics that belong to how a person is named.
var nameHonorifics = lex("nameHonorifics")

// personVerbs follow a person far more often than an organization; a lone
// unknown capitalized word before one of them is taken for a surname.
var personVerbs = lex("personVerbs")

// objectPreps make the name after them their object, not the subject of a
// verb that follows (singleCues).
var objectPreps = lex("objectPreps")

// occasionAfterTitle: a title head right before one of these words is an
// adjective of it ("the first official visit"), no post (appositionAfter).
var occasionAfterTitle = lex("occasionAfterTitle")

// titleHeads end a title of office: "Foreign Minister", "army chief".
var titleHeads = lex("titleHeads")

// personHeads name a person by role, not post: "the Togolese leader".
var personHeads = lex("personHeads")

// titleMods may precede a title head inside a title.
var titleMods = lex("titleMods")

// meetingNouns are the nouns among the triggers.
var meetingNouns = lex("meetingNouns")

// mediaNouns after a name make it a news outlet: "the X news agency".
var mediaNouns = lex("mediaNouns")

// negNouns name a negotiation or the dispute it settles.
var negNouns = lex("negNouns")

// headFirstBodies open a body's name that its "of"/"for" complement
// completes: "the Community of X", "the Centre for Y Dialogue".
var headFirstBodies = lex("headFirstBodies")

// relativeWords open a relative clause: "X, which A and B set up, ...".
var relativeWords = lex("relativeWords")

// groupDescriptions, bodyDescriptions and governmentDescriptions head the
// lower-case descriptions of sides named before (descriptions.go).
var (
	groupDescriptions      = lex("groupDescriptions")
	bodyDescriptions       = lex("bodyDescriptions")
	governmentDescriptions = lex("governmentDescriptions")
)

// formerWords before a title say its holder left the post.
var formerWords = lex("formerWords")

// regimeQualifiers stand before a state's name in a title's "of"
// complement: "Premier X of Communist China".
var regimeQualifiers = lex("regimeQualifiers")

// premierHeads name a government's head as "prime minister" does.
var premierHeads = lex("premierHeads")

// placeOfNouns before "of" take a place after them, not a person: "the
// population of X-Y", "the region of X-Y", "took control of X-Y"
// (resolve.go placeByContext).
var placeOfNouns = lex("placeOfNouns")

// buildingOfNouns, capitalized before "of", name a building or a square
// whose name follows: "the Palace of X" (resolve.go buildingOf).
var buildingOfNouns = lex("buildingOfNouns")

// placeArticles, capitalized, are the Romance articles that open a
// place's name: "at La X", "at Los X" (resolve.go locatedIn).
var placeArticles = lex("placeArticles")

// placeApposNouns head an apposition that calls the name before it a
// place: "X-Y, a mountainous enclave inside Z" (placeByContext).
var placeApposNouns = lex("placeApposNouns")

// regionAdjectives name a continent's or region's people; with
// collectivePlurals after them they end a body's or post's name
// (resolve.go regionPlural).
var regionAdjectives = lex("regionAdjectives")

// collectivePlurals: plurals that close a name after a regional
// adjective ("for African Affairs", "of Caribbean States").
var collectivePlurals = lex("collectivePlurals")
