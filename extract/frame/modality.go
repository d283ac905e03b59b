package frame

import (
	"strings"

	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
)

// IntentVerbs want, seek or prepare a meeting they govern as object.
var IntentVerbs = lex("intentVerbs")

// adjunctPreps open an adjunct phrase, not an object: "in talks", "at a
// meeting".
var adjunctPreps = map[string]bool{"in": true, "at": true, "during": true, "through": true}

// IntentObject: the meeting noun at k is the object of an intent verb —
// "sought a meeting with", "is preparing for talks", "called for direct
// talks" — with only a determiner, a modifier or "for" between them.
func IntentObject(toks []text.Token, cs, k int) bool {
	for e := k - 1; e >= cs && e >= k-4; e-- {
		l := toks[e].Lower
		if IntentVerbs[l] {
			return true
		}
		if adjunctPreps[l] {
			// "had prepared the accord in talks in X": the noun sits in
			// an adjunct of the verb, not its object (issue 14's
			// five-hundred-and-sixty-seventh round, p3437, p3439).
			return false
		}
		if !toks[e].Word || toks[e].Cap && !leadDets[l] || l != "for" && !leadDets[l] && LooksVerb(toks, e) {
			return false
		}
	}
	return false
}

// AnyWord: one of the words occurs in tokens [i, j).
func AnyWord(toks []text.Token, i, j int, words map[string]bool) bool {
	for e := i; e < j && e < len(toks); e++ {
		if words[toks[e].Lower] {
			return true
		}
	}
	return false
}

// ParticipleBetween: a past participle in the object of a topic verb,
// before token j ("a plan signed ..."), with no comma between: a clause
// of another event.
func ParticipleBetween(toks []text.Token, i, j int) bool {
	for e := i; e < j; e++ {
		if toks[e].Text == "," || toks[e].Text == ";" {
			return false
		}
		if e > i && toks[e].Word && !toks[e].Cap && len(toks[e].Lower) > 4 && strings.HasSuffix(toks[e].Lower, "ed") {
			return true
		}
	}
	return false
}

// IsTimeWord: a weekday, month, number or time-of-day word.
func IsTimeWord(t text.Token) bool {
	if _, ok := lexicon.Weekdays[t.Lower]; ok {
		return true
	}
	if _, ok := lexicon.Months[t.Lower]; ok {
		return true
	}
	if t.Word && t.Lower[0] >= '0' && t.Lower[0] <= '9' {
		return true
	}
	return adjunctWords[t.Lower]
}
