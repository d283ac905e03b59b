package frame

import "github.com/parley-dev/parley/extract/lexicon"

// lex is the word list of one section of lexicon/words.txt.
func lex(name string) map[string]bool { return lexicon.Words(name) }

// leadDets may open a source phrase; one starting a long run of words is
// where the source begins ("... Benny Gantz A State Department spokesman").
var leadDets = lex("leadDets")

// reportVerbs introduce a source's claim.
var reportVerbs = lex("reportVerbs")

// frontPreps open a sentence-initial adjunct that can hold a meeting.
var frontPreps = lex("frontPreps")

// priorPreps open a sentence-initial adjunct of time before an event
// ("Before the summit,"): see AfterFrontedAdjunct.
var priorPreps = lex("priorPreps")

// speechVerbs introduce what a speaker reports.
var speechVerbs = lex("speechVerbs")

// attendWords put a lone person into a meeting reported nearby.
var attendWords = lex("attendWords")

// functionWords are capitalized only at the start of a sentence and never
// begin a name.
var functionWords = lex("functionWords")

// adjunctWords may stand between a reporting verb and its claim:
// "said Friday that", "told CBS News on Saturday".
var adjunctWords = lex("adjunctWords")

// subjectPronouns stand for a person named before: "On Monday she met X".
var subjectPronouns = lex("personPronouns")

// passivePlaces and passiveGapWords may stand between a passive
// conjunct's participle and its "by"; passiveGapPreps open that phrase
// (predicates.go agentAfterGap).
var (
	passivePlaces   = lex("passivePlaces")
	passiveGapWords = lex("passiveGapWords")
	passiveGapPreps = lex("passiveGapPreps")
)
