package mention

import "github.com/parley-dev/parley/extract/text"

// causeBodyOf: the run from i to j ends in the name of a body for its
// national cause, head first with the cause after "of" — "the Government
// of National Unity", "the Front of National Salvation" — which is one
// organization or group, not the title "Government of National" and a
// person "Unity" (the two-hundred-and-eightieth round: p1713, p461,
// p495). The words after "of" are capitalized and end the run in a cause
// noun (lexicon causeNouns), so no name follows them; the words before
// the head that belong to the name are capitalized modifiers that are no
// title heads ("Interim", "Transitional"). What stands before the name
// is read on its own: a possessor ("President X's Party of National
// Unity") or a title and its "of" ("the chairman of the Transitional
// Government of National Reconciliation, X"). It returns the body's start b, its
// head h and the end p of what stands before it (p = b when nothing
// does, as the possessive and "of the" belong to neither); b = -1 when
// the run ends in no such body.
func causeBodyOf(toks []text.Token, i, j int) (b, h, p int) {
	if j-i < 3 || !toks[j-1].Cap || !causeNouns[toks[j-1].Lower] {
		return -1, -1, -1
	}
	h = -1
	for k := j - 3; k >= i; k-- {
		if toks[k].Cap && (orgHeads[toks[k].Lower] || groupHeads[toks[k].Lower]) && toks[k+1].Lower == "of" {
			h = k
			break
		}
	}
	if h < 0 {
		return -1, -1, -1
	}
	for k := h + 2; k < j; k++ {
		if !toks[k].Word || !toks[k].Cap {
			return -1, -1, -1
		}
	}
	b = h
	for b > i && toks[b-1].Word && toks[b-1].Cap && !titleHeads[toks[b-1].Lower] && !orgHeads[toks[b-1].Lower] && !groupHeads[toks[b-1].Lower] {
		b--
	}
	p = b
	if p > i && toks[p-1].Lower == "the" {
		p--
	}
	if p > i && (toks[p-1].Lower == "of" || toks[p-1].Text == "'s" || toks[p-1].Text == "\u2019s") {
		p--
	}
	if p > i && p == b {
		return -1, -1, -1 // something else runs into the name
	}
	return b, h, p
}
