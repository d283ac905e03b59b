package actors

import "github.com/parley-dev/parley/extract/mention"

// Issue 14's two-hundred-and-sixty-third round: lists of delegates at
// many-party talks often give each name its state in brackets, "water
// ministers A (Uganda), B (Ethiopia) and C (Rwanda) signed", as "A of
// Uganda" does in prose. The bracketed state is the person's side, which
// says what they are; without it a name dropped once in such a list is
// not kept, and its state never becomes a side.

// parenState is the state named alone in brackets right after token k-1
// ("X (Finland)"), or -1. Anything else inside the brackets (a party
// label, a news agency, an age, a second word) reads no side.
func (d *Story) parenState(si, k int) int {
	toks := d.Sents[si].Toks
	if k+2 >= len(toks) || toks[k].Text != "(" {
		return -1
	}
	o := d.mentionStartingAt(si, k+1)
	if o == nil || o.Actor < 0 || o.Kind != mention.State || o.J >= len(toks) || toks[o.J].Text != ")" {
		return -1
	}
	return o.Actor
}
