package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/text"
)

// pluralMediatorPhrase: the mediator noun at k heads a plural phrase,
// either itself plural ("the other guarantors") or modifying a plural
// state noun ("the two guarantor states"), and no report verb follows
// the phrase.
func pluralMediatorPhrase(toks []text.Token, k int) bool {
	e := k + 1
	if !strings.HasSuffix(toks[k].Lower, "s") {
		if e >= len(toks) || !statePlurals[toks[e].Lower] {
			return false
		}
		e++
	}
	// "A and B, the mediators said": an attribution, whose subject
	// describes no list.
	return e >= len(toks) || !reportVerbs[toks[e].Lower]
}

// listApposedMediators reads a coordinated list set off by the comma
// before a plural mediator phrase opening at b: "A, B and C, the
// guarantors, were represented" (p388), "A, B and the United States,
// the other guarantors" (p482), "the foreign ministers of A and B, the
// two guarantor states" (p166). A plural phrase describes the whole
// list, not only its last item, which is all a single apposed name
// gives. Nil when the phrase is singular or no list of two or more
// actors ends at the comma.
func (d *Reader) listApposedMediators(si, b, k int) []int {
	toks := d.Sents[si].Toks
	if b < 2 || toks[b-1].Text != "," || !pluralMediatorPhrase(toks, k) {
		return nil
	}
	ms := d.listEndingAt(si, b-1)
	if len(ms) < 2 {
		return nil
	}
	return ms
}
