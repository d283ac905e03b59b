package meeting

import "github.com/parley-dev/parley/extract/lexicon"

// lex is the word list of one section of lexicon/words.txt.
func lex(name string) map[string]bool { return lexicon.Words(name) }

// determiners that may open an apposition: "X, the security adviser to Y".
var appositionDets = lex("appositionDets")

// journeyAsidePreps open an aside on the subject's journey: "X, on his
// first visit to Y since ..., met Z" (journeyAside).
var journeyAsidePreps = lex("journeyAsidePreps")

// asidePossessives follow a journeyAsidePreps word: "on his", "during
// her" (journeyAside).
var asidePossessives = lex("possessiveDets")

// asidePredicateAdverbs may stand between an aside's closing comma and the
// predicate: "X, on his third trip to Y since ..., also met Z".
var asidePredicateAdverbs = lex("passiveAdverbs")

// functionWords are capitalized only at the start of a sentence and never
// begin a name.
var functionWords = lex("functionWords")

// groupHeads end the name of an armed group, movement or party.
var groupHeads = lex("groupHeads")

// groupNouns after an unknown name mark it as a collective actor:
// "M23 group", "Hamas delegation".
var groupNouns = lex("groupNouns")

// initialWords open sentences capitalized but are ordinary words; they are
// dropped from a name only at the start of a sentence.
var initialWords = lex("initialWords")

// mediatorVerbs, as "X mediated" or "mediated by X".
var mediatorVerbs = lex("mediatorVerbs")

// orgHeads end the name of an organization.
var orgHeads = lex("orgHeads")

// speechVerbs introduce what a speaker reports.
var speechVerbs = lex("speechVerbs")

// titleHeads end a title of office: "Foreign Minister", "army chief".
var titleHeads = lex("titleHeads")

// titleMods may precede a title head inside a title.
var titleMods = lex("titleMods")

// attendWords put a lone person into a meeting reported nearby.
var attendWords = lex("attendWords")

// nameVerbs sign a text only as "put (affixed) their names to".
var nameVerbs = lex("nameVerbs")

// nameNouns are what is put to a text to sign it.
var nameNouns = lex("nameNouns")

// signVerbs tell a signing: a text put a name to retells it.
var signVerbs = lex("signVerbs")

// witnessNouns before "of" name who looked on at a signing: "in the
// presence of X".
var witnessNouns = lex("witnessNouns")

// witnessPeopleNouns name, in the plural, people looking on at a signing
// without naming them: "in the presence of the envoys of X".
var witnessPeopleNouns = lex("witnessPeopleNouns")

// watchVerbs before "as" put their subject at the act told after it.
var watchVerbs = lex("watchVerbs")

// ceremonyNouns name the occasion a signing is done at: "signed the
// accord at a ceremony" gathers the signatories.
var ceremonyNouns = lex("ceremonyNouns")

// craftNouns after "aboard" put a signing on a craft: "signed the accord
// aboard an aircraft" (aboard.go).
var craftNouns = lex("craftNouns")

// signedNouns are the texts two sides sign together: "A and B signed the
// accord" brings the signatories together (meetings.go jointSigning).
var signedNouns = lex("signedNouns")

// jointSignedNouns are such texts only when told "joint": "A and B signed
// a joint statement" (meetings.go signedText).
var jointSignedNouns = lex("jointSignedNouns")

// signedObjectStops end the object of "signed" (meetings.go signedText).
var signedObjectStops = lex("signedObjectStops")

// signedPlacePreps open a place told between "signed" and its object
// (meetings.go signedText).
var signedPlacePreps = lex("signedPlacePreps")

// seeVerbs report a meeting only with a person as their object: "then
// saw X in the afternoon", not "saw a rise" or "saw China as a rival".
var seeVerbs = lex("seeVerbs")

// personCallVerbs, callSubjects and callTails bound "called" as a phone
// call to a person (meetings.go personCalled).
var (
	personCallVerbs = lex("personCallVerbs")
	callSubjects    = lex("callSubjects")
	callTails       = lex("callTails")
	briefVerbs      = lex("briefVerbs")
)

