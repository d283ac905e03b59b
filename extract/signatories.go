package extract

import (
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Signatories. A person who signs a document "on behalf of" a side acts
// for that side in the story, even when the text names them once and
// gives no title: "A signed on behalf of the government and B on behalf
// of the council" (issue 14's two-hundred-and-fifty-eighth round,
// p1582). Such a person is kept (Important), as a titled one is; a name
// dropped in passing is not.

// signatoryVerbs make their subject a signatory when "on behalf of"
// follows.
var signatoryVerbs = lex("signatoryVerbs")

// markSignatories marks the persons in a signatory's slot Important.
func (d *doc) markSignatories() {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			if signatorySlot(toks, m.I, m.J) {
				d.Cast.Actors[m.Actor].Important = true
			}
		}
	}
}

// signatorySlot: the name [i,j) is followed by a signing verb and "on
// behalf of" ("A signed on behalf of X"), or, the verb gapped, by "on
// behalf of" alone after a conjunction, the verb told earlier in the
// sentence ("..., and B on behalf of Y").
func signatorySlot(toks []text.Token, i, j int) bool {
	k := j
	if k < len(toks) && signatoryVerbs[toks[k].Lower] {
		k++
	} else {
		if i == 0 || toks[i-1].Lower != "and" || !signedBefore(toks, i) {
			return false
		}
	}
	return k+2 < len(toks) && toks[k].Lower == "on" && toks[k+1].Lower == "behalf" && toks[k+2].Lower == "of"
}

// signedBefore: a signing verb stands before toks[i] in the sentence.
func signedBefore(toks []text.Token, i int) bool {
	for k := 0; k < i; k++ {
		if signatoryVerbs[toks[k].Lower] {
			return true
		}
	}
	return false
}
