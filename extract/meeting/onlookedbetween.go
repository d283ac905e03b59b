package meeting

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// onlookedBetween reads a meeting noun told as the object of a verb of
// recalling, reporting or appraising, whose complement "between A and B"
// names its two people: "The two ministers recalled the summit meeting
// between Prime Minister A and President B held in X", "C said the talks
// between A and B had gone well". The pair are the meeting's people; the
// verb's subject only looks back on it or judges it, and a reduced
// relative after the pair ("B held in X") is no clause of B's (issue 14's
// three-hundred-and-ninety-fourth round: ministry readouts recalling a
// past summit of their leaders). It returns the pair's two person actors,
// or -1, -1.
func (d *Reader) onlookedBetween(si, k int) (int, int) {
	toks := d.Sents[si].Toks
	b := k + 1
	if b < len(toks) && frame.MeetingNouns[toks[b].Lower] {
		b++ // "the summit meeting between", "the Summit Meeting between"
	}
	if b >= len(toks) || toks[b].Lower != "between" {
		return -1, -1
	}
	v := onlookerVerbBefore(toks, k)
	if v < 0 {
		return -1, -1
	}
	x, y := d.arg.BetweenPair(si, b)
	if x == nil || y == nil || x.Actor < 0 || y.Actor < 0 || x.Actor == y.Actor ||
		d.Cast.Actors[x.Actor].Kind != graph.Person || d.Cast.Actors[y.Actor].Kind != graph.Person {
		return -1, -1
	}
	return x.Actor, y.Actor
}

// onlookerVerbBefore is the index of an onlooker verb ("recalled",
// "welcomed", "said") that governs the noun phrase the meeting noun at k
// heads: "the" (or "their", "last year's") and up to four modifiers —
// capitalized words, hyphenated compounds, lower-case adjectives — stand
// between them. -1 when another word does.
func onlookerVerbBefore(toks []text.Token, k int) int {
	i := k - 1
	for n := 0; n < 6 && i >= 0 && toks[i].Lower != "the" && toks[i].Lower != "their"; n++ {
		t := toks[i]
		if !(t.Word && (t.Cap || !functionWords[t.Lower]) || t.Text == "-" && t.Glued) {
			return -1
		}
		i--
	}
	if i < 1 || toks[i].Lower != "the" && toks[i].Lower != "their" {
		return -1
	}
	if onlookerVerbs[toks[i-1].Lower] {
		return i - 1
	}
	return -1
}

// onlookerVerbs take a meeting as the thing recalled, reported or judged,
// not one their subject held.
var onlookerVerbs = lex("onlookerVerbs")
