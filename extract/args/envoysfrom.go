package args

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// envoyFromNouns are plural nouns of people sent by a side; before "from"
// or "of" and a list of states or bodies they make those the object of a
// meeting verb: "met envoys and diplomats from A, B and C", "talks with
// officials of A and B" (the two-hundred-and-thirty-eighth round).
var envoyFromNouns = lex("envoyFromNouns")

// maxEnvoyFromSides bounds the list read after "from": readouts of
// multilateral meetings name six, eight sides in a row.
const maxEnvoyFromSides = 10

// envoysFromList reads the sides named after a plural noun of envoys that
// opens the object at k+1: at most two lower-case modifiers ("special
// envoys", "senior officials"), one or two envoyFromNouns joined by "and",
// then "from" or "of" and a list of states, groups or organizations. A
// person in the list ends it (the envoys are "of President X", not X).
// Nil when the object has another shape ("students from A").
func (d *Reader) envoysFromList(si, k int) []*mention.Mention {
	toks := d.Sents[si].Toks
	e := k + 1
	if e < len(toks) && listDets[toks[e].Lower] {
		e++
	}
	for n := 0; n < 2 && e+1 < len(toks) && !envoyFromNouns[toks[e].Lower]; n++ {
		t := toks[e]
		if !t.Word || t.Cap || functionWords[t.Lower] || frame.ClauseBreaks[t.Lower] || frame.LooksVerb(toks, e) {
			return nil
		}
		e++
	}
	if e >= len(toks) || !envoyFromNouns[toks[e].Lower] {
		return nil
	}
	e++
	if e+1 < len(toks) && toks[e].Lower == "and" && envoyFromNouns[toks[e+1].Lower] {
		e += 2
	}
	if e >= len(toks) || (toks[e].Lower != "from" && toks[e].Lower != "of") {
		return nil
	}
	var out []*mention.Mention
	for at := e + 1; len(out) < maxEnvoyFromSides; {
		m := d.sideStartingNear(si, at)
		if m == nil {
			break
		}
		out = append(out, m)
		next, more := frame.NextListItem(toks, m.J)
		if !more {
			break
		}
		at = next
	}
	return out
}

// sideStartingNear: the state, group or organization mention that starts
// at i, or after a "the" at i; nil for a person or a possessor ("of
// Sudan's army", p432).
func (d *Reader) sideStartingNear(si, i int) *mention.Mention {
	toks := d.Sents[si].Toks
	if i < len(toks) && toks[i].Lower == "the" {
		i++
	}
	for mi := range d.Ments[si] {
		c := &d.Ments[si][mi]
		if c.I == i && c.Actor >= 0 && !c.Desc {
			if d.Cast.Actors[c.Actor].Kind == graph.Person {
				return nil
			}
			if c.J < len(toks) && (toks[c.J].Text == "'s" || toks[c.J].Text == "'") {
				return nil // "envoys of Sudan's army": the army's, not the state's
			}
			return c
		}
	}
	return nil
}
