package coref

import "github.com/parley-dev/parley/extract/lexicon"

// lex is the word list of one section of lexicon/words.txt.
func lex(name string) map[string]bool { return lexicon.Words(name) }

// speechVerbs introduce what a speaker reports.
var speechVerbs = lex("speechVerbs")

// personGroupNouns describe people in the plural: "the two leaders".
var personGroupNouns = lex("personGroupNouns")

// pairNouns after "the" stand for two people named before: "the pair".
var pairNouns = lex("pairNouns")

// compoundPostWords make a title a post of its own: a "prime minister" is
// not one of "the two ministers".
var compoundPostWords = lex("compoundPostWords")

// titleMods may precede the plural head of a description: "both deputy
// prime ministers".
var titleMods = lex("titleMods")

// sideGroupNouns describe states or groups in the plural: "both sides".
var sideGroupNouns = lex("sideGroupNouns")

// titleHeads end a title of office: "Foreign Minister", "army chief".
var titleHeads = lex("titleHeads")

// functionWords are capitalized only at the start of a sentence and never
// begin a name.
var functionWords = lex("functionWords")

// delegationNouns name the teams that sides send: "the two delegations".
var delegationNouns = lex("delegationNouns")

// teamHeadNouns follow a delegation noun to name the people who
// lead the teams: "the two delegation heads", "both team leaders"; the
// same words as roles' heads "of the delegations".
var teamHeadNouns = lex("delegationHeadNouns")

// mealWords name a meal given for guests: "a lunch for both leaders".
var mealWords = lex("mealNouns")

// ledVerbs tell who leads a delegation: "led", "headed".
var ledVerbs = lex("ledVerbs")

// sequenceAdverbs may stand between a subject and its predicate: "the
// guest later met X".
var sequenceAdverbs = lex("sequenceAdverbs")

// timeAdverbs place an event in time on their own: "Earlier, he ...".
var timeAdverbs = lex("timeAdverbs")
