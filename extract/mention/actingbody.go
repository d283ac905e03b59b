package mention

import "github.com/parley-dev/parley/extract/text"

// Issue 14's three-hundred-and-sixty-fifth round: a standing body whose
// name ends in a word that mostly names an event, a venue or a scheme —
// "... Initiative", "... Centre", "... Center", "... Forum" (nonActorHeads)
// — read as an organization where the sentence shows it acting or tells
// what kind of body it is: "the X Initiative said", "the X Center brokered
// the accord", "facilitated by the X Centre for Y", "the X Forum, the
// Geneva-based foundation", "the X Initiative, a private group". Without
// such a cue the name stays a non-actor ("the Peace Initiative", "the
// Conference Centre"), as before.

var (
	actingBodyHeads      = lex("actingBodyHeads")
	actingBodyNouns      = lex("actingBodyNouns")
	actingBodyVerbs      = lex("actingBodyVerbs")
	actingBodyAgentVerbs = lex("actingBodyAgentVerbs")
)

// actingBody: the name [i, j), of two words or more, ends in an
// actingBodyHeads word (or has one right before its "for"/"of"
// complement: "the X Centre for Y") and its sentence shows it as a body.
func actingBody(toks []text.Token, i, j int) bool {
	if j-i < 2 || !actingBodyHeadIn(toks, i, j) {
		return false
	}
	// "facilitated by the X": the agent of a brokering verb.
	b := i
	if b > 0 && toks[b-1].Lower == "the" {
		b--
	}
	if b >= 2 && toks[b-1].Lower == "by" && actingBodyAgentVerbs[toks[b-2].Lower] {
		return true
	}
	// "the X Initiative said", "the X Center brokered".
	if j < len(toks) && actingBodyVerbs[toks[j].Lower] {
		return true
	}
	return bodyApposition(toks, j)
}

// actingBodyHeadIn: the name's last word, or the word before its first
// "for"/"of", is an actingBodyHeads word.
func actingBodyHeadIn(toks []text.Token, i, j int) bool {
	if actingBodyHeads[toks[j-1].Lower] {
		return true
	}
	for k := i + 1; k < j-1; k++ {
		if l := toks[k].Lower; l == "for" || l == "of" {
			return actingBodyHeads[toks[k-1].Lower]
		}
	}
	return false
}

// bodyApposition: a comma at j opens an apposition with an article whose
// head, within five words and before any other comma, is a body's noun:
// ", a private conflict resolution group", ", the Geneva-based foundation".
func bodyApposition(toks []text.Token, j int) bool {
	if j+2 >= len(toks) || toks[j].Text != "," {
		return false
	}
	if l := toks[j+1].Lower; l != "a" && l != "an" && l != "the" {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+7; k++ {
		if toks[k].Text == "," || toks[k].Text == "." {
			return false
		}
		if actingBodyNouns[toks[k].Lower] {
			return true
		}
	}
	return false
}
