package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
)

// lex is the word list of one section of lexicon/words.txt.
func lex(name string) map[string]bool { return lexicon.Words(name) }

// determiners that may open an apposition: "X, the security adviser to Y".
var appositionDets = lex("appositionDets")

// mediatorVerbs, as "X mediated" or "mediated by X".
var mediatorVerbs = lex("mediatorVerbs")

// titleHeads end a title of office; titleWord takes the plural too.
var titleHeads = lex("titleHeads")

func titleWord(w string) bool { return titleHeads[w] || titleHeads[strings.TrimSuffix(w, "s")] }

// hostVerbs tell a host's part in talks ("hosted"); a mediating verb
// joined to one by "and" shares its subject ("hosted and mediated").
var hostVerbs = lex("hostVerbs")

// offerVerbs before "to" make the mediating verb an offer: "has offered
// to mediate".
var offerVerbs = lex("offerVerbs")

// functionWords are capitalized only at the start of a sentence and never
// begin a name; they are no modifier of a carried object.
var functionWords = lex("functionWords")

// sideNouns name one side's team at talks: "the rebel delegation".
var sideNouns = lex("delegationNouns")

// possessiveDets may open the object a go-between carries: "its answers".
var possessiveDets = lex("possessiveDets")

// asRoleTails may follow "as mediators" in a role phrase; another
// lower-case word there is the verb of a clause "as" opens.
var asRoleTails = lex("asRoleTails")

// diplomatNouns: "The Spanish diplomat" opening a sentence describes the
// envoy the sentence before named.
var diplomatNouns = lex("diplomatNouns")

// roleCopulas link a subject to the post it holds: "X remains the
// mediator"; roleNegations before the noun deny it.
var (
	roleCopulas   = lex("roleCopulas")
	roleNegations = lex("roleNegations")
)

// earlierAccordWords open the object of a brokering verb told of earlier
// accords ("had brokered earlier agreements", appointed.go).
var earlierAccordWords = lex("earlierAccordWords")

// coChairNouns: the plural after "co-" that names several chairs of talks
// ("the co-chairs A, B and C", cochairs.go).
var coChairNouns = lex("coChairNouns")

// goVerbs: plain verbs of going, a go-between's move only before "back
// and forth between" (gonebetween.go).
var goVerbs = lex("goVerbs")

// statePlurals may head a plural mediator phrase after the mediator noun:
// "the two guarantor states", "the guarantor countries" (apposedlist.go).
var statePlurals = lex("statePlurals")

// reportVerbs after a plural mediator phrase make it the subject of a
// parenthetical attribution ("A and B, the mediators said, ..."), not
// an apposition to the list before it (apposedlist.go).
var reportVerbs = lex("reportVerbs")

// relativeOpeners open a relative clause whose subject or object the
// mediator noun may be ("A and B, which the mediators had hoped to
// bring together"): the names before the comma are no apposition to it.
var relativeOpeners = lex("relativeOpeners")

// wordAhead: one of the n tokens after k is a word of set, with no
// punctuation before it ("to the international court", "over the
// disputed islands"; a comma ends the search).
func wordAhead(toks []text.Token, k, n int, set map[string]bool) bool {
	for e := k + 1; e < len(toks) && e <= k+n; e++ {
		if set[toks[e].Lower] {
			return true
		}
		if !toks[e].Word {
			return false
		}
	}
	return false
}

// groupSideNouns: the plural that stands for the listed states ("the six
// powers", "five other countries"); groupSideModifiers: the lower-case
// words that may come before it (a count, "other", "world";
// groupedsides.go).
var (
	groupSideNouns     = lex("groupSideNouns")
	groupSideModifiers = lex("groupSideModifiers")
)

// signatoryListNouns and signatoryListCopulas: "the signatories are A,
// B and C" (signatorylist.go).
var (
	signatoryListNouns   = lex("signatoryListNouns")
	signatoryListCopulas = lex("signatoryListCopulas")
)

// chairClauseVerbs: "X chairs the group and mediates between A and B":
// the verb of a first clause whose subject the mediating verb joined
// to it shares (chairclause.go).
var chairClauseVerbs = lex("chairClauseVerbs")
