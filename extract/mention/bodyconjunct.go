package mention

import (
	"strings"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-thirty-fourth round: a body named for two
// mandates joined by "and", "the Federal Mediation and Conciliation
// Service", "the Trade and Investment Board" (p1440). The run broke at
// "and", and the body's name was read as its second half only
// ("Conciliation Service"). The run goes on across "and" when the word
// before it is a mandate, a portfolio noun that is not itself a body's
// head (so "the Election Commission and Supreme Court" stay two), and the
// capitalized words after it are one or two more mandates ending on a
// body's head.

// bodyConjunct: the "and" at j joins two mandates inside one body's name
// whose run opened at i. A run with an "of" or "for" in it ("the Ministry
// of Labour and Transport Workers Union") is left as it was: the mandate
// there completes a head before it, and what follows "and" may be a body
// of its own.
func (d *scanner) bodyConjunct(toks []text.Token, i, j int, isWord func(int) bool) bool {
	if j < 1 || j+2 >= len(toks) {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].Lower == "of" || toks[k].Lower == "for" {
			return false
		}
	}
	prev := toks[j-1]
	if !prev.Cap || orgHeads[prev.Lower] || titleMods[prev.Lower] || !d.complementWord(prev) {
		return false
	}
	e := j + 1
	for e < len(toks) && e-j <= 3 && isWord(e) {
		e++
	}
	if e-(j+1) < 2 || !orgHeads[toks[e-1].Lower] {
		return false
	}
	for k := j + 1; k < e-1; k++ {
		if orgHeads[toks[k].Lower] || titleMods[toks[k].Lower] || !d.complementWord(toks[k]) {
			return false
		}
	}
	return true
}

// Issue 14's five-hundred-and-fourth round: a movement named for two
// causes, "the Peace and Renewal Movement", "the Liberty and Justice
// Front", broke at "and" too and was read as its second half ("Renewal
// Movement"), so it went unread as a side where the full name or its
// acronym was told (p1290, p247, p344, p363, p1994, p2948, p1996).

// causeSuffixes end an abstract noun that names a cause: "Unity",
// "Liberation", "Freedom", "Independence".
var causeSuffixes = []string{"ity", "ion", "dom", "ance", "ence", "ment", "ice", "ress", "ty"}

// causeWord: a capitalized abstract noun that may stand in a movement's
// name, and no head of a name itself.
func (d *scanner) causeWord(t text.Token) bool {
	if !t.Word || !t.Cap || orgHeads[t.Lower] || groupHeads[t.Lower] {
		return false
	}
	if titleMods[t.Lower] || d.complementWord(t) {
		return true
	}
	for _, s := range causeSuffixes {
		if len(t.Lower) >= len(s)+2 && strings.HasSuffix(t.Lower, s) {
			return true
		}
	}
	return false
}

// groupConjunct: the "and" at j joins two causes inside a movement's
// name: the word before it is a cause, and after it one or two more
// causes end on a movement's head ("Movement", "Front", "Party"). A
// state or a named group before "and" is no cause ("Sudan and the X
// Front", "Hezbollah and Amal Movement" stay two).
func (d *scanner) groupConjunct(toks []text.Token, j int, isWord func(int) bool) bool {
	if j < 1 || j+2 >= len(toks) || !d.causeWord(toks[j-1]) {
		return false
	}
	e := j + 1
	for e < len(toks) && e-j <= 3 && isWord(e) {
		e++
	}
	if e-(j+1) < 2 || !groupHeads[toks[e-1].Lower] {
		return false
	}
	for k := j + 1; k < e-1; k++ {
		if !d.causeWord(toks[k]) {
			return false
		}
	}
	return true
}
