package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// "in the presence of President X, whose country has mediated between
// the government and the rebels": the state the leader heads brokers,
// not the leader in person (the two-hundred-and-twenty-fourth round).

// ownStateNouns, right after "whose" of a person, name the state they
// serve: "whose country", "whose government".
var ownStateNouns = lex("ownStateNouns")

// whoseCountry is the state a person owner of "whose" at k serves, when
// "whose" is followed by one of ownStateNouns; -1 otherwise.
func (d *Reader) whoseCountry(si, k int, owner *mention.Mention) int {
	toks := d.Sents[si].Toks
	if k+1 >= len(toks) || !ownStateNouns[toks[k+1].Lower] || d.Cast.Actors[owner.Actor].Kind != graph.Person {
		return -1
	}
	if b := d.servedBody(owner.Actor); b >= 0 && d.Cast.Actors[b].Kind == graph.State {
		return b
	}
	return -1
}
