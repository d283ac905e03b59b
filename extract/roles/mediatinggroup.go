package roles

import (
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-thirty-fourth round: the members of a
// mediating collective listed after it, "in the presence of the
// mediating group of six nations: A, B, C and D", "the mediating
// countries, A, B and C, welcomed the deal" (p1437). A participle used
// as an adjective after a determiner names the collective's business,
// as "the mediators" would; the list set off by a colon or comma names
// its members, each a broker. The verb "X is mediating" has no
// determiner before it and is read elsewhere.

// mediatingCollectives are the nouns a mediating participle describes
// whose members a list names: "the mediating group", "the facilitating
// countries".
var mediatingCollectives = lex("mediatingCollectives")

// mediatingGroupDets open the collective's noun phrase.
var mediatingGroupDets = map[string]bool{"the": true, "a": true, "its": true, "their": true}

// mediatingGroupMembers reads the list after "the mediating group" at
// the participle k: the collective noun right after it, an "of" phrase
// of up to six words ("of six American nations") and a colon or comma,
// then a list of two states, organizations or groups or more. Persons
// are left out: a person listed so is a delegate of a member, told by
// name. Nil when the shape does not hold.
func (d *Reader) mediatingGroupMembers(si, k int) []int {
	toks := d.Sents[si].Toks
	if k < 1 || !mediatingGroupDets[toks[k-1].Lower] || k+2 >= len(toks) || !mediatingCollectives[toks[k+1].Lower] {
		return nil
	}
	c := k + 2
	if toks[c].Lower == "of" {
		// "of six American nations": the phrase ends on a collective
		// noun, not on a clause ("of six nations met on Friday, A and B
		// said").
		for c++; c < len(toks) && c-k <= 9 && toks[c].Word; c++ {
		}
		if !mediatingCollectives[toks[c-1].Lower] {
			return nil
		}
	}
	if c+1 >= len(toks) || toks[c].Text != ":" && toks[c].Text != "," {
		return nil
	}
	var out []int
	for _, m := range d.actorList(si, c+1) {
		if d.Cast.Actors[m].Kind != graph.Person {
			out = append(out, m)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
