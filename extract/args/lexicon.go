package args

import "github.com/parley-dev/parley/extract/lexicon"

// lex is the word list of one section of lexicon/words.txt.
func lex(name string) map[string]bool { return lexicon.Words(name) }

// officeRelationNouns after "X's" and before a name tell who the named
// person is by X's office or family (PossessorOnly).
var officeRelationNouns = lex("officeRelationNouns")

// groupNouns after an unknown name mark it as a collective actor:
// "M23 group", "Hamas delegation".
var groupNouns = lex("groupNouns")

// functionWords are closed-class words (articles, prepositions, ...).
var functionWords = lex("functionWords")

// demonymStateNouns after a demonym make it stand for the state:
// "Sudanese government", "Ukrainian representatives".
var demonymStateNouns = lex("demonymStateNouns")

// locPreps before a place name make it a location rather than a
// participant.
var locPreps = lex("locPreps")

// regionMods name a part of a place: "in northern X".
var regionMods = lex("regionMods")

// timeAdverbs place an event in time on their own.
var timeAdverbs = lex("timeAdverbs")

// relativeWords open a relative clause after a comma; agreeVerbs tell an
// agreement reached (relativeThenAgreed).
var (
	relativeWords = lex("relativeWords")
	agreeVerbs    = lex("agreeVerbs")
)

// personGroupNouns describe people in the plural: "the two leaders".
var personGroupNouns = lex("personGroupNouns")

// sideGroupNouns describe states or groups in the plural: "both sides".
var sideGroupNouns = lex("sideGroupNouns")

// reportVerbs introduce a source's claim.
var reportVerbs = lex("reportVerbs")

// relationNouns govern a "between A and B" that names a link of two
// places or states, not the sides that meet: "an air route between A and B".
var relationNouns = lex("relationNouns")

// correspondenceNouns name what is written or sent, not said face to
// face: "an exchange of messages between A and B" (correspondentsBetween).
var correspondenceNouns = lex("correspondenceNouns")

// agentNouns describe a person set before the name in apposition: "his
// Kazakh counterpart, X".
var agentNouns = lex("agentNouns")

// companionVerbs take a place as object and a companion after "with":
// "visited Y with X".
var companionVerbs = lex("companionVerbs")

// readoutTimes, dayPartWords and objectSmallWords read the adjuncts of
// an agency readout between its verb and object (ObjectAfterAdjuncts):
// "received at X Palace yesterday evening the Minister of Y, Z".
var (
	readoutTimes     = lex("readoutTimes")
	dayPartWords     = lex("readoutDayParts")
	objectSmallWords = lex("readoutObjectWords")
	readoutTimeEdges = lex("readoutTimeEdges")
	readoutDateLinks = lex("readoutDateLinks")
	// "received ... the X delegation headed by Y" (ObjectAfterAdjuncts).
	delegationNouns     = lex("delegationNouns")
	delegationLeadVerbs = lex("ledVerbs")
	// "received the head of the X delegation, Minister Y"
	// (delegationHeadObject).
	delegationHeadWords = lex("delegationHeadWords")
)

// honorifics precede a name without being part of it ("H.E. Mr. X",
// "Sheikh X", "Dr. X"): NearAfter does not count them.
var honorifics = lex("honorifics")

// topicComplementPreps tie a state named right before a verb to the noun
// before it as its topic: "The agreement on Sudan was signed by A and B".
var topicComplementPreps = lex("topicComplementPreps")

// sideLeadVerbs take the side a person leads: "to lead the British side",
// "heading the Arland delegation" (ledSide, participants.go).
var sideLeadVerbs = lex("sideLeadVerbs")

// ledSideNouns, after a demonym, make it a side's team: "the British
// side", "the Arland delegation".
var ledSideNouns = lex("ledSideNouns")

// heldVerbs hold a meeting noun: "held talks", "had meetings".
var heldVerbs = lex("heldVerbs")

// heldSubjectAdverbs may stand between a holding verb and its subject:
// "China also held talks".
var heldSubjectAdverbs = lex("heldSubjectAdverbs")

// heldSideNouns after a side name the people who sit for it: "the
// Chinese delegation held talks".
var heldSideNouns = lex("heldSideNouns")

// comparedOfficeNouns and comparisonProVerbs frame a name compared with
// the subject: "as his predecessor X did" (ComparedPredecessor).
var comparedOfficeNouns, comparisonProVerbs, possessivePronouns = lex("comparedOfficeNouns"), lex("comparisonProVerbs"), lex("possessiveDets")
