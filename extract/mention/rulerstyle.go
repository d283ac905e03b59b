package mention

import "github.com/parley-dev/parley/extract/text"

// styleOwners open a ruler's or dignitary's style: "His Royal Highness",
// "Her Majesty", "His Imperial Majesty".
var (
	styleWords  = lex("rulerStyles")
	styleOwners = lex("rulerStyleOwners")
)

// styleEnd: the capitalized run [i,j) opens with a ruler's or dignitary's
// style after a possessive ("His Royal Highness Prince X, Crown Prince",
// "His Highness Sheikh Y", "His Imperial Majesty Z"): the style words are
// an honorific, not part of the name, nor a person of their own when the
// sentence goes on "His Royal Highness the Crown Prince and X held talks"
// (issue 14's two-hundred-and-seventy-second round; p1669, p972, p347,
// p1312). It returns the index after the style, or i when the run opens
// with none. A style alone before "'s" ("Her Majesty's Government") is
// left whole: the crown's government is named so (crowngov.go).
func styleEnd(toks []text.Token, i, j int) int {
	if i == 0 || !styleOwners[toks[i-1].Lower] {
		return i
	}
	e := i
	for e < j && styleWords[toks[e].Lower] && !styleOwners[toks[e].Lower] {
		e++
	}
	if e == i || !rulerStyleNouns[toks[e-1].Lower] {
		return i
	}
	if e == j && j < len(toks) && toks[j].Text == "'s" {
		return i
	}
	return e
}

var rulerStyleNouns = lex("rulerStyleNouns")