// passivePlaces may stand between a passive reception and its "by"
// (meetings.go passiveAgent).
var passivePlaces = lex("passivePlaces")

// passiveGapWords are the deictic place and the day's words that may
// stand bare between a passive signing or reception and its "by"
// (meetings.go passiveAgent).
var passiveGapWords = lex("passiveGapWords")

// patronageNouns: a signing's patronage, "under the auspices of X"
// (patronageBy).
var patronageNouns = lex("patronageNouns")

// roundNouns and roundOrdinals make a round of talks of "the last round
// ended" (meetings.go roundTook).
var (
	roundNouns    = lex("roundNouns")
	roundOrdinals = lex("roundOrdinals")
)

// hostPassive names a host's reception in the passive: "was received by".
var hostPassive = lex("hostPassives")

// listDets may open a description: "his", "the".
var listDets = lex("listDets")

// agentNouns describe a host set before the name in apposition: "his
// Uruguayan counterpart, X".
var agentNouns = lex("agentNouns")

// credentialNouns and presentVerbs: "presented his credentials to X".
var (
	credentialNouns = lex("credentialNouns")
	presentVerbs    = lex("presentVerbs")
)

// messageNouns carry a sender's word to a meeting: "a letter from X".
var messageNouns = lex("messageNouns")

// objectPronouns stand for a person received: "where B received him".
var objectPronouns = lex("objectPronouns")

// pluralObjectPronouns stand for the travellers received: "where B
// received them" (whereThem).
var pluralObjectPronouns = lex("pluralObjectPronouns")

// pastForms are irregular past tenses of meeting predicates: "met".
var pastForms = lex("pastForms")

// companionVerbs take a place as their object and the person who goes
// along after "with": "visited Y with X".
var companionVerbs = lex("companionVerbs")

// talksPossessives before a talks noun make the talks someone's own:
// "after his talks with X" (apart.go, when.go).
var talksPossessives = lex("talksPossessives")

// meetingArticles before a meeting noun after a past preposition tell a
// meeting of the sentence's subject when "with" names the other side.
var meetingArticles = lex("meetingArticles")

// heldSessionNouns are sittings that two people "held" make talks, and
// holdVerbs the verbs that hold them (heldSession).
var (
	heldSessionNouns       = lex("heldSessionNouns")
	holdVerbs              = lex("holdVerbs")
	heldSessionDeterminers = lex("heldSessionDeterminers")
	countedSessionNouns    = lex("countedSessionNouns")
)

// futureCues before such a meeting make the act it precedes one to come.
var futureCues = lex("futureCues")

// honorifics precede a name without being part of it: "Mr.", "Dr." (a
// period after one stays inside a title run, meetings.go titleRun).
var honorifics = lex("honorifics")

// agreedToTalkVerbs right before "to" and a plain talk verb make the
// conversation one agreed on, not held: "agreed to speak by telephone".
var agreedToTalkVerbs = lex("agreedToTalkVerbs")

// openingTriggers are the meeting predicates that tell a ceremony of
// opening ("inaugurated", "dedicated"): an encounter of people only.
var openingTriggers = lex("openingVerbs")

// sessionNouns name a sitting ("session"): a meal's or session's
// companions (addresses.go) and a session that "brought together"
// people (when.go gatheredSession).
var sessionNouns = lex("sessionNouns")

// tableJoinVerbs are the "join" verbs: "joined X at the table"
// (meetings.go) and "joined by the ambassador in X" (when.go).
var tableJoinVerbs = lex("tableJoinVerbs")

// dispatchDayWords and dispatchDayParts ("this" before them) date an
// event by the writer's own day (places.go dispatchDay).
var (
	dispatchDayWords = lex("dispatchDayWords")
	dispatchDayParts = lex("dispatchDayParts")
)

// whereTripVerbs tell a trip's arrival, besides tripVerbs, before ", where
// they ...": "had flown to X", "arrived in X" (whereTheySubjects).
var whereTripVerbs = lex("whereTripVerbs")

// bareTitleEnds follow the head of a title signed with no article.
var bareTitleEnds = lex("bareTitleEnds")
