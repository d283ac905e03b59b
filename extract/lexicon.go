package extract

import "github.com/parley-dev/parley/extract/lexicon"

// lex is the word list of one section of lexicon/words.txt.
func lex(name string) map[string]bool { return lexicon.Words(name) }

func set(words ...string) map[string]bool { return lexicon.Set(words...) }

// honorifics precede a name without being part of it.
var honorifics = lex("honorifics")

// titleHeads end a title of office: "Foreign Minister", "army chief".
var titleHeads = lex("titleHeads")

// titleMods may precede a title head inside a title.
var titleMods = lex("titleMods")

// orgHeads end the name of an organization.
var orgHeads = lex("orgHeads")

// groupHeads end the name of an armed group, movement or party.
var groupHeads = lex("groupHeads")

// functionWords are capitalized only at the start of a sentence and never
// begin a name.
var functionWords = lex("functionWords")

// initialWords open sentences capitalized but are ordinary words; they are
// dropped from a name only at the start of a sentence.
var initialWords = lex("initialWords")

// particles join the parts of a name in lower case: "bin", "al-", "de".
var particles = lex("particles")

// personVerbs follow a person far more often than an organization; a lone
// unknown capitalized word before one of them is taken for a surname.
var personVerbs = lex("personVerbs")

// groupNouns after an unknown name mark it as a collective actor:
// "M23 group", "Hamas delegation".
var groupNouns = lex("groupNouns")

// demonymStateNouns after a demonym make it stand for the state:
// "Sudanese government", "Ukrainian representatives".
var demonymStateNouns = lex("demonymStateNouns")

// demonymOrgNouns after a demonym name a state body of its own:
// "Sudanese army".
var demonymOrgNouns = lex("demonymOrgNouns")

// locPreps before a place name make it a location rather than a
// participant.
var locPreps = lex("locPreps")

// determiners that may open an apposition: "X, the security adviser to Y".
var appositionDets = lex("appositionDets")

var ledVerbs = lex("ledVerbs")

var delegationNouns = lex("delegationNouns")

// mediatorVerbs, as "X mediated" or "mediated by X".
var mediatorVerbs = lex("mediatorVerbs")

// timeAdverbs place an event in time on their own.
var timeAdverbs = lex("timeAdverbs")

// personGroupNouns describe people in the plural: "the two leaders".
var personGroupNouns = lex("personGroupNouns")

// sideGroupNouns describe states or groups in the plural: "both sides".
var sideGroupNouns = lex("sideGroupNouns")
