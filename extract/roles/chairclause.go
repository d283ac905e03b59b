package roles

import "github.com/parley-dev/parley/extract/text"

// Issue 14's two-hundred-and-twenty-fifth round: a chair's clause with a
// mediating verb coordinated after it, "The OSCE chairs the group through
// its envoy, a Swiss diplomat, and mediates between A and B". The
// mediating verb's own subject is the sentence's, set off by the first
// clause, which subjectEnd cannot reach back to.

// chairClauseSubject: the mediating verb at v follows "and" (after a
// comma or not), and earlier in the sentence a chair or host verb
// (chairClauseVerbs) has as subject a list opening the sentence (after
// an optional "The"): that list, else nil. No other "and" may come
// between the two verbs' clauses' subject and the chair verb, so that
// the subject is the sentence's own.
func (d *Reader) chairClauseSubject(si, v int) []int {
	toks := d.Sents[si].Toks
	j := v - 1
	if j < 1 || toks[j].Lower != "and" {
		return nil
	}
	for c := j - 1; c > 0; c-- {
		if !chairClauseVerbs[toks[c].Lower] {
			continue
		}
		e := subjectEnd(toks, c)
		ms, a := d.listSpanEndingAt(si, e)
		if len(ms) == 0 || !sentenceOpening(toks, a) {
			return nil
		}
		return ms
	}
	return nil
}

// sentenceOpening: token a opens the sentence, after an optional "The".
func sentenceOpening(toks []text.Token, a int) bool {
	return a == 0 || a == 1 && toks[0].Lower == "the"
}
