package extract

import "github.com/parley-dev/parley/extract/lexicon"

// lex is the word list of one section of lexicon/words.txt.
func lex(name string) map[string]bool { return lexicon.Words(name) }

func set(words ...string) map[string]bool { return lexicon.Set(words...) }

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

// surnameParticles are the particles of European family names, chained
// before a surname in lower case ("van der Berg", "de la Calle").
var surnameParticles = lex("surnameParticles")

// groupNouns after an unknown name mark it as a collective actor:
// "M23 group", "Hamas delegation".
var groupNouns = lex("groupNouns")

// determiners that may open an apposition: "X, the security adviser to Y".
var appositionDets = lex("appositionDets")

var ledVerbs = lex("ledVerbs")

var delegationNouns = lex("delegationNouns")

// mediatorVerbs, as "X mediated" or "mediated by X".
var mediatorVerbs = lex("mediatorVerbs")

// speechVerbs introduce what a speaker reports.
var speechVerbs = lex("speechVerbs")

// trailingVerbs may follow the claim they report: "..., a source said".
var trailingVerbs = lex("trailingVerbs")
