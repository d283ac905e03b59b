package mention

import (
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's hundred-and-ninety-ninth round: British papers and notes
// name their own government by the crown's style, "His Majesty's
// Government" (p1227, p1070). The capitalized run keeps only "Majesty's
// Government", an unknown body, so the talks "between His Majesty's
// Government and the German delegation" had no side for Britain.

// crownGovernmentNouns end the style ("Government").
var crownGovernmentNouns = lex("crownGovernmentNouns")

// crownGovernment is the end of "His/Her (Britannic) Majesty's
// Government" opening at i, or 0. A style followed by "of" or "in" names
// another crown's government ("His Majesty's Government of Nepal"), which
// is left to the name after it.
func crownGovernment(toks []text.Token, i int) int {
	if !toks[i].Cap || toks[i].Lower != "his" && toks[i].Lower != "her" {
		return 0
	}
	k := i + 1
	if k < len(toks) && toks[k].Lower == "britannic" {
		k++
	}
	if k+2 >= len(toks) || toks[k].Lower != "majesty" || !toks[k].Cap || toks[k+1].Text != "'s" && toks[k+1].Text != "’s" {
		return 0
	}
	if !toks[k+2].Cap || !crownGovernmentNouns[toks[k+2].Lower] {
		return 0
	}
	e := k + 3
	if e < len(toks) && (toks[e].Lower == "of" || toks[e].Lower == "in") {
		return 0
	}
	return e
}

// ukCode is the gazetteer's code of the United Kingdom, "" when it lacks
// one.
func (d *scanner) ukCode() string {
	k, _ := gazetteer.PhraseKey("United Kingdom")
	if e, ok := d.g.Phrases[k]; ok {
		return e.Ref
	}
	return ""
}

// stateStyleNouns open a state's style: "the Union of Burma".
var stateStyleNouns = lex("stateStyleNouns")

// stateStyleWord: the lone unknown word m is a state's style before "of"
// (and "the") and a state the gazetteer named, as in "between China and
// the Union of Burma" (p1231), where the word alone was taken for a
// group beside the state. A longer name ("the Union of Islamic Courts")
// is one run and never a lone word.
func stateStyleWord(toks []text.Token, ms []Mention, m Mention) bool {
	if m.Kind != Unknown || m.J-m.I != 1 || !stateStyleNouns[toks[m.I].Lower] || m.J >= len(toks) || toks[m.J].Lower != "of" {
		return false
	}
	k := m.J + 1
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	for _, x := range ms {
		if x.I == k && x.Kind == State {
			return true
		}
	}
	return false
}
