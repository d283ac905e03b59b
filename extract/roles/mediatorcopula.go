package roles

// mediatorStateNouns stand after a mediators' noun used as a modifier
// for the bodies that broker: "the guarantor countries", "the mediator
// states" (lexicon section mediatorStateNouns).
var mediatorStateNouns = lex("mediatorStateNouns")

// copulaMediators reads the members a relative clause with "are" or
// "were" names after a plural of mediators at token k: "the guarantor
// countries of the 1942 protocol, which are A, B, C and D" (round 253,
// p1552), "the facilitators, who were A and B". It is includedMediators'
// form with a copula for "include", and with the noun's own "of" phrase
// (what they guarantee) between the noun and the clause. nil when no
// such clause follows within ten words.
func (d *Reader) copulaMediators(si, k int) []int {
	toks := d.Sents[si].Toks
	e := k
	if e+1 < len(toks) && mediatorStateNouns[toks[e+1].Lower] {
		e++
	} else if !(len(toks[e].Lower) > 1 && toks[e].Lower[len(toks[e].Lower)-1] == 's') {
		return nil // a singular "the guarantor" lists no members
	}
	c := e + 1
	if c < len(toks) && toks[c].Lower == "of" {
		for c < len(toks) && c <= e+10 && toks[c].Text != "," {
			if toks[c].Lower == "which" || toks[c].Lower == "who" || toks[c].Text == ";" {
				return nil
			}
			c++
		}
	}
	if c+3 >= len(toks) || toks[c].Text != "," || toks[c+1].Lower != "which" && toks[c+1].Lower != "who" {
		return nil
	}
	v := c + 2
	if toks[v].Lower != "are" && toks[v].Lower != "were" {
		return nil
	}
	return d.actorList(si, v+1)
}
