package roles

import (
	"github.com/parley-dev/parley/extract/frame"
)

// delegationsMetVerbs: the verbs that, right after "delegations from A
// and B", make A and B the ones meeting: "Delegations from A and B met",
// "... sat down", "... conferred". Verbs with an object ("hosted",
// "received", "visited") are left out: the delegations of A and B that
// received C are not thereby two sides.
var delegationsMetVerbs = lex("delegationsMetVerbs")

// delegationsMetAux may stand before the verb: "have met", "had met".
var delegationsMetAux = map[string]bool{"have": true, "has": true, "had": true}

// delegationsMetSides reads "Delegations from A and B met in P": two
// states or groups whose delegations are the subject of a meeting verb
// are a negotiation's two sides (weak party evidence), not the third
// parties that "negotiators from A" elsewhere sends to another pair's
// talks ("talks between X and Y will involve negotiators from Z"). It
// returns the sides when the list after "from" at k holds exactly two
// actors and a meeting verb follows it, at most one adverb between
// ("secretly met") or an auxiliary ("have met"). Issue 14's four-hundred-and-sixteenth
// round (p2528, p2532).
func (d *Reader) delegationsMetSides(si, k int) []int {
	toks := d.Sents[si].Toks
	var out []int
	e := k
	for e < len(toks) {
		for e < len(toks) && toks[e].Lower == "the" {
			e++
		}
		j := -1
		a := -1
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I != e || m.Desc {
				continue
			}
			if a = m.Actor; a < 0 {
				// "Delegations from Belgrade and X met": a capital
				// stands for its government, as after "negotiators
				// for" (teamSides).
				a = d.CapitalSide(m)
			}
			if a >= 0 {
				j = m.J
				break
			}
		}
		if j < 0 {
			return nil
		}
		out = append(out, a)
		var more bool
		if e, more = frame.NextListItem(toks, j); !more {
			e = j
			break
		}
	}
	if len(out) != 2 || out[0] == out[1] {
		return nil
	}
	if e < len(toks) && delegationsMetAux[toks[e].Lower] {
		// "Negotiators from A and B have met"
		e++
	}
	if e < len(toks) && toks[e].Word && !toks[e].Cap && len(toks[e].Lower) > 3 && toks[e].Lower[len(toks[e].Lower)-2:] == "ly" {
		e++
	}
	if e >= len(toks) || !delegationsMetVerbs[toks[e].Lower] {
		return nil
	}
	return out
}
