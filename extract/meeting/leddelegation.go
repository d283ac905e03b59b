package meeting

import (
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-sixty-third round: a host or envoy receives
// a side's team, named after the team by who leads it: "X received the
// government delegation, led by Y's ambassador, Z" (p1614), "X received
// a delegation led by Vice-Speaker Z" (p574). The reception's object is
// the delegation, no actor, so the verb of reception (an objectTrigger)
// found no one received; the person who leads the team stands for it, as
// after "met the delegation led by Z".

// ledDelegationObject: the object of the reception verb at k is a
// delegation (a determiner, up to five modifying tokens — words, a
// demonym among them, and the hyphen of "high-level" —, a delegationNouns
// word) that "led by" or "headed by" follows, a comma
// maybe between, and a person is named within fourteen words after "by",
// with no sentence or clause mark (".", ";") between.
func (d *Reader) ledDelegationObject(si, k int) bool {
	toks := d.Sents[si].Toks
	e := k + 1
	if e >= len(toks) || !appositionDets[toks[e].Lower] {
		return false
	}
	e++
	for n := 0; e < len(toks) && n < 5 && modifierWord(toks[e]) && !delegationNouns[toks[e].Lower]; n++ {
		e++
	}
	if e >= len(toks) || !delegationNouns[toks[e].Lower] {
		return false
	}
	e++
	if e < len(toks) && toks[e].Text == "," {
		e++
	}
	if e+1 >= len(toks) || toks[e].Lower != "led" && toks[e].Lower != "headed" || toks[e+1].Lower != "by" {
		return false
	}
	by := e + 1
	for g := by + 1; g < len(toks) && g <= by+14; g++ {
		if toks[g].Text == "." && !toks[g].Glued || toks[g].Text == ";" {
			return false
		}
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I == g && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return true
			}
		}
	}
	return false
}

// modifierWord: a token that may stand in a delegation's modifiers: a
// word, a demonym among them ("the Arlander delegation"), or the hyphen
// joining two ("high-level").
func modifierWord(t text.Token) bool {
	return t.Word || t.Text == "-"
}
